import { unlessFull } from '$lib/storage/unless-full';
import { listAnswers, removeVoiceAnswer, saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { isVoiceRecording } from '$lib/media/media-record';
import { partOf, type Journey } from './journey';
import { cardsAfterTap, emptyAnswers, filledCount, foldAnswers, partKey, type JourneyAnswers, type PartAnswers } from './journey-keys';

export type Recording = { bytes: ArrayBuffer; type: string; durationMs?: number };

/**
 * One person's answers to one journey, what its part screens bind to. Every tap and every word is
 * stored at once ([Note: autosave]); a full device sets `full` and keeps everything saved before.
 * "Om meg", Min plan, "Jeg vil prøve noe annet" and Min CV extend it with what only they hold.
 */
export class JourneyState<P extends string = string> {
	readonly profileId: string;
	readonly journey: Journey<P>;
	loaded = $state(false);
	parts = $state<JourneyAnswers<P>>({} as JourneyAnswers<P>);
	/** The last write failed because the device is full. */
	full = $state(false);
	/** How many parts have an answer, for "2 av 3 er fylt ut". */
	filled = $derived(this.countFilled());

	constructor(profileId: string, journey: Journey<P>) {
		this.profileId = profileId;
		this.journey = journey;
		this.parts = emptyAnswers(journey);
	}

	async load(): Promise<void> {
		this.read(await listAnswers(this.profileId));
		this.loaded = true;
	}

	/** Takes the journey's parts out of all the person's answers; a subclass reads its own keys too. */
	protected read(answers: readonly Answer[]): void {
		this.parts = foldAnswers(this.journey, answers);
	}

	protected countFilled(): number {
		return filledCount(this.journey, this.parts);
	}

	/** Runs a write; a full device sets `full` and gives null instead of throwing. */
	protected guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	/** Told of every answer stored here, for a subclass that keeps its own copy (the CV). */
	protected stored(_key: string, _value: AnswerValue, _by: AnsweredBy): void {}

	async #save(part: P, sub: 'text' | undefined, value: AnswerValue, by: AnsweredBy, change: Partial<PartAnswers>): Promise<boolean> {
		const key = partKey(this.journey, part, sub);
		if (!(await this.guard(() => saveAnswer(this.profileId, key, value, by)))) return false;
		this.parts[part] = { ...this.parts[part], ...change };
		this.stored(key, value, by);
		return true;
	}

	/** A card tapped: on or off, or (one-choice parts) the one chosen. False when the device is full. */
	choose(part: P, cardId: string, by: AnsweredBy): Promise<boolean> {
		const cards = cardsAfterTap(partOf(this.journey, part)!, this.parts[part].cards, cardId);
		return this.#save(part, undefined, cards, by, { cards, cardsBy: by });
	}

	/** The same as choose: the word the many-choice screens have always used. */
	toggle(part: P, cardId: string, by: AnsweredBy): Promise<boolean> {
		return this.choose(part, cardId, by);
	}

	/** The person's own words for a part; false when the device is full. */
	setText(part: P, text: string, by: AnsweredBy): Promise<boolean> {
		return this.#save(part, 'text', text, by, { text, textBy: by });
	}

	/** Keeps a spoken answer; false when the device is full. A wrong, empty or huge recording is refused. */
	async saveVoice(part: P, recording: Recording, by: AnsweredBy): Promise<boolean> {
		if (!isVoiceRecording(recording)) return false;
		const key = partKey(this.journey, part, 'voice');
		const saved = await this.guard(() => saveVoiceAnswer(this.profileId, key, recording, by));
		if (!saved) return false;
		this.parts[part] = { ...this.parts[part], voiceId: saved.mediaId };
		this.stored(key, saved.mediaId, by);
		return true;
	}

	/** Deletes a spoken answer and its recording. */
	async removeVoice(part: P): Promise<void> {
		await removeVoiceAnswer(this.profileId, partKey(this.journey, part, 'voice'));
		this.parts[part] = { ...this.parts[part], voiceId: null };
	}
}
