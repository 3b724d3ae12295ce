import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { ABOUT_PARTS, aboutCard, parseAboutKey, type AboutPart } from './schema';

/** One part of "Om meg" as the person gave it. */
export interface AboutPartAnswers {
	/** Chosen card ids that exist in the catalogue, in the order chosen. */
	cards: string[];
	cardsBy: AnsweredBy | null;
	text: string;
	textBy: AnsweredBy | null;
	/** Media id of a spoken answer. */
	voiceId: string | null;
}

export type AboutPage = Record<AboutPart, AboutPartAnswers>;

function emptyPart(): AboutPartAnswers {
	return { cards: [], cardsBy: null, text: '', textBy: null, voiceId: null };
}

export function emptyAbout(): AboutPage {
	return { liked_for: emptyPart(), important: emptyPart(), support: emptyPart() };
}

/** Groups a person's answers into the three parts; other answers and unknown cards are left out. */
export function aboutFrom(answers: readonly Answer[]): AboutPage {
	const page = emptyAbout();
	for (const answer of answers) {
		const parsed = parseAboutKey(answer.key);
		if (!parsed) continue;
		const part = page[parsed.part];
		if (!parsed.sub && Array.isArray(answer.value)) {
			part.cards = answer.value.filter((id): id is string => typeof id === 'string' && !!aboutCard(parsed.part, id));
			part.cardsBy = answer.answeredBy;
		} else if (parsed.sub === 'text' && typeof answer.value === 'string') {
			part.text = answer.value;
			part.textBy = answer.answeredBy;
		} else if (parsed.sub === 'voice' && typeof answer.value === 'string') {
			part.voiceId = answer.value;
		}
	}
	return page;
}

/** Tapping a card: on if it was off, off if it was on; the order chosen is kept. */
export function toggleCard(cards: readonly string[], id: string): string[] {
	return cards.includes(id) ? cards.filter((c) => c !== id) : [...cards, id];
}

/** A part counts as filled when it has a card, words or a recording. */
export function isFilled(part: AboutPartAnswers): boolean {
	return part.cards.length > 0 || part.text.trim() !== '' || part.voiceId !== null;
}

export function filledCount(page: AboutPage): number {
	return ABOUT_PARTS.filter((p) => isFilled(page[p])).length;
}
