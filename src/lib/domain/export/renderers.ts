import type { ConventionalCv, ExportDocument } from './document';

/**
 * The file makers, each loaded only when the person asks for a file: the PDF and Word libraries are
 * large and must never be in the start screen's JS or the install's precache; the app caches them in
 * the background after the install (src/lib/pwa/export-cache.ts). If a chunk still cannot be loaded
 * (offline before that finished), the promise rejects and the screen offers "Skriv ut" instead.
 */
export async function easyReadPdf(doc: ExportDocument): Promise<Blob> {
	const { makeEasyReadPdf } = await import('$lib/domain/export/pdf');
	return makeEasyReadPdf(doc);
}

export async function cvPdf(cv: ConventionalCv): Promise<Blob> {
	const { makeCvPdf } = await import('$lib/domain/export/pdf');
	return makeCvPdf(cv);
}

export async function cvDocx(cv: ConventionalCv): Promise<Blob> {
	const { makeCvDocx } = await import('$lib/domain/export/docx');
	return makeCvDocx(cv);
}
