import { m } from '$lib/paraglide/messages';
import { checkEasyRead } from '$lib/i18n/easy-read';
import type { AnsweredBy } from './schema';

/**
 * [Note: helper lint hint] A helper's words are read by the person, so they get the same easy-read
 * check as the app's own texts, as a gentle hint — never blocking, and never about the person's own
 * words (those are theirs, as they wrote them). Null when there is nothing to say.
 */
export function helperHint(text: string, by: AnsweredBy): string | null {
	if (by.kind !== 'helper' || text.trim() === '') return null;
	const problems = checkEasyRead(text);
	if (problems.length === 0) return null;
	return problems.some((p) => p.kind === 'long-sentence') ? m.own_words_hint_long() : m.own_words_hint_hard();
}
