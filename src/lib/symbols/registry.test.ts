import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import map from './symbol-map.json';
import symbolIds from './symbol-ids.json';
import { symbolFile, symbolUrl, type SymbolId } from './registry';

// static/symbols is made by `npm run gen` (scripts/build-symbols.mjs), which the test command runs first.
const file = (url: string) => new URL(`../../../static${url}`, import.meta.url);
const ids = Object.keys(map) as SymbolId[];

describe('symbol registry', () => {
	test('every concept has a colour drawing on disk, and each drawing is stored once', () => {
		const used = new Set(ids.map((id) => symbolFile(id)));
		for (const url of used) expect(existsSync(file(url)), url).toBe(true);
		const hashes = new Map<string, string>();
		for (const name of readdirSync(file('/symbols/flat'))) {
			const hash = createHash('sha256').update(readFileSync(file(`/symbols/flat/${name}`))).digest('hex');
			expect(hashes.get(hash), `${name} repeats ${hashes.get(hash)}`).toBeUndefined();
			hashes.set(hash, name);
			// No file is stored that no concept uses.
			expect(used.has(`/symbols/flat/${name}`), name).toBe(true);
		}
	});

	test('every concept has a high-contrast drawing in the sprite; ids inside a drawing never collide', () => {
		const sprite = readFileSync(file('/symbols/hc.svg'), 'utf8');
		const symbols = new Set([...sprite.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]));
		for (const id of ids) {
			const url = symbolUrl(id);
			expect(url.startsWith('/symbols/hc.svg#'), url).toBe(true);
			expect(symbols.has(url.split('#')[1]), `${id} → ${url}`).toBe(true);
		}
		const allIds = [...sprite.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(allIds).size).toBe(allIds.length);
		// Every reference inside the sprite points at an id in the same drawing.
		for (const m of sprite.matchAll(/<symbol id="([^"]+)"[^>]*>(.*?)<\/symbol>/g)) {
			for (const ref of (m[2] ?? '').matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)) expect((ref[1] ?? ref[2] ?? '').startsWith(`${m[1]}-`), ref[0]).toBe(true);
		}
	});

	test('the list of ids (for content packs) is the map\'s ids', () => {
		expect(symbolIds).toEqual(Object.keys(map).sort());
	});

	test('a concept with a drawing of its own keeps its own file name; shared drawings share one file', () => {
		expect(symbolFile('sup_help')).toBe('/symbols/flat/sup_help.svg');
		expect(symbolFile('ui_home')).toBe(symbolFile('chg_home'));
	});
});
