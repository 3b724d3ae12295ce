import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import type { Journey, JourneyPart } from './journey';

/**
 * [Note: journey keys] Every journey part is stored as ordinary answers (so "who said it", autosave
 * and backups work as everywhere else), under one scheme:
 *   <prefix><part>        the chosen card ids, in the order chosen (a one-choice part holds one)
 *   <prefix><part>/text   the person's own words
 *   <prefix><part>/voice  the media id of a spoken answer
 * The prefixes are `about/`, `plan/`, `change/` and `cv/`; the keys are the ones these parts always
 * had, so stored answers and backups read the same.
 */
export type PartSub = 'text' | 'voice';
export const PART_SUBS: readonly PartSub[] = ['text', 'voice'];

/** What folding needs of a journey: its prefix and each part's cards and kind of choice. */
export type JourneyShape<P extends string = string> = {
	readonly prefix: string;
	readonly parts: readonly Pick<JourneyPart<P>, 'id' | 'cards' | 'choice' | 'openCards'>[];
};

export function partKey(journey: Pick<Journey, 'prefix'>, part: string, sub?: PartSub): string {
	return `${journey.prefix}${part}${sub ? `/${sub}` : ''}`;
}

/** Reads a stored key back; null for anything that is not a key of one of the journey's parts. */
export function parsePartKey<P extends string>(journey: { readonly prefix: string; readonly parts: readonly { readonly id: P }[] }, key: string): { part: P; sub?: PartSub } | null {
	if (!key.startsWith(journey.prefix)) return null;
	const [id, sub, ...rest] = key.slice(journey.prefix.length).split('/');
	if (rest.length > 0 || (sub !== undefined && !(PART_SUBS as readonly string[]).includes(sub))) return null;
	const part = journey.parts.find((p) => p.id === id);
	return part ? { part: part.id, ...(sub ? { sub: sub as PartSub } : {}) } : null;
}

/** One part as the person gave it. */
export interface PartAnswers {
	/** Chosen card ids, in the order chosen; ids the part does not have are left out. */
	cards: string[];
	cardsBy: AnsweredBy | null;
	text: string;
	textBy: AnsweredBy | null;
	/** Media id of a spoken answer. */
	voiceId: string | null;
}

export type JourneyAnswers<P extends string> = Record<P, PartAnswers>;

export function emptyPart(): PartAnswers {
	return { cards: [], cardsBy: null, text: '', textBy: null, voiceId: null };
}

export function emptyAnswers<P extends string>(journey: Pick<JourneyShape<P>, 'parts'>): JourneyAnswers<P> {
	return Object.fromEntries(journey.parts.map((p) => [p.id, emptyPart()])) as JourneyAnswers<P>;
}

/** The card ids worth keeping: known ones (or any, for an open part), and one only for a one-choice part. */
export function keptCards(part: JourneyShape['parts'][number], ids: readonly unknown[]): string[] {
	const kept = ids.filter((id): id is string => typeof id === 'string' && (part.openCards === true || part.cards.some((c) => c.id === id)));
	return part.choice === 'one' ? kept.slice(0, 1) : kept;
}

/** Groups a person's answers into the journey's parts; other answers and unknown cards are left out. */
export function foldAnswers<P extends string>(journey: JourneyShape<P>, answers: readonly Answer[]): JourneyAnswers<P> {
	const folded = emptyAnswers(journey);
	for (const answer of answers) {
		const parsed = parsePartKey(journey, answer.key);
		if (!parsed) continue;
		const part = folded[parsed.part];
		const value = answer.value;
		if (!parsed.sub && Array.isArray(value)) {
			part.cards = keptCards(journey.parts.find((p) => p.id === parsed.part)!, value);
			part.cardsBy = answer.answeredBy;
		} else if (parsed.sub === 'text' && typeof value === 'string') {
			part.text = value;
			part.textBy = answer.answeredBy;
		} else if (parsed.sub === 'voice' && typeof value === 'string') {
			part.voiceId = value;
		}
	}
	return folded;
}

/** Tapping a card: on if it was off, off if it was on; the order chosen is kept. */
export function toggleCard(cards: readonly string[], id: string): string[] {
	return cards.includes(id) ? cards.filter((c) => c !== id) : [...cards, id];
}

/** What the cards become when the person taps one. */
export function cardsAfterTap(part: Pick<JourneyPart, 'choice'>, cards: readonly string[], id: string): string[] {
	return part.choice === 'one' ? [id] : toggleCard(cards, id);
}

/** A part counts as filled when it has a card, words or a recording. */
export function isFilled(part: Pick<PartAnswers, 'cards' | 'text'> & { voiceId?: string | null }): boolean {
	return part.cards.length > 0 || part.text.trim() !== '' || !!part.voiceId;
}

export function filledCount<P extends string>(journey: Pick<JourneyShape<P>, 'parts'>, answers: JourneyAnswers<P>): number {
	return journey.parts.filter((p) => isFilled(answers[p.id])).length;
}
