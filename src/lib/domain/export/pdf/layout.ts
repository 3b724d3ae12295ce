import type { ConventionalCv, DocLine, DocPhoto, ExportDocument } from '../document';
import type { SymbolId } from '$lib/symbols/registry';

/**
 * The PDFs' layout as plain data: where each piece of text, symbol, photo and rule goes on which A4 page.
 * No jsPDF here, so the rules are tested in Node with any text-measure function:
 * - nothing is split across pages: a line of the CV, a photo with its caption, a heading;
 * - a heading always stays on the page of its first line;
 * - every page has the person's name, the date and "Side 1 av 3" at the bottom.
 * Units are PDF points (1/72 inch). y grows downwards from the top of the page.
 */

export type FontStyle = 'regular' | 'bold' | 'italic';
export type Measure = (text: string, font: FontStyle, size: number) => number;

export type Op =
	| { kind: 'text'; x: number; y: number; text: string; font: FontStyle; size: number; muted?: boolean }
	| { kind: 'symbol'; x: number; y: number; size: number; id: SymbolId }
	| { kind: 'photo'; x: number; y: number; w: number; h: number; mediaId: string; alt: string }
	| { kind: 'rule'; x: number; y: number; w: number; h: number };

export interface Page {
	ops: Op[];
}

export interface PageGeometry {
	width: number;
	height: number;
	margin: number;
	/** Space kept at the bottom for the footer. */
	footer: number;
}

export const A4: PageGeometry = { width: 595.28, height: 841.89, margin: 48, footer: 44 };

/** One piece that is never split: a heading, a line, a row of photos. y in its ops is from the block's top. */
export interface Block {
	height: number;
	/** Space above it, dropped at the top of a page. */
	before: number;
	/** A heading: it moves to the next page with the block after it. */
	keepWithNext: boolean;
	ops: Op[];
}

const LEADING = 1.35;
const lineHeight = (size: number) => size * LEADING;
/** The baseline of a text row whose box starts at `top`. */
const baseline = (top: number, size: number) => top + size * 1.02;

/** Greedy word wrap; a word wider than the line is broken between characters. Newlines start a new row. */
export function wrap(text: string, width: number, font: FontStyle, size: number, measure: Measure): string[] {
	const rows: string[] = [];
	for (const paragraph of text.split(/\r?\n/)) {
		const words = paragraph.split(/\s+/).filter(Boolean);
		if (words.length === 0) {
			if (rows.length > 0) rows.push('');
			continue;
		}
		// Widths add up (the PDF draws without kerning), so each word is measured once.
		const space = measure(' ', font, size);
		let row = '';
		let rowWidth = 0;
		for (let word of words) {
			const wordWidth = measure(word, font, size);
			const candidate = row ? rowWidth + space + wordWidth : wordWidth;
			if (candidate <= width) {
				row = row ? `${row} ${word}` : word;
				rowWidth = candidate;
				continue;
			}
			if (row) rows.push(row);
			row = '';
			// A very long word (a web address): break it where it reaches the edge.
			while (measure(word, font, size) > width && word.length > 1) {
				let cut = word.length - 1;
				while (cut > 1 && measure(word.slice(0, cut), font, size) > width) cut--;
				rows.push(word.slice(0, cut));
				word = word.slice(cut);
			}
			row = word;
			rowWidth = measure(word, font, size);
		}
		if (row) rows.push(row);
	}
	while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
	return rows;
}

/** Text rows as ops, from `top`; returns the height used. */
function textRows(ops: Op[], rows: string[], x: number, top: number, font: FontStyle, size: number, muted = false): number {
	rows.forEach((text, i) => ops.push({ kind: 'text', x, y: baseline(top + i * lineHeight(size), size), text, font, size, muted }));
	return rows.length * lineHeight(size);
}

/**
 * Places blocks on pages. A block that does not fit goes to the next page; a heading goes with it,
 * together with every heading just above it (section + group heading + first line).
 */
export function paginate(blocks: Block[], page: PageGeometry = A4): Page[] {
	const top = page.margin;
	const bottom = page.height - page.margin - page.footer;
	const pages: Page[] = [{ ops: [] }];
	let y = top;
	blocks.forEach((block, i) => {
		let need = block.height;
		for (let j = i; blocks[j]?.keepWithNext; j++) {
			const next = blocks[j + 1];
			if (!next) break;
			need += next.before + next.height;
		}
		need = Math.min(need, bottom - top);
		const before = y === top ? 0 : block.before;
		if (y > top && y + before + need > bottom) {
			pages.push({ ops: [] });
			y = top;
		}
		y += y === top ? 0 : block.before;
		const at = y;
		const current = pages[pages.length - 1]!;
		for (const op of block.ops) current.ops.push({ ...op, y: op.y + at });
		y += block.height;
	});
	return pages;
}

