import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/settings/schema';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { MAX_WORDS_PER_SENTENCE, words } from '$lib/i18n/easy-read';
import {
	breaksOverall,
	canDo,
	faceCounts,
	helpNeeded,
	managedWithoutHelp,
	placeOverall,
	tasksWith,
	tirednessOverall,
	tripOverall,
	trySimilar,
	workHere,
	yesNoOverall
} from './aggregate';
import { helpLabel, jobTitle, taskLabel, taskPhrase } from './labels';
import type { PlaceTag, Trial } from './schema';
import { textOf, type TrialAnswers } from './trial-rules';

export interface SummaryInput {
	trial: Trial;
	answers: TrialAnswers | undefined;
	/** The catalogue and local jobs, to name a catalogue job. */
	jobs: readonly Job[];
	locale: Locale;
}

/** At most this many things in one list sentence, so a list can be heard and remembered. */
const MAX_LIST = 3;

const opt = (locale: Locale) => ({ locale });

/** "lage mat" inside a sentence: the label's first letter in lower case. */
function inSentence(label: string, locale: Locale): string {
	return label.charAt(0).toLocaleLowerCase(locale === 'en' ? 'en' : 'nb') + label.slice(1);
}

function joinList(items: string[], locale: Locale): string {
	return new Intl.ListFormat(locale === 'en' ? 'en' : 'nb', { type: 'conjunction' }).format(items);
}

/** Shortens words the person wrote (a long workplace name) so the sentence around them stays ≤ 12 words. */
function fit(phrase: string, render: (x: string) => string): string {
	const budget = MAX_WORDS_PER_SENTENCE - (words(render('x')).length - 1);
	const parts = phrase.trim().split(/\s+/);
	if (words(render(phrase)).length <= MAX_WORDS_PER_SENTENCE || parts.length <= 1) return phrase;
	return `${parts.slice(0, Math.max(1, budget)).join(' ')} …`;
}

/**
 * One sentence per few items: "Du likte: lage mat, vaske opp og re senger." A longer list becomes
 * more sentences, each ≤ 12 words (easy-read.md), never one long one.
 */
function listSentences(items: string[], render: (list: string) => string, locale: Locale): string[] {
	const out: string[] = [];
	let chunk: string[] = [];
	for (const raw of items) {
		const item = fit(raw, render);
		const next = [...chunk, item];
		if (chunk.length > 0 && (next.length > MAX_LIST || words(render(joinList(next, locale))).length > MAX_WORDS_PER_SENTENCE)) {
			out.push(render(joinList(chunk, locale)));
			chunk = [item];
		} else chunk = next;
	}
	if (chunk.length > 0) out.push(render(joinList(chunk, locale)));
	return out;
}

const PLACE_SENTENCE: Record<PlaceTag, (i: object, o: { locale: Locale }) => string> = {
	cond_noisy: m.trial_sum_cond_noisy,
	cond_quiet: m.trial_sum_cond_quiet,
	cond_indoors: m.trial_sum_cond_indoors,
	cond_outdoors: m.trial_sum_cond_outdoors,
	cond_clean: m.trial_sum_cond_clean,
	cond_dirty: m.trial_sum_cond_dirty
};

/**
 * The summary the app writes from the answers, in easy-read, in `locale`: "Du var på Scandic i 3
 * dager. 2 dager var bra. Du likte: re senger. Det var mye lyd. Du vil jobbe her." Only what the
 * person answered is said; helper notes are never used ([Note: trial answer keys]). Sentences are
 * short and each says one thing; see [Note: one trial in a few words] for how days add up.
 */
