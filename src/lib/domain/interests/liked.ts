import type { AnsweredBy } from '$lib/domain/answers/schema';
import { SORTING_ORDER } from './catalogue';
import { listExplorations, loadInterestAnswers } from './interests-repo';

/** An interest card the person likes, with who tapped it. */
export interface LikedCard {
	cardId: string;
	by: AnsweredBy | null;
}

/** The liked cards of one round, in the cards' order; ways of working are not interests. */
export function likedIn(answerOf: (cardId: string) => { value: unknown; answeredBy?: AnsweredBy | null } | undefined): LikedCard[] {
	return SORTING_ORDER.filter((card) => card.round !== 'condition' && answerOf(card.id)?.value === 'like').map((card) => ({
		cardId: card.id,
		by: answerOf(card.id)?.answeredBy ?? null
	}));
}

/**
 * What the person likes, as the results board shows it: the latest round of cards with answers, in
 * the cards' order; ways of working are not interests. One reading for the CV, the documents and the
 * change request, so what the person said once is never asked again.
 */
export async function loadLiked(profileId: string): Promise<{ liked: LikedCard[]; starred: { jobId: string; by: AnsweredBy }[] }> {
	const [explorations, interests] = await Promise.all([listExplorations(profileId), loadInterestAnswers(profileId)]);
	const shown = [...explorations].reverse().find((e) => (interests.byExploration.get(e.id)?.size ?? 0) > 0);
	const cardAnswers = shown ? interests.byExploration.get(shown.id) : undefined;
	return { liked: likedIn((id) => cardAnswers?.get(id)), starred: [...interests.stars].map(([jobId, a]) => ({ jobId, by: a.answeredBy })) };
}
