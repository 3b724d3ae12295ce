import type { SymbolId } from '$lib/symbols/registry';
import type { AnsweredBy } from '$lib/domain/answers/schema';

/**
 * One sentence the app writes from facts, or the person's own words: one idea, with its symbol, and
 * the ids of the facts it says ([Note: evidence model]). Screens show sentences as a list with their
 * symbols; documents print them the same way; tests trace each one back to its facts.
 */
export interface Sentence {
	text: string;
	symbol?: SymbolId;
	facts: string[];
	/** The person's own words, exactly as typed (shown as a quote). */
	own?: boolean;
	/** Who gave it, when a helper did ("Svart med hjelp av Kari, lærer"). */
	by?: AnsweredBy | null;
}
