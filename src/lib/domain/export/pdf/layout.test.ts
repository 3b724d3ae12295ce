import { describe, expect, it } from 'vitest';
import type { DocLine } from '../document';
import { easyReadFixture } from './fixtures';
import { A4, layoutCv, layoutEasyRead, paginate, wrap, type Block, type Measure, type Op, type Page } from './layout';
import { cvFixture } from './fixtures';

/** Every character half as wide as the type size: enough to test the rules. */
const measure: Measure = (text, _font, size) => text.length * size * 0.5;
const labels = { pageLabel: (p: number, t: number) => `Side ${p} av ${t}`, quotes: ['«', '»'] as [string, string] };
const texts = (page: Page) => page.ops.filter((op): op is Extract<Op, { kind: 'text' }> => op.kind === 'text');
const bottom = A4.height - A4.margin - A4.footer;

describe('wrap', () => {
	it('breaks between words and keeps every word', () => {
		const rows = wrap('Jeg vasket bord og laget kaffe hver dag', 100, 'regular', 10, measure);
		expect(rows.every((r) => measure(r, 'regular', 10) <= 100)).toBe(true);
		expect(rows.join(' ')).toBe('Jeg vasket bord og laget kaffe hver dag');
		expect(rows.length).toBeGreaterThan(1);
	});
	it('breaks a word longer than the line, and keeps new lines', () => {
		const rows = wrap('https://example.no/en/veldig/lang/adresse\nNeste', 60, 'regular', 10, measure);
		expect(rows.every((r) => measure(r, 'regular', 10) <= 60)).toBe(true);
		expect(rows.at(-1)).toBe('Neste');
		expect(rows.slice(0, -1).join('')).toBe('https://example.no/en/veldig/lang/adresse');
	});
});

describe('paginate', () => {
	const block = (height: number, keepWithNext = false, label = ''): Block => ({
		height, before: 10, keepWithNext, ops: [{ kind: 'text', x: 0, y: 12, text: label, font: 'regular', size: 12 }]
	});
	it('never lets a block pass the bottom and moves a heading to the page of its first line', () => {
		const body = bottom - A4.margin;
		const blocks = [block(body - 40, false, 'first'), block(30, true, 'heading'), block(60, false, 'line')];
		const pages = paginate(blocks);
		expect(pages).toHaveLength(2);
		expect(texts(pages[1]!).map((t) => t.text)).toEqual(['heading', 'line']);
	});
	it('keeps a section heading, its group heading and the first line together', () => {
		const body = bottom - A4.margin;
		const pages = paginate([block(body - 100, false, 'a'), block(40, true, 'section'), block(30, true, 'group'), block(60, false, 'line')]);
		expect(texts(pages[0]!).map((t) => t.text)).toEqual(['a']);
		expect(texts(pages[1]!).map((t) => t.text)).toEqual(['section', 'group', 'line']);
	});
	it('drops the space above a block at the top of a page', () => {
		const pages = paginate([block(50, false, 'x')]);
		expect(texts(pages[0]!)[0]!.y).toBe(A4.margin + 12);
	});
});

