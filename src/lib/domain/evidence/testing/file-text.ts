import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { m } from '$lib/paraglide/messages';
import { quoteMarks } from '$lib/i18n/locale';
import type { ConventionalCv, ExportDocument } from '$lib/domain/export/document';
import { woffToSfnt } from '$lib/domain/export/pdf/woff';
import type { PdfFonts } from '$lib/domain/export/pdf/render';
import { squeeze } from './document-text';

/**
 * The text of the files a person takes to a meeting (Word and PDF), read back in Node, and the text
 * each must hold: exactly the document's, in its order ([Note: documents oracle]).
 */

// ---------------------------------------------------------------------------------------------------
// Word

function unescapeXml(text: string): string {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The paragraphs of word/document.xml, as text, in order. */
export async function docxParagraphs(blob: Blob): Promise<string[]> {
	const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
	const xml = strFromU8(files['word/document.xml']!);
	return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body = '']) => [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => unescapeXml(x[1] ?? '')).join(''));
}

/** The paragraphs the employer CV must become: the name, each contact line, each section's title and its items (title, meta, each line of text). */
export function cvParagraphs(cv: ConventionalCv): string[] {
	const lines = (t: string | undefined) => (t ?? '').split(/\r?\n+/).map((s) => s.trim()).filter(Boolean);
	const out = [cv.name.trim(), ...cv.contact.map((c) => c.trim()).filter(Boolean)];
	for (const s of cv.sections) {
		const items = s.items.filter((i) => lines(i.title).length + lines(i.meta).length + lines(i.text).length > 0);
		if (!items.length) continue;
		out.push(s.title.trim());
		for (const i of items) out.push(...[i.title?.trim(), i.meta?.trim()].filter((t): t is string => !!t), ...lines(i.text));
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------
// PDF

const FONTS = 'node_modules/@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-';
let fonts: PdfFonts | undefined;

/** The app's own fonts, as the browser would load them. */
export function pdfFonts(): PdfFonts {
	const font = (name: string) => woffToSfnt(new Uint8Array(readFileSync(`${FONTS}${name}.woff`)));
	return (fonts ??= {
		latin: { regular: font('latin-400-normal'), bold: font('latin-700-normal'), italic: font('latin-400-italic') },
		ext: { regular: font('latin-ext-400-normal'), bold: font('latin-ext-700-normal'), italic: font('latin-ext-400-italic') }
	});
}

/** The characters an sfnt font has a glyph for, from its cmap (format 4 or 12, Unicode encodings). */
export function fontCharacters(sfnt: Uint8Array): Set<number> {
	const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
	let cmap = -1;
	for (let i = 0; i < view.getUint16(4); i++) if (view.getUint32(12 + i * 16) === 0x636d6170) cmap = view.getUint32(12 + i * 16 + 8);
	const out = new Set<number>();
	if (cmap < 0) return out;
	for (let i = 0; i < view.getUint16(cmap + 2); i++) {
		const platform = view.getUint16(cmap + 4 + i * 8);
		const at = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
		if (platform !== 0 && platform !== 3) continue;
		const format = view.getUint16(at);
		if (format === 12) {
			for (let g = 0; g < view.getUint32(at + 12); g++) {
				const start = view.getUint32(at + 16 + g * 12);
				const end = view.getUint32(at + 16 + g * 12 + 4);
				const glyph = view.getUint32(at + 16 + g * 12 + 8);
				for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
			}
		} else if (format === 4) {
			const segs = view.getUint16(at + 6) / 2;
			const ends = at + 14;
			const starts = ends + segs * 2 + 2;
			const deltas = starts + segs * 2;
			const ranges = deltas + segs * 2;
			for (let k = 0; k < segs; k++) {
				const end = view.getUint16(ends + k * 2);
				const start = view.getUint16(starts + k * 2);
				const delta = view.getInt16(deltas + k * 2);
				const range = view.getUint16(ranges + k * 2);
				for (let c = start; c <= end && c !== 0xffff; c++) {
					const glyph = range === 0 ? (c + delta) & 0xffff : view.getUint16(ranges + k * 2 + range + (c - start) * 2);
					if (glyph !== 0) out.add(c);
				}
			}
		}
	}
	return out;
}

let drawable: Set<number> | undefined;

/**
 * The text without the characters neither of the app's PDF fonts can draw (emoji, Greek, Cyrillic,
 * CJK, some Latin Extended): jsPDF leaves them out of the page. See the known defect in
 * oracle.property.test.ts.
 */
export function onlyDrawable(text: string): string {
	const f = pdfFonts();
	drawable ??= new Set([...fontCharacters(f.latin.regular), ...fontCharacters(f.ext.regular)]);
	return [...text.normalize('NFC')].filter((ch) => /\s/.test(ch) || drawable!.has(ch.codePointAt(0)!)).join('');
}

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const canReadPdf = () => existsSync(PDFTOTEXT);
const dir = mkdtempSync(join(tmpdir(), 'jv-oracle-'));
let n = 0;

/** The text of each page of a PDF, in the order it is drawn. */
export async function pdfPages(blob: Blob): Promise<string[]> {
	const file = join(dir, `f${++n}.pdf`);
	writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
	return execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
		.normalize('NFC')
		.split('\f')
		.slice(0, -1);
}

/** The pages' text without the footer each page ends with ("Nora – torsdag 26. november 2026", "Side 1 av 3"), squeezed. */
export function withoutFooters(pages: readonly string[], left: string, locale: ExportDocument['locale']): string {
	return pages
		.map((page, i) => {
			let text = squeeze(page);
			const label = squeeze(m.export_pdf_page({ page: i + 1, total: pages.length }, { locale }));
			if (text.endsWith(label)) text = text.slice(0, -label.length);
			// The left of the footer is shortened with "…" when it does not fit.
			const full = squeeze(left);
			if (text.endsWith(full)) return text.slice(0, -full.length);
			for (let cut = left.length - 1; cut > 0; cut--) {
				const short = `${squeeze(left.slice(0, cut))}…`;
				if (text.endsWith(short)) return text.slice(0, -short.length);
			}
			return text;
		})
		.join('');
}

/** What the easy-read PDF must say, in order: name, title, date, then each section, heading and line (own words in quotes), photo captions. */
export function easyReadText(doc: ExportDocument): string {
	const q = quoteMarks(doc.locale);
	const out = [doc.name, doc.title, doc.dateText];
	for (const s of doc.sections) {
		out.push(s.title);
		for (const g of s.groups) {
			if (g.heading) out.push(g.heading);
			for (const l of g.lines) out.push(...[l.title, l.meta, l.own ? `${q[0]}${l.text}${q[1]}` : l.text, l.by].filter((t): t is string => !!t));
			for (const p of g.photos) out.push(p.alt);
		}
	}
	return squeeze(out.join('').normalize('NFC'));
}

/** What the employer CV PDF must say, in order. */
export function cvPdfText(cv: ConventionalCv): string {
	return squeeze([cv.name, cv.contact.join('·'), ...cv.sections.flatMap((s) => [s.title, ...s.items.flatMap((i) => [i.title, i.meta, i.text].filter((t): t is string => !!t))])].join('').normalize('NFC'));
}
