// Adds messages (and symbols) to the shared catalogues from one small JSON file, so several people can
// add strings at once without overwriting each other's work:
//   node scripts/add-messages.mjs new.json
// new.json: { "nb": { "key": "Tekst" }, "nn": { … }, "en": { … }, "symbols": { "id": { …symbol-map entry… } } }
// A key that already exists with a different text is refused unless --replace is given.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

const [file, flag] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/add-messages.mjs new.json [--replace]');
const input = JSON.parse(readFileSync(file, 'utf8'));
const LOCK = 'messages/.lock';

function lock() {
	for (let i = 0; i < 200; i++) {
		try {
			mkdirSync(LOCK);
			return;
		} catch {
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
		}
	}
	throw new Error(`${LOCK} is held: is another add-messages running? Remove the folder if not.`);
}

function merge(path, entries, indent) {
	const catalogue = JSON.parse(readFileSync(path, 'utf8'));
	const refused = [];
	for (const [key, value] of Object.entries(entries ?? {})) {
		if (key in catalogue && JSON.stringify(catalogue[key]) !== JSON.stringify(value) && flag !== '--replace') refused.push(key);
		else catalogue[key] = value;
	}
	if (refused.length) throw new Error(`${path}: these keys exist with other text (use --replace): ${refused.join(', ')}`);
	writeFileSync(path, JSON.stringify(catalogue, null, indent) + '\n');
	return Object.keys(entries ?? {}).length;
}

lock();
try {
	const counts = ['nb', 'nn', 'en'].map((locale) => `${locale} ${merge(`messages/${locale}.json`, input[locale], '\t')}`);
	if (input.symbols) counts.push(`symbols ${merge('src/lib/symbols/symbol-map.json', input.symbols, ' ')}`);
	console.log(`added: ${counts.join(', ')}`);
} finally {
	rmdirSync(LOCK);
}
