import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';

/**
 * [Note: evidence model] What the person (or a helper, with them) has said, as facts: one fact per
 * thing said, never a sentence. Every screen summary and every document is written from these facts,
 * in the language the reader chose, so a document says exactly what the person said: a trial of 5
 * planned days with 2 done says "2 av 5", "veldig sliten" stays "veldig", a card is its meaning (an id)
 * and never the words of the screen it was tapped on, and the person's own words stay as they were typed.
 *
 * A fact has
 * - `id`: a stable name of its meaning (an answer's key, or "<store>/<record id>#<field>"): renderers
 *   put it beside the text they write from it, so a test can trace every claim back to a fact;
 * - `value`: the meaning (a card id, a level, a count, a date, a job id, own words);
 * - `sources`: the stored records it was read from;
 * - `by`: who gave it (the person, a helper with role and name); `app` for what the app counts;
 * - `rev`: when, as the revision of the write (never the clock);
 * - `status`: planned, done, agreed, wished or said.
 */
export type Who = AnsweredBy | { kind: 'app' };

export type FactStatus = 'said' | 'planned' | 'done' | 'agreed' | 'wished';

export interface Fact<V = unknown> {
	id: string;
	value: V;
	sources: string[];
	by: Who;
	rev: number;
	status: FactStatus;
}

/** The person's own words, exactly as typed, with the language they were typed in (the screen's, when not known). */
export interface Words {
	text: string;
	lang?: string;
}

/** A fact from one stored answer: its key is the fact's id, the answer its only source. */
export function fromAnswer<V>(answer: Answer, value: V, status: FactStatus = 'said'): Fact<V> {
	return { id: answer.key, value, sources: [`answers/${answer.id}`], by: answer.answeredBy, rev: answer.rev, status };
}

/** A fact the app works out from others (a count of days): its sources are theirs, its author the app. */
export function derived<V>(id: string, value: V, from: readonly Pick<Fact, 'sources' | 'rev'>[], extraSources: readonly string[] = []): Fact<V> {
	return {
		id,
		value,
		sources: [...new Set([...extraSources, ...from.flatMap((f) => f.sources)])],
		by: { kind: 'app' },
		rev: Math.max(0, ...from.map((f) => f.rev)),
		status: 'said'
	};
}

/** Who gave a fact, as an answer's `answeredBy`; null for what the app wrote (no "skrevet av" mark). */
export function givenBy(fact: Pick<Fact, 'by'> | null | undefined): AnsweredBy | null {
	return fact && fact.by.kind !== 'app' ? fact.by : null;
}
