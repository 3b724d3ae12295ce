import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { CARDS, text } from '$lib/domain/interests/catalogue';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import {
	SYMBOLS,
	type Face,
	type HelpKind,
	type PlaceTag,
	type Tiredness,
	type Topic,
	type Transport,
	type Trial,
	type TrialKind,
	type YesMaybeNo,
	type YesNo,
	type TaskLike,
	isOwnTask
} from './schema';

/**
 * Every word the trial screens show for a stored id, in the given language. Each function takes the
 * locale, so a summary or calendar file can be made in another language than the app's.
 */
type Opt = { locale?: Locale };
const o = (locale?: Locale): Opt => (locale ? { locale } : {});

export function kindLabel(kind: TrialKind, locale?: Locale): string {
	return {
		jobbsmak: m.trial_kind_jobbsmak,
		hospitering: m.trial_kind_hospitering,
		arbeidsutproving: m.trial_kind_arbeidsutproving,
		praksis: m.trial_kind_praksis,
		laerekandidat: m.trial_kind_laerekandidat,
		job: m.trial_kind_job
	}[kind]({}, o(locale));
}

/** One sentence that explains a hard word ("Hospitering er å besøke …"), for ExplainWord. */
export function kindExplained(kind: TrialKind, locale?: Locale): string {
	return {
		jobbsmak: m.trial_kind_jobbsmak_explained,
		hospitering: m.trial_kind_hospitering_explained,
		arbeidsutproving: m.trial_kind_arbeidsutproving_explained,
		praksis: m.trial_kind_praksis_explained,
		laerekandidat: m.trial_kind_laerekandidat_explained,
		job: m.trial_kind_job_explained
	}[kind]({}, o(locale));
}

export function transportLabel(t: Transport, locale?: Locale): string {
	return {
		walk: m.trial_transport_walk,
		bus: m.trial_transport_bus,
		train: m.trial_transport_train,
		taxi: m.trial_transport_taxi,
		driven: m.trial_transport_driven
	}[t]({}, o(locale));
}

export function faceLabel(face: Face, locale?: Locale): string {
	return { good: m.trial_face_good, ok: m.trial_face_ok, hard: m.trial_face_hard }[face]({}, o(locale));
}

export function yesMaybeNoLabel(v: YesMaybeNo | YesNo, locale?: Locale): string {
	return { yes: m.trial_answer_yes, maybe: m.trial_answer_maybe, no: m.trial_answer_no }[v]({}, o(locale));
}

export function taskLikeLabel(v: TaskLike, locale?: Locale): string {
	return { like: m.trial_task_like, unsure: m.trial_task_unsure, dislike: m.trial_task_dislike }[v]({}, o(locale));
}

export function tirednessLabel(v: Tiredness, locale?: Locale): string {
	return { rested: m.trial_tired_rested, bit: m.trial_tired_bit, very: m.trial_tired_very }[v]({}, o(locale));
}

export function placeLabel(tag: PlaceTag, locale?: Locale): string {
	return {
		cond_noisy: m.trial_place_cond_noisy,
		cond_quiet: m.trial_place_cond_quiet,
		cond_indoors: m.trial_place_cond_indoors,
		cond_outdoors: m.trial_place_cond_outdoors,
		cond_clean: m.trial_place_cond_clean,
		cond_dirty: m.trial_place_cond_dirty
	}[tag]({}, o(locale));
}

export function helpLabel(help: HelpKind, locale?: Locale): string {
	return {
		instructions: m.trial_help_instructions,
		checklist: m.trial_help_checklist,
		show_me: m.trial_help_show_me,
		breaks: m.trial_help_breaks,
		job_coach: m.trial_help_job_coach,
		quiet_place: m.trial_help_quiet_place
	}[help]({}, o(locale));
}

/** "Jeg klarte meg uten hjelp" (NO_HELP): an answer to the help question, not a kind of help. */
export function noHelpLabel(locale?: Locale): string {
	return m.trial_help_none({}, o(locale));
}

