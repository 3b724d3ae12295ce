// Loaded only through ./lazy-docx.ts (see index.ts): what both Word files share, so the CV and the
// easy-read document look like one family and a professional who edits them finds the same styles.
import { Packer, type Document, type IStylesOptions } from 'docx';

/** The app's font. Not embedded: Word and LibreOffice use the sans-serif fallback when it is missing. */
export const DOCX_FONT = 'Atkinson Hyperlegible Next';
/** The fallback named in the font table (`w:altName`), with the family "swiss" (= sans-serif). */
export const DOCX_FALLBACK_FONT = 'Arial';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Half-points: 12 pt body text. */
export const BODY_SIZE = 24;
/** Dark grey for dates and kinds: 7:1 contrast on white, so it stays readable. */
export const META_GREY = '595959';
export const INK = '1A1A1A';
const HEADING_BLUE = '0B4F8A';

/** Characters that XML 1.0 does not allow, even escaped: Word refuses a file with them. */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function clean(text: string): string {
	return text.replace(XML_ILLEGAL, '').trim();
}

/** Lines the person typed on their own line stay their own paragraph (or line). */
export function paragraphsOf(text: string): string[] {
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

/** Body text, Title and Heading 1 (and Heading 2 when asked): real styles, so Word's navigation and a screen reader can jump between parts. */
export function baseStyles(lang: string, withHeading2 = false): NonNullable<IStylesOptions['default']> {
	const heading = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const;
	return {
		document: {
			run: { font: DOCX_FONT, size: BODY_SIZE, color: INK, language: { value: lang } },
			paragraph: { spacing: { after: 120, line: 300 } }
		},
		title: { name: 'Title', ...heading, run: { font: DOCX_FONT, size: 48, bold: true, color: INK }, paragraph: { spacing: { after: 120 } } },
		heading1: {
			name: 'Heading 1',
			...heading,
			run: { font: DOCX_FONT, size: 32, bold: true, color: HEADING_BLUE },
			paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } }
		},
		...(withHeading2
			? {
					heading2: {
						name: 'Heading 2',
						...heading,
						run: { font: DOCX_FONT, size: 28, bold: true, color: INK },
						paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } }
					}
				}
			: {})
	};
}

/** A4 with 2.5 cm margins, as Norwegian letters and CVs usually are. */
export const A4_PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } };

/** The .docx file, with the font table that names the fallback and any other parts replaced. */
export async function packDocx(document: Document, extra: { path: string; data: string }[] = []): Promise<Blob> {
	const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }, ...extra];
	const blob = await Packer.toBlob(document, false, overrides);
	return new Blob([blob], { type: DOCX_TYPE });
}
