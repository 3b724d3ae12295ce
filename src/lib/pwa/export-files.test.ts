import { describe, expect, it } from 'vitest';
import { exportFiles, lazyChunks, type BuiltChunk } from './export-files';

const chunk = (fileName: string, moduleIds: string[], more: Partial<BuiltChunk> = {}): BuiltChunk => ({
	fileName,
	moduleIds: moduleIds.map((id) => `/app/${id}`),
	imports: [],
	dynamicImports: [],
	isEntry: false,
	assets: [],
	...more
});

const FONT = '_app/immutable/assets/atkinson-400.woff';

/** The shape of Jobbvei's client bundle: the export screen, the PDF and Word code behind import(), a test page. */
function bundle(): BuiltChunk[] {
	return [
		chunk('entry/app.js', ['node_modules/@sveltejs/kit/src/runtime/client/entry.js'], { isEntry: true, imports: ['chunks/svelte.js'], dynamicImports: ['nodes/5.js', 'nodes/9.js'] }),
		chunk('chunks/svelte.js', ['node_modules/svelte/src/index.js']),
		chunk('nodes/5.js', ['src/routes/export/+page.svelte'], { imports: ['chunks/svelte.js', 'chunks/file-formats.js'] }),
		chunk('chunks/file-formats.js', ['src/lib/domain/export/file-formats.ts'], { dynamicImports: ['chunks/pdf.js', 'chunks/docx.js'] }),
		chunk('chunks/pdf.js', ['src/lib/domain/export/pdf/index.ts'], { imports: ['chunks/svelte.js'], dynamicImports: ['chunks/pdf-browser.js'] }),
		chunk('chunks/pdf-browser.js', ['src/lib/domain/export/pdf/browser.ts'], { imports: ['chunks/symbols.js'], dynamicImports: ['chunks/jspdf.js'], assets: [FONT] }),
		// Not export code itself, but only reached through it.
		chunk('chunks/symbols.js', ['src/lib/symbols/registry.ts']),
		chunk('chunks/jspdf.js', ['node_modules/jspdf/dist/jspdf.es.min.js'], { imports: ['chunks/babel.js'], dynamicImports: ['chunks/html2canvas.js', 'chunks/purify.js', 'chunks/canvg.js'] }),
		chunk('chunks/babel.js', ['node_modules/@babel/runtime/helpers/esm/typeof.js']),
		chunk('chunks/html2canvas.js', ['node_modules/html2canvas/dist/html2canvas.esm.js'], { imports: ['chunks/babel.js'] }),
		chunk('chunks/purify.js', ['node_modules/dompurify/dist/purify.es.mjs']),
		chunk('chunks/canvg.js', ['node_modules/canvg/lib/index.es.js', 'node_modules/core-js/modules/es.promise.js'], { imports: ['chunks/jspdf.js'] }),
		chunk('chunks/docx.js', ['src/lib/domain/export/docx/index.ts'], { dynamicImports: ['chunks/lazy-docx.js'] }),
		chunk('chunks/lazy-docx.js', ['src/lib/domain/export/docx/lazy-docx.ts', 'node_modules/docx/dist/index.mjs', 'node_modules/jszip/lib/index.js']),
		chunk('nodes/9.js', ['src/routes/dev/components/+page.svelte'], { imports: ['chunks/svelte.js', 'chunks/dev-only.js', 'chunks/pdf.js'] }),
		chunk('chunks/dev-only.js', ['src/lib/ui/Example.svelte'])
	];
}

describe('lazyChunks (left out of the install precache)', () => {
	it('takes the export code, the libraries, the test pages and what only they reach; never the app itself', () => {
		expect([...lazyChunks(bundle())].sort()).toEqual(
			[
				'chunks/babel.js',
				'chunks/canvg.js',
				'chunks/dev-only.js',
				'chunks/docx.js',
				'chunks/html2canvas.js',
				'chunks/jspdf.js',
				'chunks/lazy-docx.js',
				'chunks/pdf-browser.js',
				'chunks/pdf.js',
				'chunks/purify.js',
				'chunks/symbols.js',
				'nodes/9.js'
			].sort()
		);
	});

	it('keeps a chunk the app also imports outside the export in the precache', () => {
		const chunks = bundle().map((c) => (c.fileName === 'nodes/5.js' ? { ...c, imports: [...c.imports, 'chunks/symbols.js'] } : c));
		expect(lazyChunks(chunks).has('chunks/symbols.js')).toBe(false);
	});
});

describe('exportFiles (cached in the background after the install)', () => {
	it('lists every file an export loads — code reached by import() and the fonts it names — sorted', () => {
		const chunks = bundle();
		expect(exportFiles(chunks, lazyChunks(chunks))).toEqual([
			FONT,
			'chunks/babel.js',
			'chunks/docx.js',
			'chunks/jspdf.js',
			'chunks/lazy-docx.js',
			'chunks/pdf-browser.js',
			'chunks/pdf.js',
			'chunks/symbols.js'
		]);
	});

	it('leaves out the test pages and the jsPDF extras Jobbvei never loads (html2canvas, DOMPurify, canvg)', () => {
		const chunks = bundle();
		const files = exportFiles(chunks, lazyChunks(chunks));
		for (const file of ['nodes/9.js', 'chunks/dev-only.js', 'chunks/html2canvas.js', 'chunks/purify.js', 'chunks/canvg.js']) expect(files).not.toContain(file);
	});

	it('keeps a chunk where the bundler put a never-loaded library together with code the export runs', () => {
		const chunks = bundle().map((c) => (c.fileName === 'chunks/jspdf.js' ? { ...c, moduleIds: [...c.moduleIds, '/app/node_modules/dompurify/dist/purify.es.mjs'] } : c));
		expect(exportFiles(chunks, lazyChunks(chunks))).toContain('chunks/jspdf.js');
	});

	it('holds nothing the precache already has', () => {
		const chunks = bundle();
		const lazy = lazyChunks(chunks);
		for (const file of exportFiles(chunks, lazy)) expect(file === FONT || lazy.has(file), file).toBe(true);
	});

	it('is empty when nothing is lazy (every file is in the precache)', () => {
		expect(exportFiles(bundle(), new Set())).toEqual([]);
	});
});
