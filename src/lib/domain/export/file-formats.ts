import { m } from '$lib/paraglide/messages';
import { safeFileName } from '$lib/files/file-name';
import type { SymbolId } from '$lib/symbols/registry';
import type { ConventionalCv, ExportDocument } from './document';

/**
 * The files an export can become, one entry each: what it is made from (the easy-read document the
 * preview shows, or the ordinary CV for employers and NAV), its name and type, its button, and its
 * maker. Adding a format is one entry here, its maker module and its button text in the catalogues.
 *
 * Each maker is loaded only when the person asks for that file: the PDF and Word libraries are large
 * and must never be in the start screen's JS or the install's precache; the app caches them in the
 * background after the install (src/lib/pwa/export-cache.ts). If a maker still cannot be loaded
 * (offline before that finished), the promise rejects and the screen offers "Skriv ut" instead.
 */
interface Format<From extends 'document' | 'cv'> {
	from: From;
	/** After the person's name in the file name: "Nora-Jobbvei-2026-11-26.pdf". */
	stem: 'Jobbvei' | 'CV';
	extension: string;
	type: string;
	label: () => string;
	symbol: SymbolId;
	make: (input: From extends 'document' ? ExportDocument : ConventionalCv) => Promise<Blob>;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const FILE_FORMATS = {
	easy_pdf: {
		from: 'document',
		stem: 'Jobbvei',
		extension: 'pdf',
		type: PDF,
		label: () => m.export_make_pdf(),
		symbol: 'doc_share',
		make: async (doc) => (await import('$lib/domain/export/pdf')).makeEasyReadPdf(doc)
	} satisfies Format<'document'>,
	easy_docx: {
		from: 'document',
		stem: 'Jobbvei',
		extension: 'docx',
		type: DOCX,
		label: () => m.export_make_docx(),
		// A pencil: the Word file is the one a helper can change and build on.
		symbol: 'ui_edit',
		make: async (doc) => (await import('$lib/domain/export/docx')).makeEasyReadDocx(doc)
	} satisfies Format<'document'>,
	cv_pdf: {
		from: 'cv',
		stem: 'CV',
		extension: 'pdf',
		type: PDF,
		label: () => m.export_cv_pdf(),
		symbol: 'doc_cv',
		make: async (cv) => (await import('$lib/domain/export/pdf')).makeCvPdf(cv)
	} satisfies Format<'cv'>,
	cv_docx: {
		from: 'cv',
		stem: 'CV',
		extension: 'docx',
		type: DOCX,
		label: () => m.export_cv_docx(),
		symbol: 'doc_cv',
		make: async (cv) => (await import('$lib/domain/export/docx')).makeCvDocx(cv)
	} satisfies Format<'cv'>
};

export type FileKind = keyof typeof FILE_FORMATS;
export const FILE_KINDS = Object.keys(FILE_FORMATS) as FileKind[];

/** The makers by kind; a test hands in its own. */
export type FileMakers = { [K in FileKind]: (typeof FILE_FORMATS)[K]['make'] };

/** Made from the easy-read document, or (only when the CV goes in) from the ordinary CV. */
export function formatsFrom(from: 'document' | 'cv'): FileKind[] {
	return FILE_KINDS.filter((kind) => FILE_FORMATS[kind].from === from);
}

/** "Nora-Jobbvei-2026-11-26.pdf", "Nora-Jobbvei-2026-11-26.docx", "Nora-CV-2026-11-26.pdf", "Nora-CV-2026-11-26.docx". */
export function exportFileName(name: string, kind: FileKind, day: string): string {
	const format = FILE_FORMATS[kind];
	return `${safeFileName(name)}-${format.stem}-${day}.${format.extension}`;
}
