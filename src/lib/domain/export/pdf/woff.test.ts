import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sfntTables, tableChecksum, woffToSfnt } from './woff';

const FILES = 'node_modules/@fontsource/atkinson-hyperlegible-next/files/';
const read = (name: string) => new Uint8Array(readFileSync(FILES + name));

describe('woffToSfnt', () => {
	for (const name of ['atkinson-hyperlegible-next-latin-400-normal.woff', 'atkinson-hyperlegible-next-latin-ext-700-normal.woff']) {
		it(`turns ${name} into a TrueType font with every table intact`, () => {
			const woff = read(name);
			const ttf = woffToSfnt(woff);
			const view = new DataView(ttf.buffer);
			const woffView = new DataView(woff.buffer, woff.byteOffset);
			expect(view.getUint32(0)).toBe(woffView.getUint32(4)); // flavor
			const tables = sfntTables(ttf);
			expect(tables.size).toBe(woffView.getUint16(12));
			expect(ttf.byteLength).toBe(woffView.getUint32(16)); // totalSfntSize
			for (const tag of ['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name', 'post']) expect(tables.has(tag)).toBe(true);
			for (const [tag, { checksum, data }] of tables) {
				// The 'head' table's checksum is taken with its checkSumAdjustment zeroed.
				const copy = data.slice();
				if (tag === 'head') copy.fill(0, 8, 12);
				expect(tableChecksum(copy), tag).toBe(checksum);
			}
			// The whole font sums to the magic number when laid out as the original was.
			expect(tableChecksum(ttf)).toBe(0xb1b0afba);
		});
	}

	it('refuses what is not a WOFF file, and tables that point past the end', () => {
		expect(() => woffToSfnt(new Uint8Array(100))).toThrow(/not a WOFF/);
		const broken = read('atkinson-hyperlegible-next-latin-400-normal.woff').slice();
		new DataView(broken.buffer).setUint32(44 + 4, 0xffffff00);
		expect(() => woffToSfnt(broken)).toThrow(/bad WOFF/);
		expect(() => woffToSfnt(read('atkinson-hyperlegible-next-latin-400-normal.woff').slice(0, 200))).toThrow(/bad WOFF/);
	});
});
