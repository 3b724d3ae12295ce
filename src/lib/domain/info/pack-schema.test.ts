import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { MAX_PACK_BYTES, PACK_FORMAT, ContentPack, packText, readPack } from './pack-schema';
import { YEAR_DATES } from './content';

const exampleText = readFileSync(new URL('../../../../static/packs/baerum-eksempel.jobbvei-pakke.json', import.meta.url), 'utf8');
const example = JSON.parse(exampleText) as ContentPack;
const LOCALES = ['nb', 'nn', 'en'] as const;

/** A pack with one thing in it, in one language: what a municipality might write by hand. */
const small = {
	format: PACK_FORMAT,
	version: 1,
	id: 'asker',
	name: 'Asker',
	municipality: 'Asker',
	offers: [{ id: 'verksted', symbol: 'act_build', name: 'Verkstedet', what: 'Her lager du ting av tre.', web: 'asker.kommune.no/arbeid' }],
	dates: [],
	contacts: []
};
const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...small, ...change });

describe('content pack: good packs', () => {
	it('reads the Bærum example: offers, dates in week 39 and on 1 February, the adults\' change meetings in weeks 18 and 41, contacts', () => {
		const result = readPack(exampleText);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.pack.example).toBe(true);
		expect(result.pack.offers.map((o) => o.id)).toEqual(['arba', 'baerum_arbeidssenter', 'dagtilbud', 'aurora', 'nav']);
		expect(result.pack.dates.map((d) => d.when)).toEqual([{ date: '02-01' }, { week: 39 }]);
		expect(result.pack.adults?.changeMeetingWeeks).toEqual([18, 41]);
		expect(result.pack.dates[0]?.source).toMatch(/^Bærum kommune: /);
		expect(result.pack.contacts.map((c) => c.id)).toEqual(['tildelingskontoret', 'nav_baerum']);
	});

	it('reads a small hand-written pack with plain strings, and trims spaces', () => {
		const result = readPack(withChange({ name: '  Asker  ' }));
		expect(result).toEqual({ ok: true, pack: { ...small, name: 'Asker' } });
	});

	it('shows a text in the person language, else bokmål', () => {
		expect(packText('Verkstedet', 'en')).toBe('Verkstedet');
		expect(packText({ nb: 'Verkstedet', en: 'The workshop' }, 'en')).toBe('The workshop');
		expect(packText({ nb: 'Verkstedet', en: 'The workshop' }, 'nn')).toBe('Verkstedet');
	});

	it('only replaces national dates that exist', () => {
		const national = new Set(YEAR_DATES.map((d) => d.id));
		for (const d of example.dates) if (d.replaces) expect(national.has(d.replaces), d.id).toBe(true);
	});
});

describe('content pack: bad files are refused whole, with the reason', () => {
	it('too big (over 200 KB), before it is even parsed', () => {
		expect(MAX_PACK_BYTES).toBe(204_800);
		expect(readPack('{}', MAX_PACK_BYTES + 1)).toEqual({ ok: false, problem: 'too-big' });
		const padded = withChange({ padding: 'x'.repeat(MAX_PACK_BYTES) });
		expect(readPack(padded)).toEqual({ ok: false, problem: 'too-big' });
	});

	it.each(['', 'hei', '{"format":', '<html></html>'])('not JSON: %j', (text) => {
		expect(readPack(text)).toEqual({ ok: false, problem: 'not-json' });
	});

	it.each([['null'], ['[]'], ['42'], ['{"format":"jobbvei-backup","version":1}'], [JSON.stringify({ ...small, format: undefined })]])('JSON, but not a pack: %s', (text) => {
		expect(readPack(text)).toEqual({ ok: false, problem: 'not-a-pack' });
	});

	it.each([
		['a newer version', { version: 2 }],
		['no municipality', { municipality: '' }],
		['an unknown symbol', { offers: [{ ...small.offers[0], symbol: 'no_such_symbol' }] }],
		['a web address with spaces', { offers: [{ ...small.offers[0], web: 'asker kommune' }] }],
		['an offer without what it is', { offers: [{ id: 'x', symbol: 'act_build', name: 'X' }] }],
		['a text without bokmål', { name: { en: 'Asker' } }],
		['the same offer id twice', { offers: [small.offers[0], small.offers[0]] }],
		['a date on 31 February', { dates: [{ id: 'd', symbol: 'doc_calendar', title: 'Frist', when: { date: '02-31' } }] }],
		['week 54', { dates: [{ id: 'd', symbol: 'doc_calendar', title: 'Møte', when: { week: 54 } }] }],
		['a day and a week at once', { dates: [{ id: 'd', symbol: 'doc_calendar', title: 'Møte', when: { week: 18, date: '05-01' } }] }],
		['a bad phone number', { contacts: [{ id: 'c', symbol: 'info_nav', name: 'NAV', phone: 'ring meg' }] }],
		['an unknown field', { colour: 'red' }],
		['nothing in it', { offers: [] }],
		['an id with capitals', { id: 'Asker' }],
		['too many offers', { offers: Array.from({ length: 41 }, (_, i) => ({ ...small.offers[0], id: `o${i}` })) }]
	])('damaged: %s', (_, change) => {
		expect(readPack(withChange(change))).toEqual({ ok: false, problem: 'damaged' });
	});
});

describe('the Bærum example reads easily in every language', () => {
	const texts = (locale: (typeof LOCALES)[number]) => [
		...example.offers.flatMap((o) => [o.name, o.what, ...(o.contact ? [o.contact] : [])]),
		...example.dates.flatMap((d) => [d.title, ...(d.text ? [d.text] : [])]),
		...example.contacts.flatMap((c) => [c.name, ...(c.what ? [c.what] : [])]),
		example.name
	].map((t) => packText(t, locale));

	it.each(LOCALES)('%s: every text there, sentences of at most 12 words, LIX ≤ 30', (locale) => {
		for (const t of [example.name, ...example.offers.map((o) => o.what)]) expect(typeof t === 'object' && locale in t, locale).toBe(true);
		const problems = texts(locale).flatMap((t) => checkEasyRead(t).map((p) => p.detail));
		expect(problems).toEqual([]);
	});
});
