import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { LOCALES, languageTag } from '$lib/i18n/locale';
import type { DocLine, ExportDocument } from '../document';
import { XSS, easyReadFixture } from '../pdf/fixtures';
import { buildEasyReadDocx, devicePhoto, type DocxPhoto } from './easy-read-docx';
import { unescapeXml, unzipDocx as unzip } from './docx-fixtures';
import { makeEasyReadDocx } from './index';

/** The head of an 8 × 6 JPEG: Word is handed the bytes as they are, and only the size is read here. */
const JPEG = (() => {
	const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array.from({ length: 14 }, () => 0)];
	const frame = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 6, 0x00, 8, 0x03, ...Array.from({ length: 9 }, () => 0)];
	return new Uint8Array([0xff, 0xd8, ...app0, ...frame, 0xff, 0xd9]);
})();

/** Each paragraph's style, whether it is in a list, its text (line breaks as "\n") and its runs. */
function paragraphs(xml: string) {
	return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body = '']) => ({
		style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
		listed: body.includes('<w:numPr>'),
		text: [...body.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1] ?? ''))).join(''),
		runs: [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r = '']) => ({
			text: unescapeXml(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(r)?.[1] ?? ''),
			lang: /<w:lang w:val="([^"]+)"\/>/.exec(r)?.[1],
			bold: r.includes('<w:b/>'),
			italic: r.includes('<w:i/>'),
			image: r.includes('<w:drawing>')
		}))
	}));
}

const documentXml = async (doc: ExportDocument) => (await unzip(await makeEasyReadDocx(doc))).part('word/document.xml');

