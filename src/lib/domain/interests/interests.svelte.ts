import { StorageFullError } from '$lib/storage/errors';
import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { getMedia } from '$lib/media/media-store';
import { PhotoError, preparePhoto } from '$lib/media/photo';
import { mediaUrl } from '$lib/media/media-urls';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { Job } from './catalogue-schema';
import { CARDS, JOBS, SORTING_ORDER, text } from './catalogue';
import { comparePiles, matchJobs, type MatchResult, type PileChange } from './job-match';
import {
	addLocalJobs,
	finishExploration,
	listExplorations,
	listLocalJobs,
	loadInterestAnswers,
	removeLocalJob,
	saveCardAnswer,
	setCardPhoto,
	setStar,
	startExploration,
	type CardAnswer
} from './interests-repo';
import type { Exploration, Like } from './schema';

/**
 * One person's interest explorations: what the sorting screen, the results board and "Før og nå"
 * bind to. Every answer is written the moment it is given; the state is then updated in place.
 */
export class InterestsState {
	readonly profileId: string;
	loaded = $state(false);
	explorations = $state<Exploration[]>([]);
	/** Answers per exploration id, then per card id. */
	answers = $state<Record<string, Record<string, CardAnswer>>>({});
	/** Starred jobs ("Vil prøve"), by job id. */
	stars = $state<Record<string, AnsweredBy>>({});
	localJobs = $state<Job[]>([]);
	/** The person's own photos on cards: card id → object URL, shown instead of the symbol. */
	photos = $state<Record<string, string>>({});
	/** The last write failed because the device is full. */
	full = $state(false);