describe('layoutEasyRead', () => {
	it('puts the name, date and "Side n av N" on every page, and never a line across the bottom', () => {
		const pages = layoutEasyRead(easyReadFixture(30), measure, labels);
		expect(pages.length).toBeGreaterThan(2);
		pages.forEach((page, i) => {
			const t = texts(page).map((op) => op.text);
			expect(t).toContain(`Side ${i + 1} av ${pages.length}`);
			expect(t.some((s) => s.startsWith('Nora Østbø – torsdag 26. november 2026'))).toBe(true);
			for (const op of texts(page)) if (!/^Side|^Nora Østbø –/.test(op.text)) expect(op.y).toBeLessThanOrEqual(bottom);
		});
	});

	it('keeps each line of the CV whole on one page (title, meta and text together)', () => {
		const pages = layoutEasyRead(easyReadFixture(30), measure, labels);
		for (let n = 1; n <= 30; n++) {
			const holding = pages.filter((p) => texts(p).some((t) => t.text === `Kafé Blåbær ${n}`));
			expect(holding).toHaveLength(1);
			const rows = texts(holding[0]!);
			const at = rows.findIndex((t) => t.text === `Kafé Blåbær ${n}`);
			expect(rows[at + 1]?.text).toBe('Jobb, august 2025');
		}
	});

	it('never leaves a heading last on a page', () => {
		for (const count of [10, 11, 12, 13, 14, 15, 16, 17, 18]) {
			const doc = easyReadFixture(count);
			doc.sections.push({ part: 'plan', title: 'Planen min', symbol: 'doc_plan', groups: [{ heading: 'Mål', symbol: 'doc_goal', lines: [{ text: 'Jobbe i butikk.' }], photos: [] }] });
			const pages = layoutEasyRead(doc, measure, labels);
			for (const page of pages) {
				const body = texts(page).filter((t) => !/^Side|^Nora Østbø –/.test(t.text));
				expect(['Om meg', 'CV', 'Jobb', 'Planen min', 'Mål', 'Det folk liker ved meg']).not.toContain(body.at(-1)?.text);
			}
		}
	});

	it('shows the symbol left of the text, own words as a quote, and who said it', () => {
		const page = layoutEasyRead(easyReadFixture(1), measure, labels)[0]!;
		const symbol = page.ops.find((op) => op.kind === 'symbol' && op.id === 'me_hardworking')!;
		const quote = texts(page).find((t) => t.text.startsWith('«Jeg er blid'))!;
		expect(quote.x).toBeGreaterThan(symbol.x + 32);
		expect(Math.abs(quote.y - symbol.y)).toBeLessThan(32);
		const by = texts(page).find((t) => t.text === 'Kari (forelder) skrev dette')!;
		expect(by.font).toBe('italic');
		expect(by.size).toBeLessThan(quote.size);
		expect(quote.size).toBeGreaterThanOrEqual(14);
		expect(texts(page).find((t) => t.text === 'Om meg')!.size).toBeGreaterThan(quote.size);
	});

	it('puts photos two to a row with their description, never split over a page', () => {
		const doc = easyReadFixture(1);
		doc.photo = { mediaId: 'me', alt: 'Bilde av Nora' };
		doc.sections[1]!.groups[0]!.photos = Array.from({ length: 9 }, (_, i) => ({ mediaId: `p${i}`, alt: `Bilde ${i + 1} fra jobben` }));
		const pages = layoutEasyRead(doc, measure, labels);
		const photos = pages.flatMap((p) => p.ops.filter((op) => op.kind === 'photo'));
		expect(photos.map((p) => p.kind === 'photo' && p.mediaId)).toEqual(['me', ...Array.from({ length: 9 }, (_, i) => `p${i}`)]);
		for (const photo of photos) if (photo.kind === 'photo') expect(photo.y + photo.h).toBeLessThanOrEqual(bottom);
		for (const page of pages) {
			for (const op of page.ops) if (op.kind === 'photo' && op.mediaId !== 'me') expect(texts(page).some((t) => t.text === `Bilde ${Number(op.mediaId.slice(1)) + 1} fra jobben`)).toBe(true);
		}
	});

	it('splits only a line longer than a whole page, between rows', () => {
		const doc = easyReadFixture(0);
		const long: DocLine = { text: Array.from({ length: 600 }, (_, i) => `ord${i}`).join(' ') };
		doc.sections[0]!.groups[0]!.lines = [long];
		const pages = layoutEasyRead(doc, measure, labels);
		expect(pages.length).toBeGreaterThan(1);
		const words = pages.flatMap((p) => texts(p).filter((t) => t.text.startsWith('ord')).map((t) => t.text)).join(' ').split(' ');
		expect(words).toHaveLength(600);
		for (const page of pages) for (const op of texts(page)) expect(op.y).toBeLessThanOrEqual(A4.height - A4.margin + 4);
	});
});

describe('layoutCv', () => {
	it('has the name biggest, a rule under each section title, and page numbers', () => {
		const pages = layoutCv(cvFixture(), measure, labels.pageLabel);
		const t = texts(pages[0]!);
		const name = t.find((op) => op.text === 'Nora Østbø')!;
		expect(Math.max(...t.map((op) => op.size))).toBe(name.size);
		expect(pages[0]!.ops.filter((op) => op.kind === 'rule').length).toBeGreaterThanOrEqual(3 + 1);
		expect(t.map((op) => op.text)).toContain('Side 1 av 1');
		expect(pages[0]!.ops.some((op) => op.kind === 'symbol' || op.kind === 'photo')).toBe(false);
	});
});
