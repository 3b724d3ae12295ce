import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { removeVoiceAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { JourneyState } from '$lib/domain/journey/journey.svelte';
import type { PreparedPhoto } from '$lib/media/photo';
import { ABOUT_JOURNEY } from './about-journey';
import type { AboutPage } from './about-rules';
import { ABOUT_PHOTO_KEY, type AboutPart } from './schema';

/**
 * One person's "Om meg", what its screens bind to: the three parts (a journey, [Note: journeys as
 * data]) and the photo. Every tap and every word is stored at once ([Note: autosave]); a full device
 * sets `full` and keeps everything saved before.
 */
export class AboutState extends JourneyState<AboutPart> {
	/** Media id of "Et bilde av meg", or null: then the profile's own photo (if any) is shown. */
	photoId = $state<string | null>(null);

	constructor(profileId: string) {
		super(profileId, ABOUT_JOURNEY);
	}

	/** The three parts by name, as the overview and the CV read them. */
	get page(): AboutPage {
		return this.parts;
	}

	protected override read(answers: readonly Answer[]): void {
		super.read(answers);
		const photo = answers.find((a) => a.key === ABOUT_PHOTO_KEY)?.value;
		this.photoId = typeof photo === 'string' ? photo : null;
	}

	/** Keeps a photo already made small on the device (preparePhoto); false when the device is full. */
	async savePhoto(photo: PreparedPhoto, by: AnsweredBy): Promise<boolean> {
		const saved = await this.guard(() => saveVoiceAnswer(this.profileId, ABOUT_PHOTO_KEY, photo, by));
		if (!saved) return false;
		this.photoId = saved.mediaId;
		return true;
	}

	/** Takes the photo away (and deletes its bytes); the profile's picture is shown again. */
	async removePhoto(): Promise<void> {
		await removeVoiceAnswer(this.profileId, ABOUT_PHOTO_KEY);
		this.photoId = null;
	}
}

/** "Om meg" of the person using the app; a new person gets a fresh state. */
export const aboutFor = perProfile((profileId) => new AboutState(profileId));
