import type { Locale } from '$lib/i18n/locale';
import { getMedia } from '$lib/media/media-store';
import { loadMediaUrls } from '$lib/media/media-urls';
import { photoIdsOf, type ExportDocument } from '../document';
import type { Preset } from '../selection-schema';
import { loadChoice, loadLast } from '../selection-repo';
import { buildExportDocument } from '../export-builder';
import { buildSlides, stepIndex, type Slide } from './present-rules';

/**
 * One presentation, what /present binds to: the same choice and the same document as the export, so
 * the meeting sees exactly what the person ticked. Reads only the device; nothing goes on the network.
 */
export class PresentState {
	loaded = $state(false);
	/** Reading failed (a damaged record): the screen says so instead of showing half. */
	failed = $state(false);
	doc = $state.raw<ExportDocument | null>(null);
	slides = $derived<Slide[]>(this.doc ? buildSlides(this.doc) : []);
	index = $state(0);
	current = $derived<Slide | undefined>(this.slides[this.index]);
	/** Addresses of the photos on the slides, by media id. */
	photos = $state<Record<string, string>>({});
	#releasePhotos = () => {};
	#live = true;

	/** `appLocale` is used when the person never chose a language for the export. */
	async load(profileId: string, preset: Preset, appLocale: Locale, today: string): Promise<void> {
		try {
			const [choice, last] = await Promise.all([loadChoice(profileId, preset), loadLast(profileId)]);
			const doc = await buildExportDocument(profileId, choice, last.locale ?? appLocale, today);
			if (!this.#live) return;
			this.doc = doc;
			this.index = 0;
			this.#releasePhotos();
			this.#releasePhotos = loadMediaUrls(photoIdsOf(doc), getMedia, (found) => (this.photos = found));
		} catch (error) {
			console.error(error);
			this.failed = true;
		} finally {
			this.loaded = true;
		}
	}

	/** One step forward (1) or back (-1); true when the slide changed. */
	step(step: -1 | 0 | 1): boolean {
		const next = stepIndex(this.index, step, this.slides.length);
		if (next === this.index) return false;
		this.index = next;
		return true;
	}

	get atStart(): boolean {
		return this.index === 0;
	}

	get atEnd(): boolean {
		return this.index >= this.slides.length - 1;
	}

	dispose(): void {
		this.#live = false;
		this.#releasePhotos();
	}
}
