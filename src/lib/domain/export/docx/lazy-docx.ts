// Loaded only by a dynamic import from ./index.ts: it pulls in the `docx` library (see index.ts).
import { Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { ConventionalCv } from '../document';
import { languageTag } from '$lib/i18n/locale';
import { A4_PAGE, META_GREY, baseStyles, clean, packDocx, paragraphsOf } from './docx-style';

export { buildEasyReadDocx } from './easy-read-docx';

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
		styles: { default: baseStyles(lang) },
		sections: [{ properties: { page: A4_PAGE }, children }]
	});
}

/** Builds the .docx file. Only called through makeCvDocx (index.ts). */
export function buildCvDocx(cv: ConventionalCv): Promise<Blob> {
	return packDocx(cvDocxDocument(cv));
}
