/**
 * Which built files the PDF and Word export needs, worked out from the client bundle at build time.
 *
 * The export libraries are big and only needed when a person exports, so they are not in the service
 * worker's install precache (the start of the install stays small). They are still needed offline from
 * the first day: a pupil who installs at school may make her first PDF at home without internet. So the
 * build writes the list of those files next to the app, and the app caches them in the background
 * once the service worker is installed (export-cache.ts).
 */

/** The list the build writes, relative to the site root; its entries are relative to the list itself. */
export const EXPORT_FILES_LIST = '_app/export-files.json';
/** The cache the export files are kept in; the service worker's runtime route for lazy files reads it. */
export const EXPORT_CACHE = 'jobbvei-export-libraries';

/** The export libraries Jobbvei uses: PDF, Word (and the zip writer Word files are made with). */
const EXPORT_LIBRARY = /[\\/]node_modules[\\/](jspdf|docx|jszip)[\\/]/;
/**
 * What jsPDF reaches by import() only for its .html() and SVG features, which Jobbvei never calls (the
 * PDF draws text and JPEGs itself). Lazy like the rest, but about 105 KB gzip that no export ever runs,
 * so they are not cached for offline.
 */
const NEVER_LOADED = /[\\/]node_modules[\\/](html2canvas|dompurify|canvg)[\\/]/;
/** Jobbvei's own PDF and Word code: useless without the libraries above, so it is loaded with them. */
const EXPORT_RENDERERS = /[\\/]src[\\/]lib[\\/]domain[\\/]export[\\/](pdf|docx)[\\/]/;
/** The component example pages (/dev/…) drive the UI kit's tests; they are not part of the app people install. */
const TEST_PAGES = /[\\/]src[\\/]routes[\\/]dev[\\/]/;

/** What the build step needs to know about one output chunk (a part of Rollup's OutputChunk). */
export interface BuiltChunk {
	fileName: string;
	moduleIds: readonly string[];
	imports: readonly string[];
	dynamicImports: readonly string[];
	isEntry: boolean;
	/** Files the chunk's code names by URL, e.g. the fonts imported with `?url`. */
	assets: readonly string[];
}

const holds = (chunk: BuiltChunk, pattern: RegExp) => chunk.moduleIds.some((id) => pattern.test(id));

/**
 * The chunks left out of the install precache: those holding export code or a test page, and every
 * chunk only reached through them.
 */
export function lazyChunks(chunks: readonly BuiltChunk[]): Set<string> {
	const lazy = new Set(chunks.filter((c) => [EXPORT_LIBRARY, NEVER_LOADED, EXPORT_RENDERERS, TEST_PAGES].some((p) => holds(c, p))).map((c) => c.fileName));
	const importers = new Map<string, string[]>();
	for (const c of chunks) for (const dep of [...c.imports, ...c.dynamicImports]) importers.set(dep, [...(importers.get(dep) ?? []), c.fileName]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const c of chunks) {
			const from = importers.get(c.fileName) ?? [];
			if (!lazy.has(c.fileName) && !c.isEntry && from.length > 0 && from.every((f) => lazy.has(f))) {
				lazy.add(c.fileName);
				grew = true;
			}
		}
	}
	return lazy;
}

/**
 * The files an export can load that the precache does not hold: every lazy chunk the app's screens
 * reach by import(), and what those chunks import in turn, with the fonts they name — but not the test
 * pages, nor the libraries jsPDF never loads for Jobbvei. Sorted, so the same build writes the same list.
 */
export function exportFiles(chunks: readonly BuiltChunk[], lazy: ReadonlySet<string>): string[] {
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const wanted = (name: string) => {
		const chunk = byName.get(name);
		if (chunk === undefined || !lazy.has(name) || holds(chunk, TEST_PAGES)) return false;
		// A chunk that also holds code an export runs is kept, whatever else the bundler put in it.
		return !holds(chunk, NEVER_LOADED) || holds(chunk, EXPORT_LIBRARY) || holds(chunk, EXPORT_RENDERERS);
	};
	// Where the app's precached code steps into the lazy part: the export screens' import() calls.
	const todo = chunks.filter((c) => !lazy.has(c.fileName)).flatMap((c) => c.dynamicImports.filter(wanted));
	const files = new Set<string>();
	while (todo.length > 0) {
		const name = todo.pop()!;
		if (files.has(name)) continue;
		files.add(name);
		const chunk = byName.get(name)!;
		for (const asset of chunk.assets) files.add(asset);
		todo.push(...[...chunk.imports, ...chunk.dynamicImports].filter(wanted));
	}
	return [...files].sort();
}
