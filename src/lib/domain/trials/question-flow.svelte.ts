import { m } from '$lib/paraglide/messages';
import { sessionState } from '$lib/domain/profile/session.svelte';
import { answeredByText } from '$lib/domain/answers/helper-label';
import type { AnswerValue } from '$lib/domain/answers/schema';
import { CARDS, JOBS } from '$lib/domain/interests/catalogue';
import { currentLocale } from '$lib/i18n/i18n.svelte';
import { localToday } from '$lib/i18n/dates';
import { PhotoError, preparePhoto } from '$lib/media/photo';
import { announce } from '$lib/ui/announce.svelte';
import type { AnswerRef, Phase, Trial } from './schema';
import { questionTitle } from './questions';
import { choiceOf, choicesOf, dayLabel, phaseAnswers, proudOptions, taskOptions, tasksDone, textOf, toggleChoice } from './trial-rules';
import { TrialMediaError } from './trials-repo';
import type { TrialsState } from './trials.svelte';
import { resumeStep, stepsOf, type Step } from './steps';

/** Moves the screen to an address; `replace` keeps the browser's history as it was. */
export type Go = (href: string, replace?: boolean) => Promise<void>;

const ALL_TASKS = CARDS.filter((c) => c.round === 'task').map((c) => c.id);

/**
 * The jobbsmak questions of one part of a trial (before, one day, after), one per screen: which
 * question is on screen, where Back and Next go, and what an answer does. Every answer is stored the
 * moment it is given ([Note: autosave]); a symbol choice moves on at once, like the sorting cards.
 * The address always names the question on screen, so a reload (or the phone closing the app) comes
 * back to the same question, and the browser's back button goes one question back.
 */
export class TrialQuestionFlow {
	readonly trials: TrialsState;
	readonly trialId: string;
	readonly phase: Phase;
	/** The trial as the screen opened with it, while the trials are read again (after "Angre"). */
	readonly #opened: Trial;
	readonly #q: () => string | null;
	readonly #go: Go;

	/** An answer is being saved: another tap waits. */
	busy = $state(false);
	/** What went wrong with a photo, said in easy words. */
	problem = $state<string | undefined>();

