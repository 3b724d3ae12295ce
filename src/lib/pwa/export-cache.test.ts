import { describe, expect, it } from 'vitest';
import { exportCacheChanges } from './export-cache';

const at = (path: string) => `https://jobbvei.example/_app/${path}`;
const V1 = [at('immutable/chunks/jspdf.A1.js'), at('immutable/chunks/docx.B1.js'), at('immutable/assets/font.C.woff')];
// Version 2 changed the PDF code but not the Word library or the font: their names (hashes) stay.
const V2 = [at('immutable/chunks/jspdf.A2.js'), at('immutable/chunks/docx.B1.js'), at('immutable/assets/font.C.woff')];

describe('exportCacheChanges', () => {
	it('fetches the whole list on the first start', () => {
		expect(exportCacheChanges(V1, [])).toEqual({ fetch: V1, remove: [] });
	});

	it('downloads nothing again when every file is cached', () => {
		expect(exportCacheChanges(V1, [...V1].reverse())).toEqual({ fetch: [], remove: [] });
	});

	it('after an update, fetches only the changed files and drops the older version\'s', () => {
		expect(exportCacheChanges(V2, V1)).toEqual({ fetch: [at('immutable/chunks/jspdf.A2.js')], remove: [at('immutable/chunks/jspdf.A1.js')] });
	});

	it('finishes an interrupted pass: only what is still missing', () => {
		expect(exportCacheChanges(V1, V1.slice(0, 1))).toEqual({ fetch: V1.slice(1), remove: [] });
	});

	it('drops a lazy file cached on use that is not on the list (a test page)', () => {
		const testPage = at('immutable/nodes/10.D.js');
		expect(exportCacheChanges(V1, [...V1, testPage])).toEqual({ fetch: [], remove: [testPage] });
	});

	it('fetches a file listed twice once', () => {
		expect(exportCacheChanges([...V1, V1[0]!], [])).toEqual({ fetch: V1, remove: [] });
	});
});
