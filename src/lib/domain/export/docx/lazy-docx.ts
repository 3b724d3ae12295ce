// Loaded only by a dynamic import from ./index.ts: it pulls in the `docx` library (see index.ts).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ConventionalCv } from '../document';
import { languageTag } from '$lib/i18n/locale';

/** The app's font. Not embedded: Word and LibreOffice use the sans-serif fallback when it is missing. */
export const DOCX_FONT = 'Atkinson Hyperlegible Next';
/** The fallback named in the font table (`w:altName`), with the family "swiss" (= sans-serif). */
export const DOCX_FALLBACK_FONT = 'Arial';

/** Half-points: 12 pt body text. */
const BODY_SIZE = 24;
/** Dark grey for dates and kinds: 7:1 contrast on white, so it stays readable. */
const META_GREY = '595959';
const INK = '1A1A1A';
/** Characters that XML 1.0 does not allow, even escaped: Word refuses a file with them. */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function clean(text: string): string {
	return text.replace(XML_ILLEGAL, '').trim();
}

/** Lines the person typed on their own line stay their own paragraph. */
function paragraphsOf(text: string): string[] {
	return clean(text.replace(/\r\n?/g, '\n'))
		.split(/\n+/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** The font table names the fallback, so the font is never embedded and the text never turns serif. */
function fontTableXml(): string {
	const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		`<w:fonts xmlns:w="${w}">` +
		`<w:font w:name="${DOCX_FONT}"><w:altName w:val="${DOCX_FALLBACK_FONT}"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
		`<w:font w:name="${DOCX_FALLBACK_FONT}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
		'</w:fonts>'
	);
}

export function cvDocxDocument(cv: ConventionalCv): Document {
	const lang = languageTag(cv.locale);
	const name = clean(cv.name);
	const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(name)] })];

	for (const line of cv.contact.map(clean).filter((l) => l !== '')) {
		children.push(new Paragraph({ children: [new TextRun(line)], spacing: { after: 0 } }));
	}

	for (const section of cv.sections) {
		const items = section.items
			.map((item) => ({ title: clean(item.title ?? ''), meta: clean(item.meta ?? ''), texts: paragraphsOf(item.text) }))
			.filter((item) => item.title !== '' || item.meta !== '' || item.texts.length > 0);
		// An empty section is left out: no heading with nothing under it.
		if (items.length === 0) continue;
		children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(section.title))] }));
		for (const item of items) {
			const hasBody = item.meta !== '' || item.texts.length > 0;
			if (item.title !== '') {
				children.push(
					new Paragraph({
						keepNext: hasBody,
						spacing: { before: 160, after: 0 },
						children: [new TextRun({ text: item.title, bold: true })]
					})
				);
			}
			if (item.meta !== '') {
				children.push(
					new Paragraph({
						keepNext: item.texts.length > 0,
						spacing: { after: 40 },
						children: [new TextRun({ text: item.meta, color: META_GREY })]
					})
				);
			}
			for (const text of item.texts) children.push(new Paragraph({ children: [new TextRun(text)] }));
		}
	}

	return new Document({
		title: clean(cv.title),
		creator: 'Jobbvei',
		lastModifiedBy: 'Jobbvei',
		styles: {
			default: {
				document: {
					run: { font: DOCX_FONT, size: BODY_SIZE, color: INK, language: { value: lang } },
					paragraph: { spacing: { after: 120, line: 300 } }
				},
				title: {
					name: 'Title',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: { font: DOCX_FONT, size: 48, bold: true, color: INK },
					paragraph: { spacing: { after: 120 } }
				},
				heading1: {
					name: 'Heading 1',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: { font: DOCX_FONT, size: 32, bold: true, color: '0B4F8A' },
					paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } }
				}
			}
		},
		sections: [
			{
				properties: {
					// A4 with 2.5 cm margins, as Norwegian letters and CVs usually are.
					page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } }
				},
				children
			}
		]
	});
}

/** Builds the .docx file. Only called through makeCvDocx (index.ts). */
export async function buildCvDocx(cv: ConventionalCv): Promise<Blob> {
	const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }];
	const blob = await Packer.toBlob(cvDocxDocument(cv), false, overrides);
	return new Blob([blob], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
