import { unlessFull } from '$lib/storage/unless-full';
import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, removeVoiceAnswer, saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { aboutFrom, toggleCard } from '$lib/domain/about/about-rules';
import { loadLiked } from '$lib/domain/interests/liked';
import { VOICE_MAX_BYTES } from '$lib/media/media-record';
import { changeFrom, emptyChange, filledParts, type ChangePage, type KnownElsewhere } from './change-rules';
import { CHANGE_PREFIX, changeKey, type ChangePart } from './schema';

/**
 * One person's change request ("Jeg vil prøve noe annet"), what its screens bind to. Every tap and
 * word is stored at once ([Note: autosave]); a full device sets `full` and keeps what was saved.
 */
export class ChangeState {
	readonly profileId: string;
	loaded = $state(false);
	page = $state<ChangePage>(emptyChange());
	full = $state(false);
	filled = $derived(filledParts(this.page));
	/** Om meg's support and the liked interest cards: read into the request, never asked again. */
	known = $state<KnownElsewhere>({ support: null, liked: [] });

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const [answers, interests] = await Promise.all([listAnswers(this.profileId), loadLiked(this.profileId)]);
		this.page = changeFrom(answers.filter((a) => a.key.startsWith(CHANGE_PREFIX)));
		const support = aboutFrom(answers).support;
		this.known = { support: { cards: support.cards, by: support.cardsBy }, liked: interests.liked };
		this.loaded = true;
	}

	#guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	async toggle(part: ChangePart, cardId: string, by: AnsweredBy): Promise<boolean> {
		const cards = toggleCard(this.page.parts[part].cards, cardId);
		if (!(await this.#guard(() => saveAnswer(this.profileId, changeKey(part), cards, by)))) return false;
		this.page.parts[part] = { ...this.page.parts[part], cards, cardsBy: by };
		return true;
	}

	async toggleJob(jobId: string, by: AnsweredBy): Promise<boolean> {
		const jobs = toggleCard(this.page.jobs, jobId);
		if (!(await this.#guard(() => saveAnswer(this.profileId, changeKey('want', 'jobs'), jobs, by)))) return false;
		this.page = { ...this.page, jobs, jobsBy: by };
		return true;
	}

	async setText(part: ChangePart, text: string, by: AnsweredBy): Promise<boolean> {
		if (!(await this.#guard(() => saveAnswer(this.profileId, changeKey(part, 'text'), text, by)))) return false;
		this.page.parts[part] = { ...this.page.parts[part], text, textBy: by };
		return true;
	}

	async setWhere(where: string, by: AnsweredBy): Promise<boolean> {
		const value = where.trim();
		if (!(await this.#guard(() => saveAnswer(this.profileId, changeKey('now', 'where'), value, by)))) return false;
		this.page = { ...this.page, where: value, whereBy: by };
		return true;
	}

	/** Keeps a spoken answer; false when the device is full. A wrong or huge recording is refused. */
	async saveVoice(part: ChangePart, recording: { bytes: ArrayBuffer; type: string; durationMs?: number }, by: AnsweredBy): Promise<boolean> {
		if (!recording.type.toLowerCase().startsWith('audio/') || recording.bytes.byteLength === 0 || recording.bytes.byteLength > VOICE_MAX_BYTES) return false;
		const saved = await this.#guard(() => saveVoiceAnswer(this.profileId, changeKey(part, 'voice'), recording, by));
		if (!saved) return false;
		this.page.parts[part] = { ...this.page.parts[part], voiceId: saved.mediaId };
		return true;
	}

	async removeVoice(part: ChangePart): Promise<void> {
		await removeVoiceAnswer(this.profileId, changeKey(part, 'voice'));
		this.page.parts[part] = { ...this.page.parts[part], voiceId: null };
	}
}

/** The change request of the person using the app; a new person gets a fresh state. */
export const changeFor = perProfile((profileId) => new ChangeState(profileId));
