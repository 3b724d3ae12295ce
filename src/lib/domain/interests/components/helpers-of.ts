import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { CardAnswer } from '../interests-repo';

type Helper = Extract<AnsweredBy, { kind: 'helper' }>;

/** The helpers who answered these cards, so a match made from a helper's answers says so. */
export function helpersOf(answers: Readonly<Record<string, CardAnswer>>, cardIds: readonly string[]): Helper[] {
	return cardIds.map((id) => answers[id]?.answeredBy).filter((a): a is Helper => a?.kind === 'helper');
}
