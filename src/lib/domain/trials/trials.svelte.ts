import { unlessFull } from '$lib/storage/unless-full';
import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import type { AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { JOBS } from '$lib/domain/interests/catalogue';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { listLocalJobs } from '$lib/domain/interests/interests-repo';
import type { Locale } from '$lib/i18n/locale';
import { workHere } from './aggregate';
import { compareTrials, type Comparison } from './compare';
import { cvFeeds, type TrialCvFeed } from './cv-feed';
import { trialIcs } from '$lib/domain/trials/trial-calendar';
import { jobTitle, kindLabel, trialSymbol } from './labels';
import type { AnswerRef, Phase, Trial, TrialInput, YesMaybeNo } from './schema';
import { summaryFor, type Summary } from './summary';
import {
	addOwnTask,
	addPhoto,
	createTrial,
	deleteTrial,
	listTrials,
	loadTrialAnswers,
	removePhoto,
	removeVoice,
	restoreTrial,
	saveTrialAnswer,
	saveTrialNote,
	saveVoice,
	updateTrial,
	type TrialSnapshot
} from './trials-repo';
import { emptyTrialAnswers, nextStep, trialProgress, withAnswer, withoutAnswer, type TrialAnswers, type TrialProgress } from './trial-rules';

/** One row of "Det jeg har prøvd": symbol, place, dates and the "work here?" answer. */
export interface TrialListItem {
	trial: Trial;
	symbol: string;
	workHere: YesMaybeNo | null;
	progress: TrialProgress;
}

/**
 * One person's trials: what the jobbsmak screens bind to. Every answer is written the moment it is
 * given; the state is then updated in place. A full device sets `full` and keeps what was saved.
 */
export class TrialsState {
	readonly profileId: string;
	loaded = $state(false);
	/** Oldest first, by revision. */
	trials = $state<Trial[]>([]);
	/** Answers by trial id. */
	answers = $state<Record<string, TrialAnswers>>({});
	localJobs = $state<Job[]>([]);
	/** The last write failed because the device is full. */
	full = $state(false);
	/** The last deleted trial, for "Angre". */
	lastDeleted = $state<TrialSnapshot | null>(null);

	allJobs = $derived<Job[]>([...JOBS, ...this.localJobs]);

	/** The list screen's rows, newest plan first (by revision, never by the clock). */
	list = $derived<TrialListItem[]>(
		[...this.trials].reverse().map((trial) => ({
			trial,
			symbol: trialSymbol(trial, this.allJobs),
			workHere: workHere(this.answers[trial.id]),
			progress: trialProgress(trial, this.answers[trial.id])
		}))
	);

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const [trials, answers, localJobs] = await Promise.all([
			listTrials(this.profileId),
			loadTrialAnswers(this.profileId),
			listLocalJobs()
		]);
		this.trials = trials;
		this.answers = Object.fromEntries(answers);
		this.localJobs = localJobs;
		this.loaded = true;
	}

	trial(id: string): Trial | undefined {
		return this.trials.find((t) => t.id === id);
	}

	answersOf(id: string): TrialAnswers {
		return this.answers[id] ?? emptyTrialAnswers();
	}

	/** Runs a write; a full device sets `full` and returns null instead of throwing. */
	#guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	#put(trial: Trial): void {
		const i = this.trials.findIndex((t) => t.id === trial.id);
		this.trials = i === -1 ? [...this.trials, trial] : this.trials.map((t) => (t.id === trial.id ? trial : t));
	}

	async create(input: TrialInput, by: AnsweredBy): Promise<Trial | null> {
		const trial = await this.#guard(() => createTrial(this.profileId, $state.snapshot(input) as TrialInput, by));
		if (trial) this.#put(trial);
		return trial;
	}

	async update(id: string, change: Partial<TrialInput>, by: AnsweredBy): Promise<Trial | null> {
		const trial = await this.#guard(() => updateTrial(id, $state.snapshot(change) as Partial<TrialInput>, by));
		if (trial) this.#put(trial);
		return trial;
	}

	/** Adds a task in the person's own words and returns its id (or null when the device is full). */
	async addOwnTask(trialId: string, label: string): Promise<string | null> {
		const result = await this.#guard(() => addOwnTask(trialId, label));
		if (!result) return null;
		this.#put(result.trial);
		return result.taskId;
	}

	async answer(ref: AnswerRef, value: AnswerValue, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => saveTrialAnswer(this.profileId, ref, $state.snapshot(value) as AnswerValue, by));
		if (!saved) return false;
		this.answers[ref.trialId] = withAnswer(this.answersOf(ref.trialId), ref, saved);
		return true;
	}

	async note(trialId: string, phase: Phase, text: string, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => saveTrialNote(this.profileId, trialId, phase, text, by));
		if (!saved) return false;
		const group = this.answersOf(trialId);
		const path = phase.kind === 'day' ? `day/${phase.day}` : phase.kind;
		this.answers[trialId] = { ...group, notes: { ...group.notes, [path]: saved } };
		return true;
	}

	/** Adds a photo; false when the device is full (answers given before are kept). */
	async addPhoto(trialId: string, day: string, photo: { bytes: ArrayBuffer; type: string; thumb?: ArrayBuffer }, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => addPhoto(this.profileId, trialId, day, photo, by));
		if (!saved) return false;
		this.answers[trialId] = withAnswer(this.answersOf(trialId), { trialId, phase: { kind: 'day', day }, question: 'photos' }, saved.answer);
		return true;
	}

	async removePhoto(trialId: string, day: string, mediaId: string, by: AnsweredBy): Promise<void> {
		const saved = await removePhoto(this.profileId, trialId, day, mediaId, by);
		this.answers[trialId] = withAnswer(this.answersOf(trialId), { trialId, phase: { kind: 'day', day }, question: 'photos' }, saved);
	}

	async saveVoice(ref: Omit<AnswerRef, 'part'>, recording: { bytes: ArrayBuffer; type: string; durationMs?: number }, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => saveVoice(this.profileId, ref, recording, by));
		if (!saved) return false;
		this.answers[ref.trialId] = withAnswer(this.answersOf(ref.trialId), { ...ref, part: 'voice' }, saved.answer);
		return true;
	}

	async removeVoice(ref: Omit<AnswerRef, 'part'>): Promise<void> {
		await removeVoice(this.profileId, ref);
		this.answers[ref.trialId] = withoutAnswer(this.answersOf(ref.trialId), { ...ref, part: 'voice' });
	}

	/** Deletes a trial with its answers and media; `undoDelete` puts it back. */
	async remove(id: string): Promise<void> {
		this.lastDeleted = await deleteTrial(id);
		this.trials = this.trials.filter((t) => t.id !== id);
		const { [id]: _gone, ...rest } = this.answers;
		this.answers = rest;
	}

	async undoDelete(): Promise<void> {
		const snapshot = this.lastDeleted;
		if (!snapshot) return;
		// A plain copy: IndexedDB cannot store the reactive proxy $state wraps the snapshot in.
		await restoreTrial($state.snapshot(snapshot) as TrialSnapshot);
		this.lastDeleted = null;
		await this.load();
	}

	/** The job's title in `locale`, or null when no job was chosen. */
	jobTitle(id: string, locale: Locale): string | null {
		const trial = this.trial(id);
		return trial ? jobTitle(trial, this.allJobs, locale) : null;
	}

	progress(id: string): TrialProgress | null {
		const trial = this.trial(id);
		return trial ? trialProgress(trial, this.answers[id]) : null;
	}

	/** Where the person should go next in this trial. `today` is YYYY-MM-DD from the device. */
	next(id: string, today?: string) {
		const trial = this.trial(id);
		return trial ? nextStep(trial, this.answers[id], today) : null;
	}

	/** The summary of a trial in `locale`, as of `today` (YYYY-MM-DD on the device: which days are still ahead). */
	summary(id: string, locale: Locale, today: string): Summary | null {
		const trial = this.trial(id);
		return trial ? summaryFor({ trial, answers: this.answers[id], jobs: this.allJobs, locale, today }) : null;
	}

	compare(ids: string[], locale: Locale): Comparison {
		const items = ids.map((id) => ({ trial: this.trial(id)!, answers: this.answers[id] })).filter((x) => x.trial);
		return compareTrials(items, this.allJobs, locale);
	}

	/** For "Min CV og min plan": one feed per trial, oldest first. */
	cvFeeds(locale: Locale): TrialCvFeed[] {
		return cvFeeds(
			this.trials.map((trial) => ({ trial, answers: this.answers[trial.id] })),
			this.allJobs,
			locale
		);
	}

	/** The .ics text for "Legg dagene i kalenderen". `now` is the file's DTSTAMP. */
	calendar(id: string, locale: Locale, now: Date): string | null {
		const trial = this.trial(id);
		if (!trial) return null;
		return trialIcs(trial, { locale, dtstamp: now, kindLabel: kindLabel(trial.kind, locale), jobTitle: jobTitle(trial, this.allJobs, locale) });
	}
}

/** The trials of the person using the app; a new person gets a fresh state. */
export const trialsFor = perProfile((profileId) => new TrialsState(profileId));
