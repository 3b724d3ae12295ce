import type { jsPDF as JsPdf } from 'jspdf';
import { m } from '$lib/paraglide/messages';
import { quoteMarks, type Locale } from '$lib/i18n/locale';
import type { ConventionalCv, ExportDocument } from '../document';
import { layoutCv, layoutEasyRead } from './layout';
import { createPdf, drawPdf, type PdfFonts, type PdfPictures } from './render';

/** Both PDFs from their documents, with jsPDF, fonts and pictures handed in (the browser's or a test's). */

export const pageLabel = (locale: Locale) => (page: number, total: number) => m.export_pdf_page({ page, total }, { locale });

export async function renderEasyRead(JsPdfClass: typeof JsPdf, fonts: PdfFonts, doc: ExportDocument, pictures: PdfPictures = {}): Promise<Blob> {
	const start = performance.now();
	const { pdf, measure } = createPdf(JsPdfClass, fonts);
	const pages = layoutEasyRead(doc, measure, { pageLabel: pageLabel(doc.locale), quotes: quoteMarks(doc.locale) });
	performance.measure('jv-pdf-layout', { start });
	return drawPdf(pdf, pages, { title: doc.title, author: doc.name, locale: doc.locale }, pictures);
}

export async function renderCv(JsPdfClass: typeof JsPdf, fonts: PdfFonts, cv: ConventionalCv): Promise<Blob> {
	const { pdf, measure } = createPdf(JsPdfClass, fonts);
	const pages = layoutCv(cv, measure, pageLabel(cv.locale));
	return drawPdf(pdf, pages, { title: cv.title, author: cv.name, locale: cv.locale });
}
