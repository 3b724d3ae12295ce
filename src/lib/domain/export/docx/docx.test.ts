import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConventionalCv } from '../document';
import { unescapeXml, unzipDocx as unzip } from './docx-fixtures';
import { makeCvDocx } from './index';

const XSS = '<script>alert(1)</script>';
const LONG = 'Jeg liker å jobbe med mennesker og dyr. '.repeat(60).trim();

function fixture(over: Partial<ConventionalCv> = {}): ConventionalCv {
	return {
		locale: 'nb',
		name: 'Nora Ødegård Å',
		title: 'CV – Nora Ødegård Å',
		day: '2026-11-26',
		contact: ['Telefon: 900 00 000', 'E-post: nora@example.no', `Adresse: ${XSS}`],
		sections: [
			{ title: 'Om meg', items: [{ text: `Jeg er blid og øver på å lære. ${XSS}\nJeg heter "Nora" & liker <tegning>.` }] },
			{
				title: 'Arbeidserfaring',
				items: [
					{ title: 'Bærum kantine', meta: 'Jobbsmak, august 2025', text: 'Jeg vasket opp og dekket bord.' },
					{ title: `Butikk ${XSS}`, meta: '"&<>', text: LONG }
				]
			},
			{ title: 'Utdanning', items: [] },
			{ title: 'Referanser', items: [{ text: '   ' }] },
			{ title: 'Interesser', items: [{ title: 'Hest', text: 'Jeg rir hver\u0007 lørdag.' }] }
		],
		...over
	};
}

/** Each paragraph's text and style, in order, read straight from word/document.xml. */
function paragraphs(xml: string): { style?: string; text: string; bold: boolean; color?: string }[] {
	return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body = '']) => ({
		style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
		text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(''),
		bold: /<w:r>\s*<w:rPr>[^]*?<w:b\/>/.test(body),
		color: /<w:r>\s*<w:rPr>[^]*?<w:color w:val="([0-9A-Fa-f]{6})"\/>/.exec(body)?.[1]
	}));
}

