import type { Card, Job } from './catalogue-schema';
import type { Like } from './schema';

/**
 * [Note: how jobs are matched] A plain, visible rule, so every match can explain itself:
 *
 *   score = 3 × liked areas + 2 × liked tasks + 1 × liked ways of working
 *         − 3 × disliked areas − 2 × disliked tasks − 2 × disliked ways of working
 *
 * Only jobs with at least one liked tag are suggested. "Vet ikke" and skipped cards count zero.
 * Ties: a higher score first; then fewer clashes; then more liked tags; then the title in
 * alphabetical order, so the same answers always give the same list.
 */
export const WEIGHTS = {
	like: { area: 3, task: 2, condition: 1 },
	dislike: { area: -3, task: -2, condition: -2 }
} as const;

/** Fewer liked cards than this, and the person is asked to sort more before seeing matches. */
export const MIN_LIKES = 3;

export interface JobMatch {
	job: Job;
	score: number;
	/** Liked cards that fit the job, areas first: "Fordi du liker: …". */
	reasons: Card[];
	/** Disliked cards the job has: "Men: du liker ikke …". */
	clashes: Card[];
}

// One collator for every comparison: localeCompare(…, 'nb') builds a new one each call (slow on phones).
const collator = new Intl.Collator('nb');

export type MatchResult = { status: 'too-few'; likes: number } | { status: 'ok'; matches: JobMatch[] };

export function matchJobs(
	answers: ReadonlyMap<string, Like | null>,
	jobs: readonly Job[],
	cards: readonly Card[],
	titleOf: (job: Job) => string = (job) => job.title.nb
): MatchResult {
	const likes = [...answers.values()].filter((v) => v === 'like').length;
	if (likes < MIN_LIKES) return { status: 'too-few', likes };
	const byId = new Map(cards.map((c) => [c.id, c]));
	const matches: JobMatch[] = [];
	for (const job of jobs) {
		const tags = [...job.areas, ...job.taskTags, ...job.conditions];
		const reasons: Card[] = [];
		const clashes: Card[] = [];
		let score = 0;
		for (const tag of new Set(tags)) {
			const card = byId.get(tag);
			const answer = answers.get(tag);
			if (!card || (answer !== 'like' && answer !== 'dislike')) continue;
			score += WEIGHTS[answer][card.round];
			(answer === 'like' ? reasons : clashes).push(card);
		}
		if (reasons.length > 0) matches.push({ job, score, reasons, clashes });
	}
	// Titles are looked up once per job, not once per comparison; the (slower) alphabetical
	// compare only breaks ties, so equal matches keep one calm, predictable order.
	const titles = new Map(matches.map((m) => [m.job, titleOf(m.job)]));
	matches.sort(
		(a, b) =>
			b.score - a.score ||
			a.clashes.length - b.clashes.length ||
			b.reasons.length - a.reasons.length ||
			collator.compare(titles.get(a.job)!, titles.get(b.job)!)
	);
	return { status: 'ok', matches };
}

export interface PileChange {
	card: Card;
	before: Like | null;
	after: Like | null;
}

/** "Før og nå": the cards that moved between piles from one exploration to the next. */
export function comparePiles(
	before: ReadonlyMap<string, Like | null>,
	after: ReadonlyMap<string, Like | null>,
	cards: readonly Card[]
): PileChange[] {
	return cards
		.filter((card) => before.has(card.id) || after.has(card.id))
		.map((card) => ({ card, before: before.get(card.id) ?? null, after: after.get(card.id) ?? null }))
		.filter((change) => change.before !== change.after);
}
