import { describe, expect, it } from 'vitest';
import { checkEasyRead, lix, sentences, words } from './easy-read';

describe('easy-read lint', () => {
	it('splits sentences and keeps "kl. 9" whole', () => {
		expect(sentences('Vi starter kl. 9. Ta med mat!')).toEqual(['Vi starter kl\u2024 9.', 'Ta med mat!']);
	});

	it('keeps a Norwegian date whole: "før 1. februar" does not end a sentence', () => {
		expect(sentences('Søk før 1. februar. Det er viktig.')).toEqual(['Søk før 1\u2024 februar.', 'Det er viktig.']);
		expect(sentences('Vi har 3. Neste dag.')).toEqual(['Vi har 3.', 'Neste dag.']);
	});

	it('counts a placeholder as one word', () => {
		expect(words('Hei, {name}!')).toEqual(['Hei', '{name}']);
	});

	it('computes LIX as words per sentence plus the share of long words', () => {
		// 7 words, 2 sentences, 1 word over 6 letters: 3.5 + 100/7
		expect(lix('Jeg liker å jobbe. Det er kjempegøy.')).toBeCloseTo(3.5 + 100 / 7, 5);
	});

	it('flags a sentence over 12 words', () => {
		const long = 'Jeg liker å jobbe på et kjøkken med mange andre folk hver eneste dag.';
		expect(checkEasyRead(long).map((p) => p.kind)).toEqual(['long-sentence']);
	});

	it('flags heavy running text and passes easy text', () => {
		expect(checkEasyRead('Arbeidsutprøvingsperioden forutsetter dokumentasjon. Registreringsfristen overholdes.').map((p) => p.kind)).toContain('lix');
		expect(checkEasyRead('Jeg liker dyr. Jeg vil jobbe ute.')).toEqual([]);
	});
});
