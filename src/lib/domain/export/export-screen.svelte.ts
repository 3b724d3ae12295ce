import { m } from '$lib/paraglide/messages';
import { localToday } from '$lib/i18n/dates';
import { saveFile } from '$lib/files/save-file';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { Locale } from '$lib/i18n/locale';
import { EXPORT_STEPS, ExportState, type ExportStep } from './export.svelte';
import type { FileKind } from './file-formats';
import { linkedPreset } from './selection-rules';

/**
 * "Del eller skriv ut" (/export): who it is for, what goes in, which language, then the preview.
 * Nothing leaves the app before the preview, and every file is made from what the preview shows.
 */
export class ExportScreen {
	readonly #profileId: () => string | null;
	#exp: ExportState | null = null;
	/** The person whose choices are being read, so the screen reads them once. */
	#opening: ExportState | null = null;
	step = $state<ExportStep>('who');
	index = $derived(EXPORT_STEPS.indexOf(this.step));
	previous = $derived<ExportStep | null>(EXPORT_STEPS[this.index - 1] ?? null);
	next = $derived<ExportStep | null>(EXPORT_STEPS[this.index + 1] ?? null);
	/** The file being made; every file button waits for it. */
	busy = $state<FileKind | null>(null);
	/** The last file could not be made (its code is not on the device yet, offline). */
	failed = $state(false);
	/** The preview has a document with something in it: the files can be made. */
	canMake = $derived(this.step === 'preview' && !!this.exp?.doc && !this.exp.empty);

	constructor(profileId: () => string | null) {
		this.#profileId = profileId;
	}

	/** The person's choices, read fresh each time the screen opens; another person gets their own. */
	get exp(): ExportState | null {
		const id = this.#profileId();
		if (this.#exp?.profileId !== id) this.#exp = id ? new ExportState(id) : null;
		return this.#exp;
	}

	/**
	 * Reads the person's choices when the screen opens. With `?for=<recipient>` (a link from the change
	 * page) it opens on the preview of that recipient's export; an unknown `for` starts as usual.
	 */
	async open(appLocale: Locale, by: AnsweredBy, forValue: string | null): Promise<void> {
		const exp = this.exp;
		if (!exp || exp.loaded || this.#opening === exp) return;
		this.#opening = exp;
		const preset = linkedPreset(forValue);
		// Straight to the preview's step, so "Hvem er det til?" never flashes by on the way.
		if (preset) this.step = 'preview';
		await exp.load(appLocale);
		if (preset) await exp.startWith(preset, by, localToday());
	}

	/** Goes to a step; the preview is built from what is stored now. Focus goes to the top, to read on from there. */
	async go(step: ExportStep): Promise<void> {
		this.failed = false;
		if (step === 'preview' && this.exp) await this.exp.preview(localToday());
		this.step = step;
		globalThis.document?.getElementById('main')?.focus();
	}

	/** Makes one file and shares it (a phone) or downloads it; offline the first time, says so. */
	async make(kind: FileKind, save: (file: File) => Promise<boolean> = saveFile): Promise<void> {
		if (!this.exp) return;
		this.busy = kind;
		this.failed = false;
		announce(m.export_making());
		try {
			const file = await this.exp.makeFile(kind, localToday());
			const downloaded = await save(file);
			announce(downloaded ? m.export_downloaded() : m.export_shared());
		} catch (error) {
			console.error(error);
			this.failed = true;
			announce(m.export_offline());
		} finally {
			this.busy = null;
		}
	}
}
