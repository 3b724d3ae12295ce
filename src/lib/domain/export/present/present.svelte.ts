import type { Locale } from '$lib/settings/schema';
import { getMedia } from '$lib/domain/profile/profiles-repo';
import type { ExportDocument } from '../document';
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
	/** Object URLs of the photos on the slides, by media id. */
	photos = $state<Record<string, string>>({});
	#urls: string[] = [];
	#live = true;

	/** `appLocale` is used when the person never chose a language for the export. */
	async load(profileId: string, preset: Preset, appLocale: Locale, today: string): Promise<void> {
		try {
			const [choice, last] = await Promise.all([loadChoice(profileId, preset), loadLast(profileId)]);
			const doc = await buildExportDocument(profileId, choice, last.locale ?? appLocale, today);
			if (!this.#live) return;
			this.doc = doc;
			this.index = 0;
			await this.#loadPhotos(doc);
		} catch (error) {
			console.error(error);
			this.failed = true;
		} finally {
			this.loaded = true;
		}
	}

	async #loadPhotos(doc: ExportDocument): Promise<void> {
		const ids = new Set<string>();
		if (doc.photo) ids.add(doc.photo.mediaId);
		for (const section of doc.sections) for (const group of section.groups) for (const photo of group.photos) ids.add(photo.mediaId);
		for (const id of ids) {
			const media = await getMedia(id);
			if (!this.#live) return;
			if (!media) continue;
			const url = URL.createObjectURL(new Blob([media.bytes], { type: media.type }));
			this.#urls.push(url);
			this.photos[id] = url;
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
		for (const url of this.#urls) URL.revokeObjectURL(url);
		this.#urls = [];
	}
}
