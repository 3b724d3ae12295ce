import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { ExportPart } from './selection-schema';

/**
 * One export, ready to show, print, present or turn into a PDF: what the person chose, in the
 * language chosen for the export, with every text already written out. Every renderer (preview and
 * print, easy-read PDF, presentation) reads only this, so what leaves the app is exactly what the
 * person saw in the preview, and nothing they did not tick can slip in.
 */
export interface ExportDocument {
	locale: Locale;
	/** "CV og plan – Nora" — the PDF's title and the preview's heading. */
	title: string;
	name: string;
	/** The day it was made, 'YYYY-MM-DD', for the file name. */
	day: string;
	/** "torsdag 26. november 2026", shown on every page. */
	dateText: string;
	/** The person's photo, only when "photos" was ticked. */
	photo?: DocPhoto;
	sections: DocSection[];
}

export interface DocSection {
	/** Which tick brought it in; trials carry their id (one section per trial). */
	part: ExportPart;
	trialId?: string;
	title: string;
	symbol: SymbolId;
	groups: DocGroup[];
}

/** A heading inside a section ("Det folk liker ved meg") with its lines and photos. */
export interface DocGroup {
	heading?: string;
	symbol?: SymbolId;
	lines: DocLine[];
	/** Only filled when "photos" was ticked. */
	photos: DocPhoto[];
}

export interface DocLine {
	text: string;
	symbol?: SymbolId;
	/** Bold above the text: a place or a school. */
	title?: string;
	/** Dates or a kind: "Jobb, august 2025". */
	meta?: string;
	/** "Kari (forelder) skrev dette" — present only when a helper gave it, so the person's own voice shows. */
	by?: string;
	/** The person's own words, shown as a quote. */
	own?: boolean;
	/** The facts the line says, by id ([Note: evidence model]): every claim in a document traces to what the person said. */
	facts?: string[];
}

export interface DocPhoto {
	mediaId: string;
	/** Short easy-read description for screen readers and the PDF. */
	alt: string;
}

/** Every photo the document shows (the person's own, then each section's), each once. */
export function photoIdsOf(doc: ExportDocument): string[] {
	const photos = [...(doc.photo ? [doc.photo] : []), ...doc.sections.flatMap((s) => s.groups.flatMap((g) => g.photos))];
	return [...new Set(photos.map((p) => p.mediaId))];
}

/**
 * The same CV as an ordinary Norwegian CV for employers and NAV: text only, no symbols, the usual order
 * (name and contact on top, then Om meg, Arbeidserfaring, Utdanning, Kompetanse, Språk, Førerkort, Interesser, Referanser).
 * Rendered as PDF and .docx; the easy-read CV stays the person's own version.
 */
export interface ConventionalCv {
	locale: Locale;
	/** The full name when the person added a surname and ticked "contact"; else the first name. */
	name: string;
	/** "CV – Nora Hansen": the file's title. */
	title: string;
	day: string;
	/** "Bosted: Asker", "Telefon: 900 00 000", "E-post: nora@example.no" — only what the person added and ticked. */
	contact: string[];
	sections: { title: string; items: { title?: string; meta?: string; text: string }[] }[];
}
