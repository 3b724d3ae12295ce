import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERMS, bannedWordsIn } from './terms';

/**
 * One word per concept, over every bokmål text a person can meet: the messages, the job catalogue and
 * the info pages. A failure names the file, the key and the banned word, and the word to use instead.
 *
 * Koordinator, not overgangsansvarlig: municipalities that name an "overgangsansvarlig" for the move
 * from school advise that the koordinator is that same person; the koordinator is the role every
 * municipality must offer, and the meeting already said koordinator. One helper, one name.
 */

const root = new URL('../../../', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const INFO = 'src/lib/domain/info/content/';

interface Text {
	file: string;
	key: string;
	text: string;
}

/** Every bokmål string under `value`: a message's variants, or the `nb` of a `{ nb, nn, en }` text. Keys name list items by their id. */
function bokmal(file: string, value: unknown, key = '', inNb = false): Text[] {
	if (typeof value === 'string') return inNb ? [{ file, key, text: value }] : [];
	if (Array.isArray(value))
		return value.flatMap((item, i) => {
			const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(i);
			return bokmal(file, item, key ? `${key}.${id}` : id, inNb);
		});
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (k === 'nn' || k === 'en' ? [] : bokmal(file, v, k === 'nb' ? key : key ? `${key}.${k}` : k, inNb || k === 'nb')));
	return [];
}

function allTexts(): Text[] {
	const messages = Object.entries(read('messages/nb.json') as Record<string, unknown>)
		.filter(([key]) => !key.startsWith('$'))
		.flatMap(([key, value]) => bokmal('messages/nb.json', { nb: value }, key));
	const catalogues = ['jobs.json', 'cards.json'].flatMap((name) => {
		const file = `src/lib/domain/interests/catalogue/${name}`;
		return bokmal(file, read(file));
	});
	const info = readdirSync(new URL(INFO, root))
		.filter((name) => name.endsWith('.json'))
		.flatMap((name) => bokmal(`${INFO}${name}`, read(`${INFO}${name}`)));
	return [...messages, ...catalogues, ...info];
}

/**
 * Texts allowed to keep an old word for a while, one file + key each (a quote from a source, say).
 * Empty now: every text uses the preferred word. An entry that no longer has the word fails the
 * test too, so the list only shrinks.
 */
const ALLOWED: { file: string; key: string; banned: string }[] = [
];

const hitKey = (file: string, key: string, banned: string) => `${file} ${key}: «${banned}»`;

describe('one word per concept', () => {
	it('finds banned words at the start of a word, in any form, and not inside other words', () => {
		expect(bannedWordsIn('Spør jobbveilederen din.')).toEqual([{ banned: 'jobbveileder', preferred: 'jobbspesialist' }]);
		expect(bannedWordsIn('Folkene var Snille.')).toEqual([{ banned: 'snill', preferred: 'hyggelig' }]);
		expect(bannedWordsIn('Få en jobb-coach')).toEqual([{ banned: 'jobb-coach', preferred: 'jobbspesialist' }]);
		expect(bannedWordsIn('Spør en jobbspesialist eller koordinatoren.')).toEqual([]);
	});

	it('bans no word that is also a preferred word', () => {
		const preferred = TERMS.map((t) => t.preferred.toLowerCase());
		for (const term of TERMS) for (const banned of term.banned) expect(preferred.some((p) => p.startsWith(banned.toLowerCase())), banned).toBe(false);
	});

	it('uses only the preferred word in every bokmål message, job, card and info text', () => {
		const texts = allTexts();
		expect(texts.length).toBeGreaterThan(1000);
		const hits = texts.flatMap(({ file, key, text }) =>
			bannedWordsIn(text).map(({ banned, preferred }) => ({ key: hitKey(file, key, banned), preferred }))
		);
		const allowed = new Set(ALLOWED.map((a) => hitKey(a.file, a.key, a.banned)));
		const found = new Set(hits.map((h) => h.key));
		expect(hits.filter((h) => !allowed.has(h.key)).map((h) => `${h.key} → ${h.preferred}`)).toEqual([]);
		expect([...allowed].filter((key) => !found.has(key)).map((key) => `fixed, take it off ALLOWED: ${key}`)).toEqual([]);
	});
});
