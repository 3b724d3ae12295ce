import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import type { DocGroup, DocLine, DocPhoto, ExportDocument } from '../document';
import type { ExportPart } from '../selection-schema';

/**
 * "Vis fram selv": the export the person chose, turned into slides so the person can show it in a meeting.
 * A title slide, then one part per slide in the order a person tells about themselves, and a long part
 * split so a slide never needs scrolling on a tablet. Every slide carries what "Les opp" says.
 */

/** How many rows of big type fit on one slide at 1024 × 768 (and 1280 × 800) under the heading. */
export const MAX_ROWS = 8;
/** Characters of big type in one row on a tablet; a longer text takes more rows. */
export const ROW_CHARS = 44;
/** Rows a row of photos takes. */
export const PHOTO_ROWS = 4;
/** Photos side by side in one row. */
export const PHOTOS_PER_ROW = 3;

/** About me, what I like, my trials, my plan, my questions; the rest after, in the document's order. */
const ORDER: readonly ExportPart[] = ['about', 'interests', 'trials', 'plan', 'meeting', 'change', 'cv', 'contact'];

/** One thing shown on a slide. */
export type SlideItem =
	| { kind: 'heading'; text: string; symbol?: SymbolId }
	| { kind: 'line'; line: DocLine }
	| { kind: 'photos'; photos: DocPhoto[] };

export interface Slide {
	/** Stable key for the screen. */
	key: string;
	kind: 'title' | 'part';
	part?: ExportPart;
	trialId?: string;
	/** The slide's heading: the person's name on the title slide, else the part's title. */
	title: string;
	symbol: SymbolId;
	/** When a part is split: "Del 2 av 3". */
	piece?: { current: number; total: number };
	items: SlideItem[];
	/** The title slide's photo of the person. */
	photo?: DocPhoto;
	/** What "Les opp" says for this slide. */
	spoken: string;
}

/** Rows one line takes: its text wrapped at ROW_CHARS, plus a row each for title, meta and "who said it". */
export function lineRows(line: DocLine): number {
	const text = Math.max(1, Math.ceil(line.text.length / ROW_CHARS));
	return text + (line.title ? 1 : 0) + (line.meta ? 1 : 0) + (line.by ? 1 : 0);
}

export function itemRows(item: SlideItem): number {
	if (item.kind === 'heading') return 1;
	if (item.kind === 'photos') return PHOTO_ROWS * Math.ceil(item.photos.length / PHOTOS_PER_ROW);
	return lineRows(item.line);
}

/** Splits text at sentence ends (or, for one very long sentence, at spaces) into pieces of at most `max` characters. */
export function splitText(text: string, max: number): string[] {
	if (text.length <= max) return [text];
	const units = text.split(/(?<=[.!?])\s+/).flatMap((s) => (s.length <= max ? [s] : wrapWords(s, max)));
	const out: string[] = [];
	let current = '';
	for (const unit of units) {
		if (current && current.length + 1 + unit.length > max) {
			out.push(current);
			current = unit;
		} else current = current ? `${current} ${unit}` : unit;
	}
	if (current) out.push(current);
	return out;
}

function wrapWords(sentence: string, max: number): string[] {
	const out: string[] = [];
	let current = '';
	for (const word of sentence.split(/\s+/)) {
		// A "word" longer than a whole slide (a pasted link) is cut; it still shows, just over two slides.
		for (let rest = word; rest.length > 0; rest = rest.slice(max)) {
			const bit = rest.slice(0, max);
			if (current && current.length + 1 + bit.length > max) {
				out.push(current);
				current = bit;
			} else current = current ? `${current} ${bit}` : bit;
		}
	}
	if (current) out.push(current);
	return out;
}

/** The items of one group, each small enough to fit on a slide by itself. */
function groupItems(group: DocGroup): SlideItem[] {
	const items: SlideItem[] = [];
	if (group.heading) items.push({ kind: 'heading', text: group.heading, symbol: group.symbol });
	for (const line of group.lines) {
		const extra = lineRows(line) - Math.max(1, Math.ceil(line.text.length / ROW_CHARS));
		const room = Math.max(1, MAX_ROWS - 1 - extra) * ROW_CHARS;
		const pieces = splitText(line.text, room);
		pieces.forEach((text, i) =>
			// Title and meta go with the first piece, "who said it" with the last: it belongs to the words.
			items.push({ kind: 'line', line: { ...line, text, title: i === 0 ? line.title : undefined, meta: i === 0 ? line.meta : undefined, by: i === pieces.length - 1 ? line.by : undefined } })
		);
	}
	// One row of photos never holds more than fits; more photos make more rows.
	const perSlide = PHOTOS_PER_ROW * Math.max(1, Math.floor((MAX_ROWS - 1) / PHOTO_ROWS));
	for (let i = 0; i < group.photos.length; i += perSlide) items.push({ kind: 'photos', photos: group.photos.slice(i, i + perSlide) });
	return items;
}

