import { unlessFull } from '$lib/storage/unless-full';
import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, removeVoiceAnswer, saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { VOICE_MAX_BYTES } from '$lib/media/media-record';
import { aboutFrom, emptyAbout, filledCount, toggleCard, type AboutPage } from './about-rules';
import { ABOUT_PHOTO_KEY, ABOUT_PREFIX, aboutKey, type AboutPart } from './schema';
import type { PreparedPhoto } from '$lib/media/photo';

/**
 * One person's "Om meg", what its screens bind to. Every tap and every word is stored at once
 * ([Note: autosave]); a full device sets `full` and keeps everything saved before.
 */
export class AboutState {
	readonly profileId: string;
	loaded = $state(false);
	page = $state<AboutPage>(emptyAbout());
	/** The last write failed because the device is full. */
	full = $state(false);
	filled = $derived(filledCount(this.page));
	/** Media id of "Et bilde av meg", or null: then the profile's own photo (if any) is shown. */
	photoId = $state<string | null>(null);

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const answers = (await listAnswers(this.profileId)).filter((a) => a.key.startsWith(ABOUT_PREFIX));
		this.page = aboutFrom(answers);
		const photo = answers.find((a) => a.key === ABOUT_PHOTO_KEY)?.value;
		this.photoId = typeof photo === 'string' ? photo : null;
		this.loaded = true;
	}

	#guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	/** Turns one card on or off; false when the device is full. */
	async toggle(part: AboutPart, cardId: string, by: AnsweredBy): Promise<boolean> {
		const cards = toggleCard(this.page[part].cards, cardId);
		const saved = await this.#guard(() => saveAnswer(this.profileId, aboutKey(part), cards, by));
		if (!saved) return false;
		this.page[part] = { ...this.page[part], cards, cardsBy: by };
		return true;
	}

	async setText(part: AboutPart, text: string, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => saveAnswer(this.profileId, aboutKey(part, 'text'), text, by));
		if (!saved) return false;
		this.page[part] = { ...this.page[part], text, textBy: by };
		return true;
	}

	/** Keeps a spoken answer; false when the device is full. A wrong or huge recording is refused. */
	async saveVoice(part: AboutPart, recording: { bytes: ArrayBuffer; type: string; durationMs?: number }, by: AnsweredBy): Promise<boolean> {
		if (!recording.type.toLowerCase().startsWith('audio/') || recording.bytes.byteLength === 0 || recording.bytes.byteLength > VOICE_MAX_BYTES) {
			return false;
		}
		const saved = await this.#guard(() => saveVoiceAnswer(this.profileId, aboutKey(part, 'voice'), recording, by));
		if (!saved) return false;
		this.page[part] = { ...this.page[part], voiceId: saved.mediaId };
		return true;
	}

	/** Keeps a photo already made small on the device (preparePhoto); false when the device is full. */
	async savePhoto(photo: PreparedPhoto, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => saveVoiceAnswer(this.profileId, ABOUT_PHOTO_KEY, photo, by));
		if (!saved) return false;
		this.photoId = saved.mediaId;
		return true;
	}

	/** Takes the photo away (and deletes its bytes); the profile's picture is shown again. */
	async removePhoto(): Promise<void> {
		await removeVoiceAnswer(this.profileId, ABOUT_PHOTO_KEY);
		this.photoId = null;
	}

	async removeVoice(part: AboutPart): Promise<void> {
		await removeVoiceAnswer(this.profileId, aboutKey(part, 'voice'));
		this.page[part] = { ...this.page[part], voiceId: null };
	}
}

/** "Om meg" of the person using the app; a new person gets a fresh state. */
export const aboutFor = perProfile((profileId) => new AboutState(profileId));