/** Adds the footer to every page: "Nora – torsdag 26. november 2026" on the left, "Side 1 av 3" on the right. */
export function addFooters(pages: Page[], left: string, pageLabel: (page: number, total: number) => string, measure: Measure, page: PageGeometry = A4): Page[] {
	const size = 12;
	const y = page.height - page.margin + 4;
	return pages.map((p, i) => {
		const label = pageLabel(i + 1, pages.length);
		const right = page.width - page.margin - measure(label, 'regular', size);
		const room = right - page.margin - 16;
		const leftText = fit(left, room, size, measure);
		return {
			ops: [
				...p.ops,
				{ kind: 'rule', x: page.margin, y: y - size * 1.6, w: page.width - 2 * page.margin, h: 0.75 },
				{ kind: 'text', x: page.margin, y, text: leftText, font: 'regular', size, muted: true },
				{ kind: 'text', x: right, y, text: label, font: 'regular', size, muted: true }
			]
		};
	});
}

/** Shortens a one-row text with "…" so it fits. */
function fit(text: string, width: number, size: number, measure: Measure): string {
	if (measure(text, 'regular', size) <= width) return text;
	let cut = text.length;
	while (cut > 1 && measure(`${text.slice(0, cut)}…`, 'regular', size) > width) cut--;
	return `${text.slice(0, cut)}…`;
}

/**
 * Splits a line into blocks of at most `max` height, between text rows. Only a line longer than a whole
 * page is ever split (then its quote bar is left out); everything else stays one block.
 */
function rowsToBlocks(ops: Op[], height: number, before: number, max: number): Block[] {
	if (height <= max) return [{ height, before, keepWithNext: false, ops }];
	const blocks: Block[] = [];
	let start = 0;
	let current: Op[] = ops.filter((op) => op.kind === 'symbol' || op.kind === 'photo');
	const texts = ops.filter((op): op is Extract<Op, { kind: 'text' }> => op.kind === 'text').sort((a, b) => a.y - b.y);
	for (const op of texts) {
		const top = op.y - op.size * 1.02;
		if (top + lineHeight(op.size) - start > max && current.length > 0) {
			blocks.push({ height: top - start, before: blocks.length === 0 ? before : 0, keepWithNext: false, ops: current });
			current = [];
			start = top;
		}
		current.push({ ...op, y: op.y - start });
	}
	blocks.push({ height: height - start, before: blocks.length === 0 ? before : 0, keepWithNext: false, ops: current });
	return blocks;
}

export interface EasyReadLabels {
	pageLabel: (page: number, total: number) => string;
	/** Opening and closing quote marks of the export's language: « » or “ ”. */
	quotes: readonly [string, string];
}

/** The easy-read PDF: big type, the symbol to the left of each line, text to the right. */
export function layoutEasyRead(doc: ExportDocument, measure: Measure, labels: EasyReadLabels, page: PageGeometry = A4): Page[] {
	const left = page.margin;
	const width = page.width - 2 * page.margin;
	const body = page.height - 2 * page.margin - page.footer;
	const blocks: Block[] = [];

	// Page 1: the person's photo, name, what this is and the date.
	{
		const ops: Op[] = [];
		const photoSize = doc.photo ? 96 : 0;
		const x = left + (photoSize ? photoSize + 16 : 0);
		const w = width - (x - left);
		let y = 0;
		y += textRows(ops, wrap(doc.name, w, 'bold', 30, measure), x, y, 'bold', 30);
		y += textRows(ops, wrap(doc.title, w, 'regular', 20, measure), x, y, 'regular', 20);
		y += 4 + textRows(ops, wrap(doc.dateText, w, 'regular', 15, measure), x, y + 4, 'regular', 15, true);
		if (doc.photo) ops.push({ kind: 'photo', x: left, y: 0, w: photoSize, h: photoSize, mediaId: doc.photo.mediaId, alt: doc.photo.alt });
		y = Math.max(y, photoSize) + 12;
		ops.push({ kind: 'rule', x: left, y, w: width, h: 2 });
		blocks.push({ height: y + 2, before: 0, keepWithNext: false, ops });
	}

	for (const section of doc.sections) {
		// Section heading: a big symbol and the title.
		const symbol = 44;
		const size = 24;
		const ops: Op[] = [{ kind: 'symbol', x: left, y: 0, size: symbol, id: section.symbol }];
		const rows = wrap(section.title, width - symbol - 14, 'bold', size, measure);
		const textTop = Math.max(0, (symbol - lineHeight(size)) / 2);
		const h = Math.max(symbol, textTop + textRows(ops, rows, left + symbol + 14, textTop, 'bold', size));
		blocks.push({ height: h, before: 28, keepWithNext: true, ops });

		for (const group of section.groups) {
			if (group.heading) {
				const gs = 32;
				const gsize = 19;
				const gops: Op[] = group.symbol ? [{ kind: 'symbol', x: left, y: 0, size: gs, id: group.symbol }] : [];
				const gx = left + gs + 12;
				const gTop = Math.max(0, (gs - lineHeight(gsize)) / 2);
				const gh = Math.max(gs, gTop + textRows(gops, wrap(group.heading, width - gs - 12, 'bold', gsize, measure), gx, gTop, 'bold', gsize));
				blocks.push({ height: gh, before: 16, keepWithNext: group.lines.length + group.photos.length > 0, ops: gops });
			}
			for (const line of group.lines) blocks.push(...lineBlocks(line, left, width, body, measure, labels));
			blocks.push(...photoBlocks(group.photos, left, width, measure));
		}
	}
	return addFooters(paginate(blocks, page), `${doc.name} – ${doc.dateText}`, labels.pageLabel, measure, page);
}

