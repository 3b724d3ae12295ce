import cardsData from './catalogue/cards.json';
import jobsData from './catalogue/jobs.json';
import type { Card, Job, Round, Text3 } from './catalogue-schema';

/**
 * The shipped catalogue: sorting cards and at least 40 real jobs. Validated with zod when the app is
 * built (vite.config.ts) and in catalogue.test.ts, so the app can trust it at run time.
 */
export const CARDS = cardsData as Card[];
export const JOBS = jobsData as Job[];

/** Each card's round, by id: what a job file's tags are checked against (job-import.ts), in the app and in `npm run pack:check`. */
export const CARD_ROUNDS: ReadonlyMap<string, Round> = new Map(CARDS.map((c) => [c.id, c.round]));

export const ROUND_ORDER: Round[] = ['area', 'task', 'condition'];

/** Cards in the order they are shown: job areas, then tasks, then ways of working. */
export const SORTING_ORDER: Card[] = ROUND_ORDER.flatMap((round) => CARDS.filter((c) => c.round === round));

export function text(t: Text3, locale: string): string {
	return t[locale as keyof Text3] ?? t.nb;
}

export function cardById(id: string): Card | undefined {
	return CARDS.find((c) => c.id === id);
}