	/** Read fresh: a task the person adds in their own words changes the trial. */
	trial = $derived.by(() => this.trials.trial(this.trialId) ?? this.#opened);
	group = $derived.by(() => this.trials.answersOf(this.trialId));
	answers = $derived.by(() => phaseAnswers(this.group, this.phase));
	steps = $derived.by(() => stepsOf(this.phase, this.answers));
	/** The question the address names, else the first one not answered yet. */
	step = $derived.by<Step>(() => this.steps.find((s) => s.id === this.#q()) ?? resumeStep(this.steps, this.answers));
	index = $derived.by(() => this.steps.indexOf(this.step));
	last = $derived.by(() => this.index === this.steps.length - 1);
	title = $derived.by(() => questionTitle(this.step.id, currentLocale()));
	trialHref = $derived.by(() => `/trials/trial?id=${encodeURIComponent(this.trialId)}`);
	backHref = $derived.by(() => this.index > 0 ? this.href(this.steps[this.index - 1]!.id) : this.trialHref);

	/** The card chosen on a one-choice question, and the cards chosen on the others. */
	chosen = $derived.by(() => this.step.kind === 'one' ? choiceOf(this.answers, this.step.id, this.step.cards.map((c) => c.id)) : null);
	chosenMany = $derived.by(() => choicesOf(this.answers, this.step.id));
	text = $derived.by(() => textOf(this.answers, this.step.id));
	voiceId = $derived.by(() => {
		const value = this.answers[`${this.step.id}/voice`]?.value;
		return typeof value === 'string' ? value : undefined;
	});
	/** "Svart med hjelp av Kari, lærer" when a helper gave this answer: the person's own voice stays visible. */
	helpedBy = $derived.by(() => {
		const id = this.step.id;
		const by = this.answers[id]?.answeredBy ?? this.answers[`${id}/text`]?.answeredBy ?? this.answers[`${id}/voice`]?.answeredBy;
		return by?.kind === 'helper' ? answeredByText(by) : null;
	});
	/** The helper's note on this part of the trial. */
	note = $derived.by(() => this.group.notes[this.phase.kind === 'day' ? `day/${this.phase.day}` : this.phase.kind]);

	/** The task cards of "Hva gjorde du?" (the job's own first), "Hva er du stolt av?" and "Hva kan du?". */
	taskLists = $derived.by((): { suggested: string[]; more: string[] } => {
		const { step, trial, phase } = this;
		if (step.id === 'tasks') {
			const job = trial.job?.kind === 'catalogue' ? [...JOBS, ...this.trials.localJobs].find((j) => j.id === (trial.job as { jobId: string }).jobId) : undefined;
			return taskOptions(trial, job?.taskTags ?? [], ALL_TASKS);
		}
		if (step.id === 'proud' && phase.kind === 'day') return { suggested: proudOptions(this.group, phase.day), more: [] };
		if (step.id === 'can_do') return { suggested: tasksDone(trial, this.group), more: [] };
		return { suggested: [], more: [] };
	});

	constructor(trials: TrialsState, trial: Trial, phase: Phase, q: () => string | null, go: Go) {
		this.trials = trials;
		this.trialId = trial.id;
		this.#opened = trial;
		this.phase = phase;
		this.#q = q;
		this.#go = go;
	}

	/** "Før du begynner", "Dag 2: tirsdag 4. mars" or "Etterpå": which part of the trial this is. */
	phaseHeading(locale = currentLocale()): string {
		const phase = this.phase;
		if (phase.kind === 'before') return m.trial_before_title({}, { locale });
		if (phase.kind === 'after') return m.trial_after_title({}, { locale });
		return m.trial_day_heading({ number: this.trial.days.indexOf(phase.day) + 1, date: dayLabel(phase.day, locale) }, { locale });
	}

	/** The text an edited summary starts from: the summary the app writes. */
	summaryText(locale = currentLocale()): string {
		return this.step.id === 'summary' ? (this.trials.summary(this.trialId, locale, localToday())?.text ?? '') : '';
	}

	href(stepId: string): string {
		const params = new URLSearchParams({ id: this.trialId, phase: this.phase.kind });
		if (this.phase.kind === 'day') params.set('day', this.phase.day);
		params.set('q', stepId);
		return `/trials/answer?${params}`;
	}

	/** Puts the question on screen into the address when it is not there yet (it was resumed). */
	keepAddress(): void {
		if (this.#q() !== this.step.id) void this.#go(this.href(this.step.id), true);
	}

	#ref(question: string, part?: AnswerRef['part']): AnswerRef {
		return { trialId: this.trialId, phase: this.phase, question, ...(part ? { part } : {}) };
	}

	#save(value: AnswerValue, part?: AnswerRef['part'], question = this.step.id): Promise<boolean> {
		return this.trials.answer(this.#ref(question, part), value, sessionState.helper);
	}

	/**
	 * Runs one tap at a time (a second tap while the first is saved is not counted twice), on the
	 * question on screen when it was tapped: an answer can change which question is first unanswered.
	 */
	async #once(work: (step: Step) => Promise<void>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			await work(this.step);
		} finally {
			this.busy = false;
		}
	}

	/** The screen after `from` (the question just answered), or back to the trial's page when this part is done. */
	async next(from = this.step.id): Promise<void> {
		// Read the list again: choosing tasks adds their "Likte du dette?" screens.
		const list = stepsOf(this.phase, phaseAnswers(this.trials.answersOf(this.trialId), this.phase));
		const following = list[list.findIndex((s) => s.id === from) + 1];
		this.problem = undefined;
		if (following) {
			await this.#go(this.href(following.id));
			announce(questionTitle(following.id, currentLocale()));
		} else {
			announce(m.saved());
			await this.#go(this.trialHref);
		}
	}

	/** A symbol card of a one-choice question answers it and moves on at once. */
	choose(value: string): Promise<void> {
		return this.#once(async (step) => {
			if (await this.#save(value, undefined, step.id)) await this.next(step.id);
		});
	}