describe('makeCvDocx', () => {
	it('makes a Word file with the Office zip parts', async () => {
		const blob = await makeCvDocx(fixture());
		expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		const files = await unzip(blob);
		expect(files.names).toEqual(
			expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml'])
		);
		expect(files.part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
	});

	it('passes `unzip -t` (the zip is whole)', async ({ skip }) => {
		if (!existsSync('/usr/bin/unzip')) skip();
		const dir = mkdtempSync(join(tmpdir(), 'jv-docx-'));
		try {
			const file = join(dir, 'cv.docx');
			writeFileSync(file, new Uint8Array(await (await makeCvDocx(fixture())).arrayBuffer()));
			const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
			expect(out).toContain('No errors detected');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('has the name as Title, the contact lines, and one Heading 1 per section with content', async () => {
		const doc = paragraphs((await unzip(await makeCvDocx(fixture()))).part('word/document.xml'));
		expect(doc[0]).toMatchObject({ style: 'Title', text: 'Nora Ødegård Å' });
		expect(doc.slice(1, 4).map((p) => p.text)).toEqual(['Telefon: 900 00 000', 'E-post: nora@example.no', `Adresse: ${XSS}`]);
		const headings = doc.filter((p) => p.style === 'Heading1').map((p) => p.text);
		// "Utdanning" has no items and "Referanser" only blank text: both are left out.
		expect(headings).toEqual(['Om meg', 'Arbeidserfaring', 'Interesser']);
		expect(doc.some((p) => p.text.includes('Utdanning') || p.text.includes('Referanser'))).toBe(false);
	});

	it('writes item titles bold, meta in grey and text as normal paragraphs', async () => {
		const doc = paragraphs((await unzip(await makeCvDocx(fixture()))).part('word/document.xml'));
		const at = doc.findIndex((p) => p.text === 'Bærum kantine');
		expect(doc[at]).toMatchObject({ bold: true, style: undefined });
		expect(doc[at + 1]).toMatchObject({ text: 'Jobbsmak, august 2025', color: '595959', bold: false });
		expect(doc[at + 2]).toMatchObject({ text: 'Jeg vasket opp og dekket bord.', style: undefined, bold: false });
		// A new line in the person's text is a new paragraph.
		const about = doc.findIndex((p) => p.text.startsWith('Jeg er blid'));
		expect(doc[about + 1]?.text).toBe('Jeg heter "Nora" & liker <tegning>.');
		// Long text is kept whole.
		expect(doc.some((p) => p.text === LONG)).toBe(true);
		// Control characters that Word refuses are dropped.
		expect(doc.some((p) => p.text === 'Jeg rir hver lørdag.')).toBe(true);
	});

	it('escapes script text and "&<> so it stays text', async () => {
		const xml = (await unzip(await makeCvDocx(fixture()))).part('word/document.xml');
		expect(xml).not.toMatch(/<script/i);
		expect(xml).not.toContain('<tegning>');
		expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(xml).toContain('&amp;');
		// Every "<" in the body opens a Word element, never the person's text.
		for (const tag of xml.matchAll(/<\/?([A-Za-z0-9:?]+)/g)) expect(tag[1]).toMatch(/^(\?xml|[a-z0-9]+:[A-Za-z0-9]+)$/);
		const texts = paragraphs(xml).map((p) => p.text);
		expect(texts).toContain(`Butikk ${XSS}`);
		expect(texts).toContain('"&<>');
	});

	it('uses real heading styles that Word navigates: Heading 1 with outline level', async () => {
		const styles = (await unzip(await makeCvDocx(fixture()))).part('word/styles.xml');
		const heading = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
		expect(heading).toContain('<w:name w:val="Heading 1"/>');
		expect(heading).toContain('<w:outlineLvl w:val="0"/>');
		expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Title">/);
	});

	it('sets the font, 12 pt body text and names a sans-serif fallback without embedding', async () => {
		const files = await unzip(await makeCvDocx(fixture()));
		const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(files.part('word/styles.xml'))?.[0] ?? '';
		expect(defaults).toContain('w:ascii="Atkinson Hyperlegible Next"');
		expect(defaults).toContain('<w:sz w:val="24"/>');
		expect(files.part('word/fontTable.xml')).toMatch(
			/<w:font w:name="Atkinson Hyperlegible Next"><w:altName w:val="Arial"\/><w:family w:val="swiss"\/>/
		);
		expect(files.part('word/fontTable.xml')).not.toContain('embed');
		expect(files.names.some((name) => name.startsWith('word/fonts/'))).toBe(false);
	});

	it.each([
		['nb', 'nb-NO'],
		['nn', 'nn-NO'],
		['en', 'en-GB']
	] as const)('sets the document language for %s to %s', async (locale, lang) => {
		const styles = (await unzip(await makeCvDocx(fixture({ locale })))).part('word/styles.xml');
		const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
		expect(defaults).toContain(`<w:lang w:val="${lang}"/>`);
	});

	it('sets the title "CV – <name>" and the creator in the core properties', async () => {
		const core = (await unzip(await makeCvDocx(fixture({ name: 'Åse "Ø" <b>', title: 'CV – Åse "Ø" <b>' })))).part('docProps/core.xml');
		const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '';
		expect(unescapeXml(title)).toBe('CV – Åse "Ø" <b>');
		expect(core).toContain('<dc:creator>Jobbvei</dc:creator>');
		expect(core).not.toContain('Un-named');
	});

	it('loads the docx library only by a dynamic import (never in the start screen)', () => {
		const entry = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
		expect(entry).not.toMatch(/^\s*import\s[^(]*from\s+['"](docx|\.\/lazy-docx)['"]/m);
		expect(entry).toContain("await import('./lazy-docx')");
	});

	it('makes a valid file for a CV with nothing but a name', async () => {
		const doc = paragraphs((await unzip(await makeCvDocx(fixture({ contact: [], sections: [] })))).part('word/document.xml'));
		expect(doc).toEqual([expect.objectContaining({ style: 'Title', text: 'Nora Ødegård Å' })]);
	});
});
