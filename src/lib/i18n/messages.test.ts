import { describe, expect, it } from 'vitest';
import { loadCatalogue, placeholders, variants } from '../../../tests/unit/catalogue';
import { checkEasyRead } from './easy-read';
import { m } from '$lib/paraglide/messages';
import { LOCALES } from '$lib/i18n/locale';

const nb = loadCatalogue('nb');

describe('message catalogues', () => {
	it.each(LOCALES.filter((l) => l !== 'nb'))('%s has every bokmål key and no other', (locale) => {
		expect(Object.keys(loadCatalogue(locale)).sort()).toEqual(Object.keys(nb).sort());
	});

	it.each(LOCALES)('%s has no empty text', (locale) => {
		const empty = Object.entries(loadCatalogue(locale)).filter(([, msg]) => variants(msg).some((v) => v.trim() === ''));
		expect(empty.map(([k]) => k)).toEqual([]);
	});

	it.each(LOCALES.filter((l) => l !== 'nb'))('%s uses the same placeholders as bokmål', (locale) => {
		const other = loadCatalogue(locale);
		const wrong = Object.keys(nb).filter(
			(key) =>
				JSON.stringify([...new Set(variants(nb[key]).flatMap(placeholders))].sort()) !==
				JSON.stringify([...new Set(variants(other[key]).flatMap(placeholders))].sort())
		);
		expect(wrong).toEqual([]);
	});

	it('compiles to real messages with plural rules (an empty compile would pass silently)', () => {
		expect(m.start_title({}, { locale: 'nb' })).toBe('Hvem er du?');
		expect(m.unlock_wait({ seconds: 1 }, { locale: 'nb' })).toContain('1 sekund.');
		expect(m.unlock_wait({ seconds: 30 }, { locale: 'nb' })).toContain('30 sekunder.');
		expect(m.unlock_chosen({ count: 2 }, { locale: 'en' })).not.toBe(m.unlock_chosen({ count: 1 }, { locale: 'en' }));
	});
});

describe('easy-read lint over every bokmål text', () => {
	const texts = Object.entries(nb).flatMap(([key, msg]) => variants(msg).map((text) => ({ key, text })));

	it('has texts to check', () => {
		expect(texts.length).toBeGreaterThan(100);
	});

	it('has no sentence over 12 words and LIX ≤ 30 for running text', () => {
		const problems = texts.flatMap(({ key, text }) => checkEasyRead(text).map((p) => `${key}: ${p.detail}`));
		expect(problems).toEqual([]);
	});
});
