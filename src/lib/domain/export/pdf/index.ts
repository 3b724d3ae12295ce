import type { ConventionalCv, ExportDocument } from '../document';

/**
 * The PDF files of "Del eller skriv ut": the easy-read PDF and the ordinary CV.
 * This file stays tiny: jsPDF (about 125 KB gzip) and the drawing code are loaded by `import()` only when
 * the person makes a PDF, so the start screen never pays for them (docs/toolchain.md, "Export libraries are loaded on first use").
 */

/** A4, large type, symbol left and text right, photos, "who said it", name, date and page numbers on every page. */
export async function makeEasyReadPdf(doc: ExportDocument): Promise<Blob> {
	const { easyReadPdf } = await import('./browser');
	return easyReadPdf(doc);
}

/** An ordinary Norwegian CV for employers and NAV: text only. */
export async function makeCvPdf(cv: ConventionalCv): Promise<Blob> {
	const { cvPdf } = await import('./browser');
	return cvPdf(cv);
}
