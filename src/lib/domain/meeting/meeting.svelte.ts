import { unlessFull } from '$lib/storage/unless-full';
import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, removeVoiceAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { ABOUT_PREFIX } from '$lib/domain/about/schema';
import { listPlanSteps } from '$lib/domain/plan/steps-repo';
import type { PlanStep } from '$lib/domain/plan/step-schema';
import { JOBS } from '$lib/domain/interests/catalogue';
import { listLocalJobs } from '$lib/domain/interests/interests-repo';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { cvFeeds, experienceTitle } from '$lib/domain/trials/cv-feed';
import { trialSymbol } from '$lib/domain/trials/labels';
import { type Trial } from '$lib/domain/trials/schema';
import { isVoiceRecording } from '$lib/media/media-record';
import { listTrials, loadTrialAnswers } from '$lib/domain/trials/trials-repo';
import type { TrialAnswers } from '$lib/domain/trials/trial-rules';
import type { Locale } from '$lib/i18n/locale';
import { addAgreedSteps, createMeeting, listMeetings, updateMeeting, type MeetingUpdate } from './meeting-repo';
import { meetingIcs, newestFirst, nextMeetingIcs, pointOptions, type PointOption, type PointSources } from './meeting-rules';
import { callerAnswers, type CallerAnswer } from './caller-questions';
import { agreedVoiceKey, type Meeting, type MeetingChange, type MeetingPart } from './schema';

/** The answers the meeting screens read: Om meg, the plan and the answers to the caller's questions. */
function kept(answers: readonly Answer[]): Answer[] {
	return answers.filter((a) => a.key.startsWith(ABOUT_PREFIX) || a.key.startsWith('plan/') || a.key.startsWith('meeting/'));
}

/**
 * One person's meetings: what the "Møtet" screens bind to. Every answer is stored the moment it is
 * given ([Note: autosave]); the state changes only after the write worked, so a full device (`full`)
 * loses nothing that was saved before and shows what is really stored.
 */
export class MeetingsState {
	readonly profileId: string;
	loaded = $state(false);
	/** Newest first, by revision. */
	meetings = $state<Meeting[]>([]);
	/** Media id of the spoken "Det vi ble enige om", by meeting id. */
	voices = $state<Record<string, string>>({});
	full = $state(false);
	// What the person can choose to say: read once when the screens open.
	#answers = $state<Answer[]>([]);
	#steps = $state<PlanStep[]>([]);
	#trials = $state<{ trial: Trial; answers: TrialAnswers | undefined }[]>([]);
	#jobs = $state<Job[]>([]);

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const [meetings, answers, steps, trials, trialAnswers, localJobs] = await Promise.all([
			listMeetings(this.profileId),
			listAnswers(this.profileId),
			listPlanSteps(this.profileId),
			listTrials(this.profileId),
			loadTrialAnswers(this.profileId),
			listLocalJobs()
		]);
		this.meetings = meetings;
		this.#answers = kept(answers);
		this.voices = Object.fromEntries(
			answers.flatMap((a) => {
				const id = /^meeting\/(.+)\/agreed\/voice$/.exec(a.key)?.[1];
				return id && typeof a.value === 'string' ? [[id, a.value]] : [];
			})
		);
		this.#steps = steps;
		this.#trials = trials.map((trial) => ({ trial, answers: trialAnswers.get(trial.id) }));
		this.#jobs = [...JOBS, ...localJobs];
		this.loaded = true;
	}

	meeting(id: string | null | undefined): Meeting | undefined {
		return id ? this.meetings.find((x) => x.id === id) : undefined;
	}

	/** The person's answers to the caller's questions of one meeting, as read when the screens opened. */
	callerAnswers(meeting: Meeting, locale: Locale): CallerAnswer[] {
		return callerAnswers(meeting, this.#answers, locale);
	}

	/** Reads the answers again after the person answered the caller's questions on their own screens. */
	async reloadAnswers(): Promise<void> {
		const answers = await listAnswers(this.profileId);
		this.#answers = kept(answers);
	}

	/** Om meg, the plan and the trials, as "Hva vil du si?" offers them. */
	sources(locale: Locale): PointSources {
		const feeds = cvFeeds(this.#trials, this.#jobs, locale);
		return {
			about: aboutFrom(this.#answers.filter((a) => a.key.startsWith(ABOUT_PREFIX))),
			planAnswers: this.#answers.filter((a) => a.key.startsWith('plan/')),
			planSteps: this.#steps,
			trials: feeds.map((feed) => {
				const trial = this.#trials.find((t) => t.trial.id === feed.trialId)!.trial;
				return { id: feed.trialId, title: experienceTitle(feed, this.#jobs, locale), been: feed.experience.daysDone > 0, symbol: trialSymbol(trial, this.#jobs), canDo: feed.skills.text };
			})
		};
	}

	options(locale: Locale): Record<'about' | 'plan' | 'trial', PointOption[]> {
		return pointOptions(this.sources(locale), locale);
	}

	#guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	#put(meeting: Meeting): void {
		if ((this.meeting(meeting.id)?.rev ?? 0) > meeting.rev) return; // a newer write came back first
		this.meetings = newestFirst([...this.meetings.filter((x) => x.id !== meeting.id), meeting]);
	}

	async create(by: AnsweredBy): Promise<Meeting | null> {
		const meeting = await this.#guard(() => createMeeting(this.profileId, by));
		if (meeting) this.#put(meeting);
		return meeting;
	}

	/**
	 * Stores one part at once; false when the device is full (the stored meeting stays as it was). Give
	 * a function to change a list: it gets the stored meeting, so taps in quick succession all count.
	 */
	async update(id: string, part: MeetingPart, update: MeetingUpdate, by: AnsweredBy): Promise<boolean> {
		const plain: MeetingUpdate = typeof update === 'function' ? update : ($state.snapshot(update) as MeetingChange);
		const saved = await this.#guard(() => updateMeeting(id, part, plain, by));
		if (saved) this.#put(saved);
		return !!saved;
	}

	/** "Legg stegene i planen"; returns how many steps were added, or null when the device is full. */
	async addSteps(id: string, by: AnsweredBy): Promise<number | null> {
		const result = await this.#guard(() => addAgreedSteps(id, by));
		if (!result) return null;
		this.#put(result.meeting);
		this.#steps = [...this.#steps, ...result.added];
		return result.added.length;
	}

	async saveVoice(id: string, recording: { bytes: ArrayBuffer; type: string; durationMs?: number }, by: AnsweredBy): Promise<boolean> {
		if (!isVoiceRecording(recording)) {
			return false;
		}
		const saved = await this.#guard(() => saveVoiceAnswer(this.profileId, agreedVoiceKey(id), recording, by));
		if (!saved) return false;
		this.voices = { ...this.voices, [id]: saved.mediaId };
		return true;
	}

	async removeVoice(id: string): Promise<void> {
		await removeVoiceAnswer(this.profileId, agreedVoiceKey(id));
		const { [id]: _gone, ...rest } = this.voices;
		this.voices = rest;
	}

	calendar(id: string, locale: Locale, now: Date, next = false): string | null {
		const meeting = this.meeting(id);
		if (!meeting) return null;
		return next ? nextMeetingIcs(meeting, { locale, dtstamp: now }) : meetingIcs(meeting, { locale, dtstamp: now });
	}
}

/** The meetings of the person using the app; a new person gets a fresh state. */
export const meetingsFor = perProfile((profileId) => new MeetingsState(profileId));
