import type { SymbolId } from '$lib/symbols/registry';

/** One line of what a person said, as a screen or a document shows it. */
export interface AnswerLine {
	text: string;
	symbol?: SymbolId;
	/** Bold above the text: a place or a school. */
	title?: string;
	/** Dates or a kind: "Jobb, august 2025". */
	meta?: string;
	/** The person's own words: set apart as a quote. */
	own?: boolean;
	/** "Skrevet med hjelp av Kari, lærer": only when a helper gave it, so the person's own voice shows. */
	by?: string | null;
	/** Names the line for a test or a later change ("trial:cafe"). */
	id?: string;
}
