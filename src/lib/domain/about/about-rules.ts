import type { Answer } from '$lib/domain/answers/schema';
import { emptyAnswers, filledCount as journeyFilled, foldAnswers, isFilled as partFilled, type JourneyAnswers, type PartAnswers } from '$lib/domain/journey/journey-keys';
import { ABOUT_JOURNEY } from './about-journey';
import type { AboutPart } from './schema';

/** One part of "Om meg" as the person gave it. */
export type AboutPartAnswers = PartAnswers;

export type AboutPage = JourneyAnswers<AboutPart>;

export function emptyAbout(): AboutPage {
	return emptyAnswers(ABOUT_JOURNEY);
}

/** Groups a person's answers into the three parts; other answers and unknown cards are left out. */
export function aboutFrom(answers: readonly Answer[]): AboutPage {
	return foldAnswers(ABOUT_JOURNEY, answers);
}

/** A part counts as filled when it has a card, words or a recording. */
export function isFilled(part: AboutPartAnswers): boolean {
	return partFilled(part);
}

export function filledCount(page: AboutPage): number {
	return journeyFilled(ABOUT_JOURNEY, page);
}
