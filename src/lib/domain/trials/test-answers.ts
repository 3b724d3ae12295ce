import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { trialAnswerKey, trialNoteKey, type AnswerRef, type Phase, type Trial } from './schema';
import { groupTrialAnswers, type TrialAnswers } from './trial-rules';

/** Test helper: answers for one trial without a database, each with a rising revision. */
export function buildAnswers(
	trialId: string,
	entries: ([Phase, string, AnswerValue] | [Phase, string, AnswerValue, AnsweredBy | 'note'])[]
): TrialAnswers {
	let rev = 100;
	const answers: Answer[] = entries.map(([phase, question, value, by]) => {
		const [q, part] = question.split('/') as [string, AnswerRef['part']];
		const key = by === 'note' ? trialNoteKey(trialId, phase) : trialAnswerKey({ trialId, phase, question: q, ...(part ? { part } : {}) });
		const answeredBy: AnsweredBy = by === 'note' ? { kind: 'helper', role: 'teacher', name: 'Kari' } : (by ?? { kind: 'self' });
		return { id: `p/${key}`, profileId: 'p', key, value, answeredBy, rev: ++rev };
	});
	return groupTrialAnswers(answers).get(trialId) ?? { before: {}, days: {}, after: {}, notes: {} };
}

export const day = (d: string): Phase => ({ kind: 'day', day: d });
export const BEFORE: Phase = { kind: 'before' };
export const AFTER: Phase = { kind: 'after' };

export function trialOf(fields: Partial<Trial> = {}): Trial {
	return {
		id: 't-1',
		profileId: 'p',
		kind: 'jobbsmak',
		days: ['2026-10-05', '2026-10-06', '2026-10-07'],
		ownTasks: [],
		answeredBy: { kind: 'self' },
		createdRev: 1,
		rev: 1,
		...fields
	};
}