/** Packs items into pages of at most MAX_ROWS rows; a heading never ends a page without what follows it. */
export function paginate(items: SlideItem[]): SlideItem[][] {
	const pages: SlideItem[][] = [];
	let page: SlideItem[] = [];
	let rows = 0;
	for (const item of items) {
		const need = itemRows(item);
		if (page.length > 0 && rows + need > MAX_ROWS) {
			const last = page.at(-1);
			const carried = last?.kind === 'heading' && page.length > 1 ? page.pop()! : null;
			pages.push(page);
			page = carried ? [carried] : [];
			rows = carried ? 1 : 0;
		}
		page.push(item);
		rows += need;
	}
	if (page.length > 0 || pages.length === 0) pages.push(page);
	return pages;
}

/** The words "Les opp" says for one line: its title, the text, and who gave it when a helper did. */
function lineSpoken(line: DocLine): string[] {
	return [line.title, line.text, line.meta, line.by].filter((s): s is string => !!s && s.trim().length > 0);
}

/** Joins spoken bits into sentences, so the voice pauses between them. */
export function joinSpoken(bits: string[]): string {
	return bits
		.map((b) => b.trim())
		.filter(Boolean)
		.map((b) => (/[.!?:]$/.test(b) ? b : `${b}.`))
		.join(' ');
}

export function spokenFor(title: string, items: SlideItem[]): string {
	const bits: string[] = [title];
	for (const item of items) {
		if (item.kind === 'heading') bits.push(item.text);
		else if (item.kind === 'line') bits.push(...lineSpoken(item.line));
	}
	return joinSpoken(bits);
}

function rank(part: ExportPart): number {
	const i = ORDER.indexOf(part);
	return i === -1 ? ORDER.length : i;
}

/**
 * The slides of one export: the title slide, then each section (each trial on its own), in the
 * presenting order. Only what is in the document is shown: the document holds only what was ticked.
 */
export function buildSlides(doc: ExportDocument): Slide[] {
	const locale = doc.locale;
	const hello = m.present_hello({}, { locale });
	const slides: Slide[] = [
		{
			key: 'title',
			kind: 'title',
			title: doc.name,
			symbol: 'doc_me',
			items: [],
			photo: doc.photo,
			spoken: joinSpoken([m.present_hello_spoken({ name: doc.name }, { locale }), hello])
		}
	];
	const sections = doc.sections.map((section, i) => ({ section, i })).sort((a, b) => rank(a.section.part) - rank(b.section.part) || a.i - b.i);
	for (const { section, i } of sections) {
		const items = section.groups.flatMap(groupItems);
		if (items.length === 0) continue;
		const pages = paginate(items);
		pages.forEach((page, p) =>
			slides.push({
				key: `${i}-${p}`,
				kind: 'part',
				part: section.part,
				trialId: section.trialId,
				title: section.title,
				symbol: section.symbol,
				piece: pages.length > 1 ? { current: p + 1, total: pages.length } : undefined,
				items: page,
				spoken: spokenFor(section.title, page)
			})
		);
	}
	return slides;
}

/** What a screen reader hears when the slide changes: "3 av 7: Om meg". */
export function slideAnnouncement(slides: readonly Slide[], index: number, locale: ExportDocument['locale']): string {
	const slide = slides[index];
	return m.present_announce({ current: index + 1, total: slides.length, title: slide?.title ?? '' }, { locale });
}

/** Keys that step: arrows, Page Up/Down, and Space/Enter (a switch is usually one of those two). */
export function stepForKey(key: string, onControl: boolean): -1 | 0 | 1 {
	if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown') return 1;
	if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') return -1;
	// On a button or link, Space and Enter press it (Tilbake must go back); elsewhere they mean Next.
	if ((key === ' ' || key === 'Enter') && !onControl) return 1;
	return 0;
}

/** The next index within the slides; stays at the ends (no wrapping round: that would confuse). */
export function stepIndex(index: number, step: -1 | 0 | 1, count: number): number {
	return Math.min(Math.max(index + step, 0), Math.max(count - 1, 0));
}