/** One line: symbol left, then bold title, meta, the text (a quote when it is the person's own words), who said it. */
function lineBlocks(line: DocLine, left: number, width: number, body: number, measure: Measure, labels: EasyReadLabels): Block[] {
	const symbol = 32;
	const x = left + symbol + 14;
	const w = width - symbol - 14;
	const ops: Op[] = line.symbol ? [{ kind: 'symbol', x: left, y: 0, size: symbol, id: line.symbol }] : [];
	let y = 2;
	if (line.title) y += textRows(ops, wrap(line.title, w, 'bold', 17, measure), x, y, 'bold', 17);
	if (line.meta) y += textRows(ops, wrap(line.meta, w, 'regular', 15, measure), x, y, 'regular', 15, true);
	if (line.own) {
		const top = y;
		const text = `${labels.quotes[0]}${line.text}${labels.quotes[1]}`;
		y += textRows(ops, wrap(text, w - 14, 'regular', 17, measure), x + 14, y, 'regular', 17);
		ops.push({ kind: 'rule', x, y: top + 3, w: 4, h: y - top - 6 });
	} else {
		y += textRows(ops, wrap(line.text, w, 'regular', 17, measure), x, y, 'regular', 17);
	}
	if (line.by) y += 2 + textRows(ops, wrap(line.by, w, 'italic', 14, measure), x, y + 2, 'italic', 14, true);
	return rowsToBlocks(ops, Math.max(y, symbol), 10, body);
}

/** Photos two to a row, each with its description under it; a row is never split. */
function photoBlocks(photos: DocPhoto[], left: number, width: number, measure: Measure): Block[] {
	const gap = 16;
	const w = (width - gap) / 2;
	const h = w * 0.75;
	const blocks: Block[] = [];
	for (let i = 0; i < photos.length; i += 2) {
		const ops: Op[] = [];
		let height = h;
		photos.slice(i, i + 2).forEach((photo, k) => {
			const x = left + k * (w + gap);
			ops.push({ kind: 'photo', x, y: 0, w, h, mediaId: photo.mediaId, alt: photo.alt });
			const rows = wrap(photo.alt, w, 'regular', 13, measure).slice(0, 3);
			height = Math.max(height, h + 6 + textRows(ops, rows, x, h + 6, 'regular', 13, true));
		});
		blocks.push({ height, before: 12, keepWithNext: false, ops });
	}
	return blocks;
}

/** The ordinary CV, for an employer or a job specialist: name big, contact, sections with a rule, text only. */
export function layoutCv(cv: ConventionalCv, measure: Measure, pageLabel: (page: number, total: number) => string, page: PageGeometry = A4): Page[] {
	const left = page.margin;
	const width = page.width - 2 * page.margin;
	const body = page.height - 2 * page.margin - page.footer;
	const blocks: Block[] = [];
	{
		const ops: Op[] = [];
		let y = textRows(ops, wrap(cv.name, width, 'bold', 26, measure), left, 0, 'bold', 26);
		if (cv.contact.length > 0) y += 4 + textRows(ops, wrap(cv.contact.join('   ·   '), width, 'regular', 11.5, measure), left, y + 4, 'regular', 11.5);
		blocks.push({ height: y, before: 0, keepWithNext: false, ops });
	}
	for (const section of cv.sections) {
		const ops: Op[] = [];
		const y = textRows(ops, wrap(section.title, width, 'bold', 14, measure), left, 0, 'bold', 14);
		ops.push({ kind: 'rule', x: left, y: y + 1, w: width, h: 1 });
		blocks.push({ height: y + 6, before: 20, keepWithNext: section.items.length > 0, ops });
		for (const item of section.items) {
			const iops: Op[] = [];
			let iy = 0;
			if (item.title || item.meta) {
				const metaWidth = item.meta ? Math.min(measure(item.meta, 'regular', 11), width * 0.4) : 0;
				if (item.title) {
					const rows = wrap(item.title, width - metaWidth - 16, 'bold', 11.5, measure);
					textRows(iops, rows, left, 0, 'bold', 11.5);
					iy = rows.length * lineHeight(11.5);
				}
				if (item.meta) {
					const rows = wrap(item.meta, width * 0.4, 'regular', 11, measure);
					rows.forEach((text, i) => iops.push({ kind: 'text', x: left + width - measure(text, 'regular', 11), y: baseline(i * lineHeight(11.5), 11), text, font: 'regular', size: 11, muted: true }));
					iy = Math.max(iy, rows.length * lineHeight(11.5));
				}
			}
			if (item.text) iy += textRows(iops, wrap(item.text, width, 'regular', 11.5, measure), left, iy, 'regular', 11.5);
			blocks.push(...rowsToBlocks(iops, iy, 8, body));
		}
	}
	return addFooters(paginate(blocks, page), cv.name, pageLabel, measure, page);
}
