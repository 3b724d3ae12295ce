import type { jsPDF as JsPdf } from 'jspdf';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { FontStyle, Measure, Page } from './layout';

/**
 * Draws laid-out pages with jsPDF. It runs in the browser and, for tests, in Node: jsPDF, the fonts
 * and the pictures are handed in, so this file never imports jsPDF itself (it is loaded only on export).
 */

/** TrueType fonts per style: the Latin set (Norwegian, English) and the Latin Extended set (Sámi and more). */
export interface PdfFonts {
	latin: Record<FontStyle, Uint8Array>;
	ext: Record<FontStyle, Uint8Array>;
}

/** A photo or a symbol, as JPEG bytes (jsPDF embeds them without decoding) or PNG. */
export interface PdfImage {
	data: Uint8Array;
	format: 'PNG' | 'JPEG';
	width: number;
	height: number;
}

export interface PdfPictures {
	symbol?: (id: SymbolId) => Promise<PdfImage | undefined>;
	photo?: (mediaId: string) => Promise<PdfImage | undefined>;
}

export interface PdfMeta {
	title: string;
	author: string;
	locale: Locale;
}

const STYLE: Record<FontStyle, string> = { regular: 'normal', bold: 'bold', italic: 'italic' };
/** The font names the PDF shows (pdffonts, Acrobat's Document Properties). */
const FAMILY = { AH: 'AtkinsonHyperlegibleNext', AHX: 'AtkinsonHyperlegibleNextExt' } as const;
const TEXT = '#1a1a1a';
const MUTED = '#454545';

/**
 * The characters in the Latin font file (its unicode-range in @fontsource/atkinson-hyperlegible-next);
 * everything else is drawn with the Latin Extended file.
 */
const LATIN = /[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd]/;

/** Splits a text into runs that one font file can draw. */
export function fontRuns(text: string): { text: string; family: 'AH' | 'AHX' }[] {
	const runs: { text: string; family: 'AH' | 'AHX' }[] = [];
	for (const char of text) {
		const family = LATIN.test(char) ? 'AH' : 'AHX';
		const last = runs[runs.length - 1];
		if (last?.family === family) last.text += char;
		else runs.push({ text: char, family });
	}
	return runs;
}

function binary(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

/** A new A4 document with the fonts in, and the text measure the layout uses. */
export function createPdf(JsPdfClass: typeof JsPdf, fonts: PdfFonts): { pdf: JsPdf; measure: Measure } {
	const pdf = new JsPdfClass({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
	for (const [family, set] of [['AH', fonts.latin], ['AHX', fonts.ext]] as const) {
		for (const style of ['regular', 'bold', 'italic'] as const) {
			const file = `${FAMILY[family]}-${style}.ttf`;
			pdf.addFileToVFS(file, binary(set[style]));
			pdf.addFont(file, FAMILY[family], STYLE[style], undefined, 'Identity-H');
		}
	}
	// Widths at 1 pt, cached per font and text: the layout measures the same words again and again.
	const cache = new Map<string, number>();
	const measure: Measure = (text, font, size) => {
		const key = `${font}\u0000${text}`;
		let unit = cache.get(key);
		if (unit === undefined) {
			pdf.setFontSize(1);
			unit = 0;
			for (const run of fontRuns(text)) {
				pdf.setFont(FAMILY[run.family], STYLE[font]);
				unit += pdf.getTextWidth(run.text);
			}
			cache.set(key, unit);
		}
		return unit * size;
	};
	return { pdf, measure };
}

/** Draws the pages, sets title, author and language, and returns the file. */
export async function drawPdf(pdf: JsPdf, pages: Page[], meta: PdfMeta, pictures: PdfPictures = {}): Promise<Blob> {
	const start = performance.now();
	// Every picture is asked for at once (reading the device's store and drawing symbols overlap), then drawn in order.
	const symbols = new Map<string, Promise<PdfImage | undefined>>();
	const photos = new Map<string, Promise<PdfImage | undefined>>();
	for (const op of pages.flatMap((p) => p.ops)) {
		if (op.kind === 'symbol' && pictures.symbol && !symbols.has(op.id)) symbols.set(op.id, pictures.symbol(op.id).catch(() => undefined));
		if (op.kind === 'photo' && pictures.photo && !photos.has(op.mediaId)) photos.set(op.mediaId, pictures.photo(op.mediaId).catch(() => undefined));
	}
	for (const [index, page] of pages.entries()) {
		if (index > 0) pdf.addPage('a4', 'portrait');
		for (const op of page.ops) {
			if (op.kind === 'text') {
				pdf.setFontSize(op.size);
				pdf.setTextColor(op.muted ? MUTED : TEXT);
				let x = op.x;
				for (const run of fontRuns(op.text)) {
					pdf.setFont(FAMILY[run.family], STYLE[op.font]);
					pdf.text(run.text, x, op.y);
					x += pdf.getTextWidth(run.text);
				}
			} else if (op.kind === 'rule') {
				pdf.setFillColor(op.h > 1.5 ? '#767676' : '#8a8a8a');
				pdf.rect(op.x, op.y, op.w, op.h, 'F');
			} else if (op.kind === 'symbol') {
				const image = await symbols.get(op.id);
				if (image) pdf.addImage(image.data, image.format, op.x, op.y, op.size, op.size, `symbol-${op.id}`, image.format === 'PNG' ? 'FAST' : 'NONE');
			} else if (op.kind === 'photo') {
				const image = await photos.get(op.mediaId);
				if (!image) continue;
				// Fitted inside its box, never stretched.
				const scale = Math.min(op.w / image.width, op.h / image.height);
				const w = image.width * scale;
				const h = image.height * scale;
				pdf.addImage(image.data, image.format, op.x + (op.w - w) / 2, op.y + (op.h - h) / 2, w, h, `photo-${op.mediaId}`, 'NONE');
			}
		}
	}
	performance.measure('jv-pdf-draw', { start });
	const outStart = performance.now();
	pdf.setDocumentProperties({ title: meta.title, author: meta.author, creator: 'Jobbvei' });
	pdf.viewerPreferences({ DisplayDocTitle: true });
	// jsPDF knows a fixed list of codes and leaves out one it does not know: the text still reads.
	pdf.setLanguage(meta.locale as Parameters<JsPdf['setLanguage']>[0]);
	const blob = new Blob([pdf.output('arraybuffer')], { type: 'application/pdf' });
	performance.measure('jv-pdf-output', { start: outStart });
	return blob;
}
