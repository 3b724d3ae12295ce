import { unlessFull } from '$lib/storage/unless-full';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { JOBS } from '$lib/domain/interests/catalogue';
import { listLocalJobs } from '$lib/domain/interests/interests-repo';
import { listTrials } from '$lib/domain/trials/trials-repo';
import { trialSymbol, trialTitle } from '$lib/domain/trials/labels';
import { dayLabel } from '$lib/domain/trials/trial-rules';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { ExportDocument } from './document';
import { buildExportDocument } from './export-builder';
import { conventionalCv } from './conventional-cv';
import { FILE_FORMATS, exportFileName, type FileKind, type FileMakers } from './file-formats';
import { loadChoice, loadLast, saveChoice, saveLocale, savePreset } from './selection-repo';
import { isEmptyChoice, togglePart, toggleTrial } from './selection-rules';
import type { ExportChoice, ExportPart, Preset } from './selection-schema';

/** The four steps of /export: who it is for, what goes in, which language, and the preview. */
export const EXPORT_STEPS = ['who', 'what', 'language', 'preview'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

/** One trial as a card on the choose screen: where (or what), and its first day. */
export interface TrialCard {
	id: string;
	symbol: SymbolId;
	name: string;
	firstDay: string;
}

/**
 * One person's "Del eller skriv ut": what the export screens bind to. Every choice is stored at once
 * (per recipient), and nothing leaves the app before the preview: files are made from the very
 * document the preview shows.
 */
export class ExportState {
	readonly profileId: string;
	loaded = $state(false);
	preset = $state<Preset | null>(null);
	choice = $state<ExportChoice>({ parts: [], trialIds: [] });
	/** The language of the export; starts as the app's language. */
	locale = $state<Locale>('nb');
	localeChosen = $state(false);
	trials = $state<TrialCard[]>([]);
	/** What the preview shows, and what the files are made from. */
	doc = $state<ExportDocument | null>(null);
	/** The last write failed because the device is full. */
	full = $state(false);
	empty = $derived(isEmptyChoice(this.choice));

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(appLocale?: Locale): Promise<void> {
		const [last, trials, localJobs] = await Promise.all([loadLast(this.profileId), listTrials(this.profileId), listLocalJobs()]);
		const jobs = [...JOBS, ...localJobs];
		const locale = last.locale ?? appLocale ?? 'nb';
		this.trials = trials.map((t) => ({
			id: t.id,
			symbol: trialSymbol(t, jobs),
			name: trialTitle(t, jobs, locale),
			firstDay: t.days[0]!
		}));
		if (last.locale) {
			this.locale = last.locale;
			this.localeChosen = true;
		} else if (appLocale) this.locale = appLocale;
		if (last.preset) {
			this.preset = last.preset;
			this.choice = await loadChoice(this.profileId, last.preset);
		}
		this.loaded = true;
	}

	#guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	/** Who it is for: brings back what the person last chose for that recipient. */
	async choosePreset(preset: Preset, by: AnsweredBy): Promise<void> {
		this.choice = await loadChoice(this.profileId, preset);
		this.preset = preset;
		this.doc = null;
		await this.#guard(() => savePreset(this.profileId, preset, by));
	}

	/**
	 * Opened from a link for one recipient (the change page's "to the meeting"): that recipient's
	 * choice, straight to the preview. The person can still go back and change what goes in.
	 */
	async startWith(preset: Preset, by: AnsweredBy, today: string): Promise<ExportDocument> {
		await this.choosePreset(preset, by);
		return this.preview(today);
	}

	async #setChoice(choice: ExportChoice, by: AnsweredBy): Promise<boolean> {
		const preset = this.preset;
		if (!preset) return false;
		this.choice = choice;
		this.doc = null;
		return (await this.#guard(() => saveChoice(this.profileId, preset, $state.snapshot(choice) as ExportChoice, by))) !== null;
	}

	togglePart(part: ExportPart, by: AnsweredBy): Promise<boolean> {
		return this.#setChoice(togglePart(this.choice, part, this.trials.map((t) => t.id)), by);
	}

	toggleTrial(trialId: string, by: AnsweredBy): Promise<boolean> {
		return this.#setChoice(toggleTrial(this.choice, trialId), by);
	}

	async setLocale(locale: Locale, by: AnsweredBy): Promise<void> {
		this.locale = locale;
		this.localeChosen = true;
		this.doc = null;
		await this.#guard(() => saveLocale(this.profileId, locale, by));
	}

	/** Builds what the preview shows, from what is stored now. */
	async preview(today: string): Promise<ExportDocument> {
		const doc = await buildExportDocument(this.profileId, $state.snapshot(this.choice) as ExportChoice, this.locale, today);
		this.doc = doc;
		return doc;
	}

	/**
	 * Makes one file from the previewed choice. Rejects when the file maker cannot be loaded (offline
	 * the first time); the screen then offers "Skriv ut".
	 */
	async makeFile(kind: FileKind, today: string, makers: Partial<FileMakers> = {}): Promise<File> {
		const doc = this.doc ?? (await this.preview(today));
		const format = FILE_FORMATS[kind];
		const make = makers[kind] ?? format.make;
		const blob =
			format.from === 'document'
				? await (make as FileMakers['easy_pdf'])($state.snapshot(doc) as ExportDocument)
				: await (make as FileMakers['cv_pdf'])(await conventionalCv(this.profileId, $state.snapshot(this.choice) as ExportChoice, this.locale, doc.day));
		return new File([blob], exportFileName(doc.name, kind, doc.day), { type: format.type });
	}

	/** "Scandic Bergen, mandag 5. oktober" for a trial card. */
	trialLabel(card: TrialCard, locale: Locale): string {
		return `${card.name}, ${dayLabel(card.firstDay, locale)}`;
	}
}