export function buildSummary({ trial, answers, jobs, locale }: SummaryInput): string {
	const o = opt(locale);
	const count = trial.days.length;
	const out: string[] = [];

	if (trial.workplace) out.push(m.trial_sum_place({ place: fit(trial.workplace, (p) => m.trial_sum_place({ place: p, count }, o)), count }, o));
	else out.push(m.trial_sum_no_place({ count }, o));

	const title = jobTitle(trial, jobs, locale);
	if (title) {
		const job = trial.job?.kind === 'catalogue' ? inSentence(title, locale) : title;
		out.push(m.trial_sum_job({ job: fit(job, (j) => m.trial_sum_job({ job: j }, o)) }, o));
	}

	const faces = faceCounts(trial, answers);
	if (faces.good > 0) out.push(m.trial_sum_days_good({ count: faces.good }, o));
	if (faces.ok > 0) out.push(m.trial_sum_days_ok({ count: faces.ok }, o));
	if (faces.hard > 0) out.push(m.trial_sum_days_hard({ count: faces.hard }, o));

	const label = (id: string) => inSentence(taskPhrase(id, trial, locale), locale);
	out.push(...listSentences(tasksWith(trial, answers, 'like').map(label), (tasks) => m.trial_sum_liked({ tasks }, o), locale));
	out.push(...listSentences(tasksWith(trial, answers, 'dislike').map(label), (tasks) => m.trial_sum_disliked({ tasks }, o), locale));

	for (const tag of placeOverall(trial, answers)) out.push(PLACE_SENTENCE[tag]({}, o));

	const kind = yesNoOverall(trial, answers, 'people_kind');
	if (kind) out.push((kind === 'yes' ? m.trial_sum_kind_yes : m.trial_sum_kind_no)({}, o));
	const helped = yesNoOverall(trial, answers, 'people_help');
	if (helped) out.push((helped === 'yes' ? m.trial_sum_helped_yes : m.trial_sum_helped_no)({}, o));

	const breaks = breaksOverall(trial, answers);
	if (breaks) out.push({ good: m.trial_sum_breaks_good, ok: m.trial_sum_breaks_ok, hard: m.trial_sum_breaks_hard }[breaks]({}, o));
	const tired = tirednessOverall(trial, answers);
	if (tired) out.push({ rested: m.trial_sum_tired_rested, bit: m.trial_sum_tired_bit, very: m.trial_sum_tired_very }[tired]({}, o));
	const trip = tripOverall(trial, answers);
	if (trip) out.push({ good: m.trial_sum_trip_good, ok: m.trial_sum_trip_ok, hard: m.trial_sum_trip_hard }[trip]({}, o));

	const help = helpNeeded(trial, answers).map((h) => inSentence(helpLabel(h, locale), locale));
	out.push(...listSentences(help, (list) => m.trial_sum_help({ help: list }, o), locale));
	if (managedWithoutHelp(trial, answers)) out.push(m.trial_sum_no_help({}, o));

	const work = workHere(answers);
	if (work) out.push({ yes: m.trial_sum_work_yes, maybe: m.trial_sum_work_maybe, no: m.trial_sum_work_no }[work]({}, o));
	const similar = trySimilar(answers);
	if (similar) out.push({ yes: m.trial_sum_similar_yes, maybe: m.trial_sum_similar_maybe, no: m.trial_sum_similar_no }[similar]({}, o));

	// "Du kan: lage mat": the card's label reads right after "kan" ("You can: cook").
	const skill = (id: string) => inSentence(taskLabel(id, trial, locale), locale);
	out.push(...listSentences(canDo(answers).map(skill), (tasks) => m.trial_sum_can_do({ tasks }, o), locale));

	return out.join(' ');
}

export interface Summary {
	/** What to show: the person's edited text when there is one, otherwise the generated one. */
	text: string;
	/** True when `text` is the person's own edit (stored as the answer `after/summary`). */
	edited: boolean;
	/** What the app would write now, for "Lag teksten på nytt". */
	generated: string;
}

/** The summary to show. The person's edit always wins; the app never overwrites their words. */
export function summaryFor(input: SummaryInput): Summary {
	const generated = buildSummary(input);
	const own = textOf(input.answers?.after, 'summary').trim();
	return own ? { text: own, edited: true, generated } : { text: generated, edited: false, generated };
}
