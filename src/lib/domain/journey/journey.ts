import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';

/**
 * [Note: journeys as data] "Om meg", Min plan, "Jeg vil prøve noe annet", Min CV and the jobbsmak
 * questions are all filled in part by part: a title, symbol cards to tap, and the person's own words
 * or a recording if they want. Each journey is one list of parts in data; one key scheme
 * (journey-keys.ts), one state class (journey.svelte.ts) and one part screen
 * (components/JourneyPart.svelte) serve them all, so a person who learned one journey knows the
 * others, and a new part or question is one entry in a list plus its words in messages/.
 *
 * Words are functions of the language, each calling its message by name, so the build keeps only
 * the messages a page uses (docs/toolchain.md, "Paraglide tree-shaking needs spelled-out message calls").
 */
export type Words = (locale: Locale) => string;

/** One symbol card the person can tap. */
export interface JourneyCard {
	readonly id: string;
	readonly symbol: SymbolId;
	readonly label: Words;
}

export interface JourneyPart<P extends string = string> {
	readonly id: P;
	readonly title: Words;
	/** How to answer, above the cards ("Trykk på alle kortene som passer"). */
	readonly hint?: Words;
	/** Shown beside the title; a trial question without one shows none. */
	readonly symbol?: SymbolId;
	/** The cards, in the order shown. Empty when the part asks for something else (a job, the school). */
	readonly cards: readonly JourneyCard[];
	/** Names the cards for a screen reader when it is not the title ("Velg det du kan"). */
	readonly cardsLabel?: Words;
	/** `many`: each card turns on and off. `one`: choosing a card replaces the one chosen before. */
	readonly choice: 'one' | 'many';
	/**
	 * Chosen ids need not be among `cards`: the part chooses from a list that is not fixed here (a job
	 * from the catalogue). Otherwise ids the list no longer has are left out when answers are read.
	 */
	readonly openCards?: boolean;
	/** The person may add their own words (`<part>/text`). */
	readonly ownWords: boolean;
	/** The person may say it instead (`<part>/voice`, a recording). */
	readonly voice: boolean;
	/** The words box's label and hint when they are not the usual "Skriv med egne ord". */
	readonly wordsLabel?: Words;
	readonly wordsHint?: Words;
}

/** What the screen reader hears after a tap or a saved sentence. */
export interface JourneySaid {
	on: (card: string, locale: Locale) => string;
	off: (card: string, locale: Locale) => string;
	/** After a one-choice part's card is chosen; `on` when not given. */
	chosen?: (card: string, locale: Locale) => string;
	saved: Words;
}

export interface Journey<P extends string = string> {
	readonly id: string;
	/** Every key of the journey starts with it ("about/"). */
	readonly prefix: string;
	readonly parts: readonly JourneyPart<P>[];
	/** The overview, where Back and "Ferdig" go; its parts live at `<href>/part?id=<part>`. */
	readonly home: {
		readonly href: string;
		readonly title: Words;
		readonly symbol: SymbolId;
		/** Where a part lives when it is not `<href>/part?id=<part>` (a meeting's questions need the meeting's id too). */
		readonly partHref?: (part: string) => string;
	};
	/** Said when the address names no part ("Fant ikke den delen"). */
	readonly notFound: Words;
	readonly said: JourneySaid;
}

export function partOf<P extends string>(journey: Pick<Journey<P>, 'parts'>, id: string | null | undefined): JourneyPart<P> | undefined {
	return journey.parts.find((p) => p.id === id);
}

export function partIds<P extends string>(journey: Pick<Journey<P>, 'parts'>): P[] {
	return journey.parts.map((p) => p.id);
}

/** A card of one part, or undefined when the part has no such card. */
export function cardOf(part: Pick<JourneyPart, 'cards'> | undefined, id: string): JourneyCard | undefined {
	return part?.cards.find((card) => card.id === id);
}
