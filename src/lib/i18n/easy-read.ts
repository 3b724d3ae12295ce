/**
 * The easy-read rules a machine can check (docs/easy-read.md, "Short sentences"): no sentence over 12 words, and LIX ≤ 30
 * for running text of two sentences or more. Used by the catalogue test over every bokmål string,
 * by tests of generated text, and live as a gentle hint on text a helper writes.
 */
export const MAX_WORDS_PER_SENTENCE = 12;
export const MAX_LIX = 30;

/** Splits running text into sentences at . ! ? (and line breaks), keeping "kl. 9", "f.eks." and "1. februar" whole. */
export function sentences(text: string): string[] {
	return text
		.replace(/\b(kl|f\.eks|bl\.a|ca|nr|e\.g|i\.e)\./gi, (m) => m.replace(/\./g, '\u2024'))
		// A Norwegian date ("før 1. februar") is one sentence: the ordinal's dot is followed by a small letter.
		.replace(/(\d)\.(?=\s+\p{Ll})/gu, '$1\u2024')
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => /[\p{L}\p{N}{]/u.test(s));
}

/** Words of a sentence: letters or digits, and a {placeholder} counts as one word. */
export function words(sentence: string): string[] {
	return sentence
		.split(/[\s/–—]+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}{]+|[^\p{L}\p{N}}]+$/gu, ''))
		.filter((w) => w.length > 0);
}

/** LIX = words / sentences + 100 × (words longer than 6 letters) / words. */
export function lix(text: string): number {
	const all = sentences(text);
	const w = all.flatMap(words);
	if (w.length === 0) return 0;
	const long = w.filter((x) => !x.startsWith('{') && x.replace(/[^\p{L}]/gu, '').length > 6).length;
	return w.length / all.length + (100 * long) / w.length;
}

export interface EasyReadProblem {
	kind: 'long-sentence' | 'lix';
	detail: string;
}

/** Every rule this text breaks; empty when it reads easily. */
export function checkEasyRead(text: string, maxWords = MAX_WORDS_PER_SENTENCE): EasyReadProblem[] {
	const problems: EasyReadProblem[] = [];
	const all = sentences(text);
	for (const s of all) {
		const count = words(s).length;
		if (count > maxWords) problems.push({ kind: 'long-sentence', detail: `${count} words: ${s}` });
	}
	if (all.length >= 2) {
		const value = lix(text);
		if (value > MAX_LIX) problems.push({ kind: 'lix', detail: `LIX ${value.toFixed(1)}: ${text}` });
	}
	return problems;
}