export function topicLabel(topic: Topic, locale?: Locale): string {
	return {
		tasks: m.trial_topic_tasks,
		people: m.trial_topic_people,
		place: m.trial_topic_place,
		trip: m.trial_topic_trip,
		breaks: m.trial_topic_breaks,
		noise: m.trial_topic_noise,
		tired: m.trial_topic_tired
	}[topic]({}, o(locale));
}

/** A task's name: a task card's label, or the person's own words for an own task. */
export function taskLabel(taskId: string, trial: Pick<Trial, 'ownTasks'>, locale: Locale): string {
	if (isOwnTask(taskId)) return trial.ownTasks.find((t) => t.id === taskId)?.label ?? taskId;
	const card = CARDS.find((c) => c.id === taskId);
	return card ? text(card.label, locale) : taskId;
}

/**
 * A task inside a sentence ("Du likte: å lage mat"): a card's `reason` form, which reads right after
 * a verb in every language ("cooking"), or the person's own words as they wrote them.
 */
export function taskPhrase(taskId: string, trial: Pick<Trial, 'ownTasks'>, locale: Locale): string {
	if (isOwnTask(taskId)) return taskLabel(taskId, trial, locale);
	const card = CARDS.find((c) => c.id === taskId);
	return card ? text(card.reason, locale) : taskId;
}

/** A task's symbol: its card's symbol; own tasks share the "my own words" symbol. */
export function taskSymbol(taskId: string): SymbolId {
	if (isOwnTask(taskId)) return SYMBOLS.ownTask;
	return (CARDS.find((c) => c.id === taskId)?.symbol ?? 'doc_work') as SymbolId;
}

/** The job's title: from the catalogue (or a local import) or as the person wrote it. Null when none was chosen. */
export function jobTitle(trial: Pick<Trial, 'job'>, jobs: readonly Job[], locale: Locale): string | null {
	if (!trial.job) return null;
	if (trial.job.kind === 'own') return trial.job.title;
	const jobId = trial.job.jobId;
	const job = jobs.find((j) => j.id === jobId);
	return job ? text(job.title, locale) : null;
}

/**
 * A trial as a heading or a card: the job with the place ("Stallhjelp på Bogstad gård"), else the one
 * that is known, else the kind ("Jobbsmak"). The job is always named when it is known.
 */
export function trialTitle(trial: Pick<Trial, 'job' | 'kind' | 'workplace'>, jobs: readonly Job[], locale: Locale): string {
	const job = jobTitle(trial, jobs, locale);
	const place = trial.workplace?.trim();
	if (job && place) return m.trial_title_job_place({ job, place }, { locale });
	return job || place || kindLabel(trial.kind, locale);
}

/** The trial's symbol in lists: the job's own symbol when known, otherwise the kind's. */
export function trialSymbol(trial: Pick<Trial, 'job' | 'kind'>, jobs: readonly Job[]): SymbolId {
	if (trial.job?.kind === 'catalogue') {
		const jobId = trial.job.jobId;
		const job = jobs.find((j) => j.id === jobId);
		if (job) return job.symbol as SymbolId;
	}
	return SYMBOLS.kind[trial.kind];
}

/** "Lærer sin kommentar" / "Kommentar fra Kari, lærer": the heading over a helper's note. */
export function noteTitle(by: AnsweredBy, locale?: Locale): string {
	if (by.kind !== 'helper') return '';
	const role = {
		parent: m.helper_parent,
		teacher: m.helper_teacher,
		job_coach: m.helper_job_coach,
		other: m.helper_other
	}[by.role]({}, o(locale));
	if (by.name) return m.trial_note_title_named({ helper: m.helper_named({ name: by.name, role: role.toLocaleLowerCase() }, o(locale)) }, o(locale));
	return m.trial_note_title_role({ role: locale === 'en' ? role.toLocaleLowerCase() : role }, o(locale));
}

/** "Dag 2: tirsdag 4. mars" and "Dag 2" for the step progress. */
export function stepLabel(step: 'plan' | 'before' | 'after' | number, locale?: Locale): string {
	if (typeof step === 'number') return m.trial_step_day({ number: step }, o(locale));
	return { plan: m.trial_step_plan, before: m.trial_step_before, after: m.trial_step_after }[step]({}, o(locale));
}
