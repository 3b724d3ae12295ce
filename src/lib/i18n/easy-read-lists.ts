import type { Locale } from '$lib/i18n/locale';
import { MAX_WORDS_PER_SENTENCE, words } from './easy-read';

/** At most this many things in one list sentence, so a list can be heard and remembered. */
const MAX_LIST = 3;

/** "lage mat" inside a sentence: a label's first letter in lower case. */
export function inSentence(label: string, locale: Locale): string {
	return label.charAt(0).toLocaleLowerCase(locale === 'en' ? 'en' : 'nb') + label.slice(1);
}

export function joinList(items: readonly string[], locale: Locale): string {
	return new Intl.ListFormat(locale === 'en' ? 'en' : 'nb', { type: 'conjunction' }).format(items);
}

/** Shortens words the person wrote (a long workplace name) so the sentence around them stays ≤ 12 words. */
export function fit(phrase: string, render: (x: string) => string): string {
	const budget = MAX_WORDS_PER_SENTENCE - (words(render('x')).length - 1);
	const parts = phrase.trim().split(/\s+/);
	if (words(render(phrase)).length <= MAX_WORDS_PER_SENTENCE || parts.length <= 1) return phrase;
	return `${parts.slice(0, Math.max(1, budget)).join(' ')} …`;
}

/**
 * One sentence per few items: "Jeg likte: lage mat, vaske opp og re senger." A longer list becomes
 * more sentences, each ≤ 12 words (docs/easy-read.md, "Short sentences"), never one long one. Returns the items of each sentence too.
 */
export function listSentences<T>(
	items: readonly T[],
	label: (item: T) => string,
	render: (list: string) => string,
	locale: Locale
): { text: string; items: T[] }[] {
	const out: { text: string; items: T[] }[] = [];
	let chunk: T[] = [];
	const textOf = (list: T[]) => render(joinList(list.map((i) => fit(label(i), render)), locale));
	for (const item of items) {
		const next = [...chunk, item];
		if (chunk.length > 0 && (next.length > MAX_LIST || words(textOf(next)).length > MAX_WORDS_PER_SENTENCE)) {
			out.push({ text: textOf(chunk), items: chunk });
			chunk = [item];
		} else chunk = next;
	}
	if (chunk.length > 0) out.push({ text: textOf(chunk), items: chunk });
	return out;
}