	/** The latest exploration (in progress or done). */
	current = $derived(this.explorations.at(-1) ?? null);
	/** The exploration being sorted now: the latest if unfinished; otherwise a new one starts on the first answer. */
	sorting = $derived(this.current && this.current.finishedRev === undefined ? this.current : null);
	sortingAnswers = $derived(this.sorting ? (this.answers[this.sorting.id] ?? {}) : {});
	/** How many cards of the exploration being sorted have an answer (skipping counts). */
	answeredCount = $derived(Object.keys(this.sortingAnswers).length);
	/** The first card without an answer: where sorting resumes. Null when every card is answered. */
	nextIndex = $derived.by(() => {
		const i = SORTING_ORDER.findIndex((c) => !(c.id in this.sortingAnswers));
		return i === -1 ? null : i;
	});
	/** What the results board shows: the latest exploration with answers. */
	shown = $derived(
		[...this.explorations].reverse().find((e) => Object.keys(this.answers[e.id] ?? {}).length > 0) ?? null
	);
	/** "Før" in "Før og nå": the exploration before the one shown. */
	previous = $derived.by(() => {
		const shown = this.shown;
		if (!shown) return null;
		const before = this.explorations.filter((e) => e.startedRev < shown.startedRev && Object.keys(this.answers[e.id] ?? {}).length > 0);
		return before.at(-1) ?? null;
	});
	allJobs = $derived([...JOBS, ...this.localJobs]);

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const [explorations, { byExploration, stars, photos }, localJobs] = await Promise.all([
			listExplorations(this.profileId),
			loadInterestAnswers(this.profileId),
			listLocalJobs()
		]);
		this.explorations = explorations;
		this.answers = Object.fromEntries([...byExploration].map(([id, map]) => [id, Object.fromEntries(map)]));
		this.stars = Object.fromEntries([...stars].map(([id, a]) => [id, a.answeredBy]));
		this.localJobs = localJobs;
		this.loaded = true;
		for (const [cardId, mediaId] of photos) {
			const media = await getMedia(mediaId);
			if (media) this.photos[cardId] = mediaUrl(media);
		}
	}

	/**
	 * Puts the person's own photo on a card, or with null goes back to the symbol. Returns what went
	 * wrong in words the screen can show, or 'ok'. Nothing already saved is lost when it fails.
	 */
	async setPhoto(cardId: string, file: Blob | null, by: AnsweredBy): Promise<'ok' | 'not-image' | 'too-big' | 'full'> {
		try {
			const photo = file ? await preparePhoto(file, 640) : null;
			await setCardPhoto(this.profileId, cardId, photo, by);
			const old = this.photos[cardId];
			if (old) URL.revokeObjectURL(old);
			if (photo) this.photos[cardId] = mediaUrl(photo);
			else delete this.photos[cardId];
			this.full = false;
			return 'ok';
		} catch (error) {
			if (error instanceof PhotoError) return error.reason;
			if (error instanceof StorageFullError) {
				this.full = true;
				return 'full';
			}
			throw error;
		}
	}

	#starting: Promise<Exploration> | null = null;

	/** Returns the unfinished exploration, or starts a new one (once, even if two answers come fast). */
	async ensureExploration(): Promise<Exploration> {
		if (this.sorting) return this.sorting;
		this.#starting ??= startExploration(this.profileId).then((started) => {
			this.explorations = [...this.explorations, started];
			this.answers[started.id] = {};
			return started;
		});
		try {
			return await this.#starting;
		} finally {
			this.#starting = null;
		}
	}

	async answer(cardId: string, value: Like | null, by: AnsweredBy): Promise<boolean> {
		const exploration = await this.ensureExploration();
		try {
			const saved = await saveCardAnswer(this.profileId, exploration.id, cardId, value, by);
			this.answers[exploration.id] = { ...this.answers[exploration.id], [cardId]: { value, answeredBy: by, rev: saved.rev } };
			this.full = false;
			return true;
		} catch (error) {
			if (error instanceof StorageFullError) {
				this.full = true;
				return false;
			}
			throw error;
		}
	}

	async finish(): Promise<void> {
		const current = this.sorting;
		if (!current) return;
		const done = await finishExploration(current.id);
		this.explorations = this.explorations.map((e) => (e.id === done.id ? done : e));
	}

	async toggleStar(jobId: string, by: AnsweredBy): Promise<void> {
		const starred = !(jobId in this.stars);
		await setStar(this.profileId, jobId, starred, by);
		if (starred) this.stars[jobId] = by;
		else delete this.stars[jobId];
	}

	answersOf(exploration: Exploration | null): Map<string, Like | null> {
		if (!exploration) return new Map();
		return new Map(Object.entries(this.answers[exploration.id] ?? {}).map(([id, a]) => [id, a.value]));
	}

	matches(locale: string): MatchResult {
		const start = performance.now();
		const result = matchJobs(this.answersOf(this.shown), this.allJobs, CARDS, (job) => text(job.title, locale));
		performance.measure('jv-match', { start }); // read by npm run bench
		return result;
	}

	changes(): PileChange[] {
		return comparePiles(this.answersOf(this.previous), this.answersOf(this.shown), CARDS);
	}

	/** Moves a card to another pile on the results board; stored like any answer. */
	async move(cardId: string, value: Like, by: AnsweredBy): Promise<void> {
		const shown = this.shown;
		if (!shown) return;
		const saved = await saveCardAnswer(this.profileId, shown.id, cardId, value, by);
		this.answers[shown.id] = { ...this.answers[shown.id], [cardId]: { value, answeredBy: by, rev: saved.rev } };
	}

	/**
	 * Adds the jobs of a file a teacher or municipality made: all of them or none. False when the device
	 * is full and nothing was added (the storage notice says so).
	 */
	async importJobs(jobs: Job[]): Promise<boolean> {
		try {
			await addLocalJobs(jobs);
		} catch (error) {
			if (error instanceof StorageFullError) {
				this.full = true;
				return false;
			}
			throw error;
		}
		this.full = false;
		await this.load();
		return true;
	}

	/** Takes away one job that came from a file. */
	async removeJob(id: string): Promise<void> {
		await removeLocalJob(id);
		await this.load();
	}

	/** Starred jobs, for planning a jobbsmak. */
	starredJobs = $derived(this.allJobs.filter((j) => j.id in this.stars));
}

/** The interest state of the person using the app; a new person gets a fresh one. */
export const interestsFor = perProfile((profileId) => new InterestsState(profileId));
