import type { ConventionalCv, DocLine, ExportDocument } from '$lib/domain/export/document';
import type { ExportPart } from '$lib/domain/export/selection-schema';

/**
 * Documents read back as text, the way a reader meets them: each line with the section and heading it
 * sits under, split into sentences. The oracle ([Note: documents oracle]) checks every claim in this
 * text against what the person stored.
 */

export interface ReadLine {
	part: ExportPart;
	trialId?: string;
	heading?: string;
	line: DocLine;
}

/** Every line of an easy-read document, in order, with where it sits. */
export function readLines(doc: ExportDocument): ReadLine[] {
	return doc.sections.flatMap((s) => s.groups.flatMap((g) => g.lines.map((line) => ({ part: s.part, ...(s.trialId ? { trialId: s.trialId } : {}), ...(g.heading ? { heading: g.heading } : {}), line }))));
}

/** All the words a reader sees on the pages: titles, headings, lines (title, meta, text, who said it). */
export function allText(doc: ExportDocument): string {
	const out = [doc.title, doc.name, doc.dateText];
	for (const s of doc.sections) {
		out.push(s.title);
		for (const g of s.groups) {
			if (g.heading) out.push(g.heading);
			for (const l of g.lines) out.push(...[l.title, l.meta, l.text, l.by].filter((t): t is string => !!t));
			out.push(...g.photos.map((p) => p.alt));
		}
	}
	return out.join('\n');
}

/** All the words of the employer CV, as its PDF and Word file print them. */
export function cvText(cv: ConventionalCv): string {
	return [cv.title, cv.name, ...cv.contact, ...cv.sections.flatMap((s) => [s.title, ...s.items.flatMap((i) => [i.title, i.meta, i.text].filter((t): t is string => !!t))])].join('\n');
}

/** A text in sentences: at . ! ? followed by a space and a capital or a digit (a place cut with "…" stays whole). */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}«"“])|\n+/u)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** Letters only, for comparing a file's text with the document (line breaks and spacing are the file's own). */
export function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `words` stand in `text` as whole words (not inside another word). */
export function hasWords(text: string, words: string): boolean {
	if (!text.includes(words)) return false;
	return new RegExp(`${WORD_EDGE_BEFORE}${escape(words)}${WORD_EDGE_AFTER}`, 'u').test(text);
}

/** `text` with each of `strings` taken out, longest first (the person's words inside the app's sentences). */
export function without(text: string, strings: readonly string[]): string {
	let out = text;
	for (const s of [...new Set(strings)].filter((x) => x.trim()).sort((a, b) => b.length - a.length)) out = out.split(s).join(' ¤ ');
	return out;
}
