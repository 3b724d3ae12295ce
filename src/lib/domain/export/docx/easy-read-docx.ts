// Loaded only through ./lazy-docx.ts (see index.ts): it pulls in the `docx` library.
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Paragraph, TextRun, type IRunOptions } from 'docx';
import { getMedia } from '$lib/media/media-store';
import { languageTag, quoteMarks } from '$lib/i18n/locale';
import { photoIdsOf, type DocLine, type DocPhoto, type DocSection, type ExportDocument } from '../document';
import { jpegSize } from '../pdf/jpeg-size';
import { A4_PAGE, INK, META_GREY, baseStyles, clean, packDocx, paragraphsOf } from './docx-style';

/**
 * The easy-read document as a Word file a helper, NAV or the municipality can edit and build on: the
 * same sections and lines as the preview, with real structure (Title, Heading 1 per section, Heading 2
 * per group, a bulleted list for the lines), so Word's navigation pane and a screen reader find their
 * way. Who said a line stays with it, in italics; the person's own words are a quote.
 *
 * The symbols are left out: Word needs a second picture format for each one, and the easy-read PDF is
 * the file that carries them. The person's chosen photos go in (they are stored as JPEG).
 */

/** A photo ready for Word: its JPEG bytes and size in pixels. */
export interface DocxPhoto {
	data: Uint8Array;
	width: number;
	height: number;
}
export type DocxPhotoLoader = (mediaId: string) => Promise<DocxPhoto | undefined>;

/** The bulleted list every line belongs to: a numbering definition, so Word knows it is a list. */
const LINES = 'jv-lines';
const QUOTE = 'Quote';
/** Pixels at 96 dpi: the person's own photo about 5 cm wide, the others up to 8 × 6 cm. */
const PERSON_BOX = { width: 190, height: 190 };
const PHOTO_BOX = { width: 300, height: 225 };

/**
 * A photo from the device. Photos are stored as JPEG (photo preparation makes them so); anything else
 * is left out of Word rather than redrawn, and still shows in the PDF and the preview.
 */
export async function devicePhoto(mediaId: string): Promise<DocxPhoto | undefined> {
	const media = await getMedia(mediaId);
	if (!media || !/^image\/jpe?g$/.test(media.type)) return undefined;
	const data = new Uint8Array(media.bytes);
	const size = jpegSize(data);
	return size ? { data, ...size } : undefined;
}

function fit(photo: DocxPhoto, box: { width: number; height: number }): { width: number; height: number } {
	const scale = Math.min(1, box.width / photo.width, box.height / photo.height);
	return { width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)) };
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Core properties with the document's language as well, which the library does not write. */
function corePropertiesXml(title: string, creator: string, lang: string, now: string): string {
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
		`<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator><dc:language>${lang}</dc:language>` +
		'<cp:lastModifiedBy>Jobbvei</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
		`<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
		'</cp:coreProperties>'
	);
}

/** Builds the Word document from the document the preview showed, with the photos already loaded. */
export function easyReadDocxDocument(doc: ExportDocument, photos: ReadonlyMap<string, DocxPhoto> = new Map()): Document {
	const lang = languageTag(doc.locale);
	const [open, close] = quoteMarks(doc.locale);
	// Every run says its language, so a spelling check and a screen reader read it right even when
	// the text is copied into a document in another language.
	const run = (text: string, extra: Omit<IRunOptions, 'text' | 'language'> = {}) => new TextRun({ ...extra, text, language: { value: lang } });

	const picture = (photo: DocPhoto, box: { width: number; height: number }): Paragraph[] => {
		const loaded = photos.get(photo.mediaId);
		if (!loaded) return [];
		const alt = clean(photo.alt);
		const image = new ImageRun({ type: 'jpg', data: loaded.data, transformation: fit(loaded, box), altText: { name: alt, title: alt, description: alt } });
		return [new Paragraph({ spacing: { before: 120, after: 120 }, children: [image] })];
	};

	const line = (l: DocLine): Paragraph | undefined => {
		const title = clean(l.title ?? '');
		const meta = clean(l.meta ?? '');
		const texts = paragraphsOf(l.text);
		const by = clean(l.by ?? '');
		const runs: TextRun[] = [];
		const next = () => (runs.length > 0 ? { break: 1 } : {});
		if (title) runs.push(run(title, { bold: true }));
		if (meta) runs.push(run(meta, { ...next(), color: META_GREY }));
		texts.forEach((text, i) => runs.push(run(`${l.own && i === 0 ? open : ''}${text}${l.own && i === texts.length - 1 ? close : ''}`, next())));
		if (runs.length === 0) return undefined;
		if (by) runs.push(run(by, { break: 1, italics: true, color: META_GREY }));
		return new Paragraph({ numbering: { reference: LINES, level: 0 }, ...(l.own ? { style: QUOTE } : {}), children: runs });
	};

	const section = (s: DocSection): Paragraph[] => [
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(clean(s.title))] }),
		...s.groups.flatMap((g) => [
			...(g.heading ? [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(clean(g.heading))] })] : []),
			...g.lines.map(line).filter((p) => p !== undefined),
			...g.photos.flatMap((p) => picture(p, PHOTO_BOX))
		])
	];

	const children = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [run(clean(doc.title))] }),
		new Paragraph({ children: [run(clean(doc.dateText), { color: META_GREY })] }),
		...(doc.photo ? picture(doc.photo, PERSON_BOX) : []),
		...doc.sections.flatMap(section)
	];

	return new Document({
		title: clean(doc.title),
		creator: clean(doc.name),
		lastModifiedBy: 'Jobbvei',
		styles: {
			default: baseStyles(lang, true),
			paragraphStyles: [
				{
					id: QUOTE,
					name: 'Quote',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: { color: INK },
					// A bar at the start, as the preview marks the person's own words; not italic, which is for "who said it".
					paragraph: { border: { left: { style: 'single', size: 18, color: '0B4F8A', space: 8 } } }
				}
			]
		},
		numbering: {
			config: [
				{
					reference: LINES,
					levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }]
				}
			]
		},
		sections: [{ properties: { page: A4_PAGE }, children }]
	});
}

/** Builds the .docx file: loads the chosen photos, then the document. Only called through makeEasyReadDocx (index.ts). */
export async function buildEasyReadDocx(doc: ExportDocument, loadPhoto: DocxPhotoLoader = devicePhoto): Promise<Blob> {
	// A photo that cannot be read (gone, or not a JPEG) is left out; the rest of the file is still made.
	const loaded = await Promise.all(photoIdsOf(doc).map(async (id) => [id, await loadPhoto(id).catch(() => undefined)] as const));
	const photos = new Map(loaded.filter((entry): entry is readonly [string, DocxPhoto] => entry[1] !== undefined));
	const core = { path: 'docProps/core.xml', data: corePropertiesXml(clean(doc.title), clean(doc.name), languageTag(doc.locale), new Date().toISOString()) };
	return packDocx(easyReadDocxDocument(doc, photos), [core]);
}
