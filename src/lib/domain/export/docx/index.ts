import type { ConventionalCv } from '../document';

/**
 * The conventional CV as a Word file (.docx) that a professional can edit: name as Title, the contact
 * lines, then one real "Heading 1" per section, so NAV can restyle it and screen readers can jump
 * between the parts.
 *
 * The `docx` library is big, so it is only loaded here, when the person exports — never in the start
 * screen's JavaScript. Vite puts ./lazy-docx.ts and the library into one hash-named chunk of its own;
 * vite.config.ts finds it by module path, so it is not in the install's precache; the app caches it
 * in the background just after the install (src/lib/pwa/export-cache.ts), so it works offline too.
 */
export async function makeCvDocx(cv: ConventionalCv): Promise<Blob> {
	const { buildCvDocx } = await import('./lazy-docx');
	return buildCvDocx(cv);
}
