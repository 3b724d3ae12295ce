import { m } from '$lib/paraglide/messages';
import { getMedia } from '$lib/media/media-store';
import { loadMediaUrls } from '$lib/media/media-urls';
import { preparePhoto } from '$lib/media/photo';
import { announce } from '$lib/ui/announce.svelte';
import type { AboutState } from '$lib/domain/about/about.svelte';
import { photoProblem } from '$lib/domain/profile/photo-problem';
import { sessionState } from '$lib/domain/profile/session.svelte';

/**
 * "Et bilde av meg" on Om meg: the photo chosen here, else the profile's own photo, so nobody is
 * asked twice. Made while the page is set up: it shows the stored photo for as long as the page is open.
 */
export class MePhoto {
	readonly #about: () => AboutState | null;
	#url = $state<string | null>(null);
	error = $state<string | null>(null);

	/** The photo Om meg shows, or null. */
	readonly shown = $derived.by(() => {
		if (this.#about()?.photoId) return this.#url;
		const active = sessionState.active;
		return (active ? sessionState.photoOf(active) : undefined) ?? null;
	});
	/** True when the photo is the profile's, not one chosen for Om meg. */
	readonly fromProfile = $derived.by(() => !!this.shown && !this.#about()?.photoId);

	constructor(about: () => AboutState | null) {
		this.#about = about;
		$effect(() => {
			const id = this.#about()?.photoId;
			if (!id) return;
			const release = loadMediaUrls([id], getMedia, (found) => (this.#url = found[id] ?? null));
			return () => {
				release();
				this.#url = null;
			};
		});
	}

	async choose(file: File): Promise<void> {
		const about = this.#about();
		if (!about) return;
		this.error = null;
		try {
			const photo = await preparePhoto(file, 800);
			if (await about.savePhoto(photo, sessionState.helper)) announce(m.me_photo_saved());
		} catch (error) {
			this.error = photoProblem(error);
			announce(this.error);
		}
	}

	async remove(): Promise<void> {
		await this.#about()?.removePhoto();
		announce(m.me_photo_removed());
	}
}
