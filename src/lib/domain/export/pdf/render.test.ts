import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { cvFixture, easyReadFixture, XSS } from './fixtures';
import { renderCv, renderEasyRead } from './make';
import { fontRuns, type PdfFonts } from './render';
import { woffToSfnt } from './woff';

const FILES = 'node_modules/@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-';
const font = (name: string) => woffToSfnt(new Uint8Array(readFileSync(`${FILES}${name}.woff`)));
const fonts: PdfFonts = {
	latin: { regular: font('latin-400-normal'), bold: font('latin-700-normal'), italic: font('latin-400-italic') },
	ext: { regular: font('latin-ext-400-normal'), bold: font('latin-ext-700-normal'), italic: font('latin-ext-400-italic') }
};
const dir = mkdtempSync(join(tmpdir(), 'jv-pdf-'));

async function save(blob: Blob, name: string): Promise<string> {
	const file = join(dir, name);
	writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
	return file;
}
const text = (file: string) => execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const info = (file: string) => execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });

describe('the easy-read PDF, made with jsPDF', () => {
	it('has real text with æøå, the script text as plain letters, a title, language and page numbers', async () => {
		const doc = easyReadFixture(25);
		doc.sections[0]!.groups[0]!.lines.push({ text: 'Sámi: Ábbár ja čeahppi, Đuođai.' });
		const file = await save(await renderEasyRead(jsPDF, fonts, doc), 'easy.pdf');
		const out = text(file);
		expect(out).toContain('CV og plan – Nora');
		expect(out).toContain('Æ, ø og å går fint.');
		expect(out).toContain('«Jeg er blid og møter opp i tide.»');
		expect(out).toContain('Kari (forelder) skrev dette');
		expect(out).toContain(XSS);
		expect(out).toContain('Ábbár ja čeahppi, Đuođai.');
		expect(execFileSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' })).not.toMatch(/Times|Helvetica/);
		const meta = info(file);
		expect(meta).toMatch(/^Title:\s+CV og plan – Nora$/m);
		expect(meta).toMatch(/^Page size:\s+595.28 x 841.89 pts \(A4\)/m);
		const pages = Number(/^Pages:\s+(\d+)/m.exec(meta)?.[1]);
		expect(pages).toBeGreaterThan(1);
		expect(out).toContain(`Side 1 av ${pages}`);
		expect(out).toContain(`Side ${pages} av ${pages}`);
		expect(out.split('Nora Østbø – torsdag 26. november 2026').length - 1).toBe(pages);
		const raw = readFileSync(file, 'latin1');
		expect(raw).toMatch(/\/Lang \(nb\)/);
		expect(raw).toMatch(/\/DisplayDocTitle true/);
		expect(raw).toMatch(/AtkinsonHyperlegibleNext/);
	});

	it('writes page numbers in the export language, not the app language', async () => {
		const doc = { ...easyReadFixture(1), locale: 'en' as const, title: "Nora's CV" };
		const file = await save(await renderEasyRead(jsPDF, fonts, doc), 'en.pdf');
		expect(text(file)).toContain('Page 1 of 1');
		expect(readFileSync(file, 'latin1')).toMatch(/\/Lang \(en\)/);
	});
});

describe('the ordinary CV PDF', () => {
	it('has the CV text, the contact details and a title', async () => {
		const file = await save(await renderCv(jsPDF, fonts, cvFixture()), 'cv.pdf');
		const out = text(file);
		for (const s of ['Nora Østbø', 'Telefon: 900 00 000', 'Arbeidserfaring', 'Rema 1000 Sætre', 'Bjørkelangen videregående skole', XSS, 'Side 1 av 1']) expect(out).toContain(s);
		expect(info(file)).toMatch(/^Title:\s+CV – Nora Østbø$/m);
	});
});

describe('fontRuns', () => {
	it('sends Norwegian letters to the Latin font and Sámi letters to the Latin Extended font', () => {
		expect(fontRuns('Blåbær')).toEqual([{ text: 'Blåbær', family: 'AH' }]);
		expect(fontRuns('Áŋŋir')).toEqual([{ text: 'Á', family: 'AH' }, { text: 'ŋŋ', family: 'AHX' }, { text: 'ir', family: 'AH' }]);
	});
});