	/** A card of a many-choice question, on or off (answers that cannot both be true take each other away). */
	toggle(value: string): Promise<void> {
		return this.#once(async (step) => {
			await this.#save(toggleChoice(step.id, choicesOf(this.answers, step.id), value), undefined, step.id);
		});
	}

	/** "Neste" on a many-choice screen: nothing chosen still counts as answered (an empty list). */
	done(): Promise<void> {
		return this.#once(async (step) => {
			// Photos and the summary text are optional: leaving them as they are stores nothing.
			const stored = this.answers[step.id];
			const optional = step.kind === 'photos' || step.kind === 'text';
			if (optional || (stored && stored.value !== null) || (await this.#save(choicesOf(this.answers, step.id), undefined, step.id))) await this.next(step.id);
		});
	}

	/** "Hopp over": stored as a skip, so the question is not asked again (photos and the summary need nothing). */
	skip(): Promise<void> {
		return this.#once(async (step) => {
			if (step.kind === 'photos' || step.id === 'summary' || (await this.#save(null, undefined, step.id))) await this.next(step.id);
		});
	}

	/** A task in the person's own words, added to the trial and chosen at once; false when the phone is full. */
	async addOwnTask(label: string): Promise<boolean> {
		const id = await this.trials.addOwnTask(this.trialId, label);
		if (!id) return false;
		const list = choicesOf(phaseAnswers(this.trials.answersOf(this.trialId), this.phase), this.step.id);
		if (!list.includes(id)) await this.#save([...list, id]);
		announce(m.trial_own_task_added({ task: label }));
		return true;
	}

	async addPhoto(file: File): Promise<void> {
		const phase = this.phase;
		if (phase.kind !== 'day') return;
		this.problem = undefined;
		await this.#once(async () => {
			try {
				const photo = await preparePhoto(file);
				if (await this.trials.addPhoto(this.trialId, phase.day, photo, sessionState.helper)) announce(m.trial_photo_saved());
				else this.problem = m.trial_photo_full();
			} catch (error) {
				if (error instanceof PhotoError) this.problem = error.reason === 'not-image' ? m.photo_not_image() : m.photo_too_big();
				else if (error instanceof TrialMediaError) this.problem = error.reason === 'too-big' ? m.trial_photo_too_big() : m.trial_photo_wrong();
				else throw error;
			}
		});
		if (this.problem) announce(this.problem);
	}

	removePhoto(mediaId: string): Promise<void> {
		const phase = this.phase;
		return this.#once(async () => {
			if (phase.kind !== 'day') return;
			await this.trials.removePhoto(this.trialId, phase.day, mediaId, sessionState.helper);
			announce(m.trial_photo_deleted());
		});
	}

	/** The person's own words; the summary's words are its whole answer. */
	async saveText(text: string): Promise<void> {
		await this.#save(text, this.step.id === 'summary' ? undefined : 'text');
	}

	/** Keeps a recording; false when the phone is full (the answers given before stay). */
	saveVoice(bytes: ArrayBuffer, type: string, durationMs: number): Promise<boolean> {
		return this.trials.saveVoice(this.#ref(this.step.id), { bytes, type, durationMs }, sessionState.helper);
	}

	removeVoice(): Promise<void> {
		return this.trials.removeVoice(this.#ref(this.step.id));
	}

	/** A helper's note on this part of the trial. */
	saveNote(text: string): Promise<boolean> {
		return this.trials.note(this.trialId, this.phase, text, sessionState.helper);
	}
}
