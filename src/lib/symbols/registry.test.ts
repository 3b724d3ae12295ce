import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import map from './symbol-map.json';
import symbolIds from './symbol-ids.json';
import { symbolFile, type SymbolId } from './registry';

// static/symbols is made by `npm run gen` (scripts/build-symbols.mjs), which the test command runs first.
const file = (url: string) => new URL(`../../../static${url}`, import.meta.url);
const ids = Object.keys(map) as SymbolId[];

describe('symbol registry', () => {
	for (const theme of ['flat', 'hc'] as const) {
		test(`every concept has a ${theme} drawing on disk, and each drawing is stored once`, () => {
			const used = new Set<string>();
			for (const id of ids) {
				const url = symbolFile(id, theme);
				expect(existsSync(file(url)), `${id} → ${url}`).toBe(true);
				used.add(url);
			}
			const hashes = new Map<string, string>();
			for (const name of readdirSync(file(`/symbols/${theme}`))) {
				const svg = readFileSync(file(`/symbols/${theme}/${name}`));
				const hash = createHash('sha256').update(svg).digest('hex');
				expect(hashes.get(hash), `${name} repeats ${hashes.get(hash)}`).toBeUndefined();
				hashes.set(hash, name);
				// No file is stored that no concept uses.
				expect(used.has(`/symbols/${theme}/${name}`), name).toBe(true);
			}
		});
	}

	test('the list of ids (for content packs) is the map\'s ids', () => {
		expect(symbolIds).toEqual(Object.keys(map).sort());
	});

	test('a concept with a drawing of its own keeps its own file name', () => {
		expect(symbolFile('sup_help', 'flat')).toBe('/symbols/flat/sup_help.svg');
		expect(symbolFile('ui_home', 'flat')).toBe(symbolFile('chg_home', 'flat'));
	});
});
