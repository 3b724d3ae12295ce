import type { ConventionalCv, ExportDocument } from '../document';

/**
 * The Word files (.docx) a professional can edit: the conventional CV (name as Title, the contact
 * lines, then one real "Heading 1" per section) and the easy-read document (./easy-read-docx.ts), so
 * NAV can restyle them and screen readers can jump between the parts.
 *
 * The `docx` library is big, so it is only loaded here, when the person exports — never in the start
 * screen's JavaScript. Vite puts ./lazy-docx.ts (which holds both makers) and the library into one
 * hash-named chunk of its own; vite.config.ts finds it by module path (anything under export/docx/),
 * so it is not in the install's precache; the app caches it in the background just after the install
 * (src/lib/pwa/export-cache.ts), so it works offline too.
 */
export async function makeCvDocx(cv: ConventionalCv): Promise<Blob> {
	const { buildCvDocx } = await import('./lazy-docx');
	return buildCvDocx(cv);
}

/** The easy-read document the preview showed, with the person's chosen photos. */
export async function makeEasyReadDocx(doc: ExportDocument): Promise<Blob> {
	const { buildEasyReadDocx } = await import('./lazy-docx');
	return buildEasyReadDocx(doc);
}