describe('makeEasyReadDocx', () => {
	it('makes a whole Word file', async ({ skip }) => {
		const blob = await makeEasyReadDocx(easyReadFixture());
		expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		const files = await unzip(blob);
		expect(files.names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
		if (!existsSync('/usr/bin/unzip')) skip();
		const dir = mkdtempSync(join(tmpdir(), 'jv-easy-docx-'));
		try {
			writeFileSync(join(dir, 'doc.docx'), new Uint8Array(await blob.arrayBuffer()));
			expect(execFileSync('unzip', ['-t', join(dir, 'doc.docx')], { encoding: 'utf8' })).toContain('No errors detected');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('has the title, a Heading 1 per section, a Heading 2 per group and the lines as a bulleted list', async () => {
		const doc = paragraphs(await documentXml(easyReadFixture(2)));
		expect(doc[0]).toMatchObject({ style: 'Title', text: 'CV og plan – Nora' });
		expect(doc[1]).toMatchObject({ text: 'torsdag 26. november 2026', listed: false });
		expect(doc.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Om meg', 'CV']);
		expect(doc.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Det folk liker ved meg', 'Jobb']);
		const lines = doc.filter((p) => p.listed);
		expect(lines).toHaveLength(4);
		// The list is Word's own: a numbering definition with a bullet, not a "•" typed into the text.
		expect(doc.some((p) => p.text.includes('•'))).toBe(false);
		const numbering = (await unzip(await makeEasyReadDocx(easyReadFixture()))).part('word/numbering.xml');
		expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
	});

	it('writes a line’s title bold, its meta, who said it in italics and the person’s own words as a quote', async () => {
		const doc = paragraphs(await documentXml(easyReadFixture(1)));
		const own = doc.find((p) => p.text.includes('Jeg er blid'))!;
		expect(own).toMatchObject({ style: 'Quote', listed: true, text: '«Jeg er blid og møter opp i tide.»' });
		const said = doc.find((p) => p.text.includes('Nora hjelper andre'))!;
		expect(said.text).toBe(`Nora hjelper andre. ${XSS}\nKari (forelder) skrev dette`);
		expect(said.runs.at(-1)).toMatchObject({ text: 'Kari (forelder) skrev dette', italic: true });
		expect(said.runs[0]).toMatchObject({ italic: false });
		const job = doc.find((p) => p.text.startsWith('Kafé Blåbær 1'))!;
		expect(job.text).toBe('Kafé Blåbær 1\nJobb, august 2025\nJeg vasket bord og laget kaffe. Jeg likte å snakke med gjestene. Æ, ø og å går fint.');
		expect(job.runs.map((r) => r.bold)).toEqual([true, false, false]);
	});

	it.each(LOCALES.map((l) => [l, languageTag(l)]))('says the language %s (%s) on every run, in the styles and the properties', async (locale, tag) => {
		const files = await unzip(await makeEasyReadDocx({ ...easyReadFixture(), locale }));
		const runs = paragraphs(files.part('word/document.xml')).flatMap((p) => p.runs);
		expect(runs.length).toBeGreaterThan(5);
		for (const r of runs) expect(r.lang, r.text).toBe(tag);
		expect(files.part('word/styles.xml')).toContain(`<w:lang w:val="${tag}"/>`);
		expect(files.part('docProps/core.xml')).toContain(`<dc:language>${tag}</dc:language>`);
	});

	it('sets the title in the core properties, escaped', async () => {
		const core = (await unzip(await makeEasyReadDocx({ ...easyReadFixture(), title: 'Jobbvei – Åse "Ø" <b> & co' }))).part('docProps/core.xml');
		expect(unescapeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '')).toBe('Jobbvei – Åse "Ø" <b> & co');
		expect(core).not.toContain('Un-named');
	});

	it('puts in the chosen photos at a sensible size, with their description, and leaves out those it cannot read', async () => {
		const doc: ExportDocument = {
			...easyReadFixture(1),
			photo: { mediaId: 'me', alt: 'Et bilde av Nora' },
			sections: [{ part: 'trials', title: 'Kiwi', symbol: 'doc_work', groups: [{ lines: [{ text: 'Jeg fylte hyller.' }], photos: [{ mediaId: 'shop', alt: 'Bilde fra jobbsmaken' }, { mediaId: 'gone', alt: 'x' }] }] }]
		};
		const big: DocxPhoto = { data: JPEG, width: 4000, height: 3000 };
		const files = await unzip(await buildEasyReadDocx(doc, async (id) => (id === 'gone' ? undefined : big)));
		const xml = files.part('word/document.xml');
		expect(paragraphs(xml).filter((p) => p.runs.some((r) => r.image))).toHaveLength(2);
		expect(files.names.filter((n) => n.startsWith('word/media/'))).toHaveLength(2);
		expect(xml).toContain('descr="Et bilde av Nora"');
		// 8 cm wide at most (300 px at 96 dpi = 2857500 EMU), the person's own photo smaller.
		const widths = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]));
		expect(Math.max(...widths)).toBeLessThanOrEqual(2857500);
		expect(Math.min(...widths)).toBeLessThan(Math.max(...widths));
	});

	it('reads a JPEG photo from the device, and leaves out what is not a JPEG', async () => {
		const p = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const jpeg = await saveVoiceAnswer(p.id, 'about/photo', { bytes: JPEG.slice().buffer, type: 'image/jpeg' }, { kind: 'self' });
		const png = await saveVoiceAnswer(p.id, 'about/photo2', { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer, type: 'image/png' }, { kind: 'self' });
		expect(await devicePhoto(jpeg.mediaId)).toMatchObject({ width: 8, height: 6 });
		expect(await devicePhoto(png.mediaId)).toBeUndefined();
		expect(await devicePhoto('nothing')).toBeUndefined();
	});

	it('every line’s text is in the file, escaped, whatever the person wrote', async () => {
		const text = fc
			.string({ unit: fc.constantFrom(...'abcæøåÆØÅ <>&"\'–«»é'.split('')), minLength: 1, maxLength: 30 })
			.filter((t) => t.trim() !== '');
		const line: fc.Arbitrary<DocLine> = fc.record(
			{ text, title: text, meta: text, by: text, own: fc.boolean() },
			{ requiredKeys: ['text'] }
		);
		const doc: fc.Arbitrary<ExportDocument> = fc.record({
			locale: fc.constantFrom(...LOCALES),
			title: text,
			name: text,
			day: fc.constant('2026-11-26'),
			dateText: fc.constant('26. november 2026'),
			sections: fc.array(
				fc.record({
					part: fc.constant('about' as const),
					title: text,
					symbol: fc.constant('doc_me' as const),
					groups: fc.array(fc.record({ heading: text, lines: fc.array(line, { minLength: 1, maxLength: 4 }), photos: fc.constant([]) }), { minLength: 1, maxLength: 3 })
				}),
				{ minLength: 1, maxLength: 3 }
			)
		});
		await fc.assert(
			fc.asyncProperty(doc, async (d) => {
				const xml = await documentXml(d);
				// No text of the person's ever opens an element.
				for (const tag of xml.matchAll(/<\/?([A-Za-z0-9:?]+)/g)) expect(tag[1]).toMatch(/^(\?xml|[a-z0-9]+:[A-Za-z0-9]+)$/);
				const all = paragraphs(xml).map((p) => p.text).join('\n');
				for (const l of d.sections.flatMap((s) => s.groups.flatMap((g) => g.lines))) {
					for (const part of [l.text, l.title, l.meta, l.by]) if (part !== undefined) expect(all).toContain(part.trim());
				}
				const listed = paragraphs(xml).filter((p) => p.listed).length;
				expect(listed).toBe(d.sections.flatMap((s) => s.groups.flatMap((g) => g.lines)).length);
			}),
			{ numRuns: 40 }
		);
	});
});
