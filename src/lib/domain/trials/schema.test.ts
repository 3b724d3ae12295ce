import { describe, expect, it } from 'vitest';
import { Trial, parseTrialKey, trialAnswerKey, trialNoteKey, isRealDate, MAX_DAYS } from './schema';

const base = {
	id: 't-1',
	profileId: 'p-1',
	kind: 'jobbsmak',
	days: ['2026-03-02'],
	ownTasks: [],
	answeredBy: { kind: 'self' },
	createdRev: 1,
	rev: 1
};

function days(n: number): string[] {
	return Array.from({ length: n }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
}

describe('Trial schema', () => {
	it('needs only the kind and one day', () => {
		expect(Trial.parse(base)).toEqual(base);
		expect(Trial.safeParse({ ...base, kind: undefined }).success).toBe(false);
		expect(Trial.safeParse({ ...base, kind: 'holiday' }).success).toBe(false);
		expect(Trial.safeParse({ ...base, days: [] }).success).toBe(false);
	});

	it('keeps 1–20 real days, in order, each once', () => {
		expect(Trial.safeParse({ ...base, days: days(MAX_DAYS) }).success).toBe(true);
		expect(Trial.safeParse({ ...base, days: days(MAX_DAYS + 1) }).success).toBe(false);
		expect(Trial.safeParse({ ...base, days: ['2026-03-03', '2026-03-02'] }).success).toBe(false);
		expect(Trial.safeParse({ ...base, days: ['2026-03-02', '2026-03-02'] }).success).toBe(false);
		expect(Trial.safeParse({ ...base, days: ['2026-02-30'] }).success).toBe(false);
		expect(Trial.safeParse({ ...base, days: ['2.3.2026'] }).success).toBe(false);
	});

	it('takes a full plan: job, place, time, transport, contact and texts', () => {
		const full = {
			...base,
			job: { kind: 'catalogue', jobId: 'hotel_room_attendant' },
			workplace: '  Scandic Bergen ',
			startTime: '09:00',
			transport: 'bus',
			contact: { name: 'Kari', phone: '+47 912 34 567' },
			willDo: 'Re senger.',
			findOut: 'Jeg vil finne ut om jeg liker hotell.',
			ownTasks: [{ id: 'own_1', label: 'Re senger' }]
		};
		const parsed = Trial.parse(full);
		expect(parsed.workplace).toBe('Scandic Bergen');
		expect(Trial.safeParse({ ...full, job: { kind: 'own', title: 'Hundepasser' } }).success).toBe(true);
		expect(Trial.safeParse({ ...full, job: { kind: 'own', title: '   ' } }).success).toBe(false);
		expect(Trial.safeParse({ ...full, startTime: '24:00' }).success).toBe(false);
		expect(Trial.safeParse({ ...full, startTime: '9:00' }).success).toBe(false);
		expect(Trial.safeParse({ ...full, transport: 'rocket' }).success).toBe(false);
		expect(Trial.safeParse({ ...full, contact: { name: 'Kari', phone: 'ring meg' } }).success).toBe(false);
		expect(Trial.safeParse({ ...full, contact: { name: '' } }).success).toBe(false);
		expect(Trial.safeParse({ ...full, ownTasks: [{ id: 'act_cook', label: 'x' }] }).success).toBe(false);
	});

	it('records who planned it', () => {
		expect(Trial.safeParse({ ...base, answeredBy: { kind: 'helper', role: 'teacher', name: 'Kari' } }).success).toBe(true);
		expect(Trial.safeParse({ ...base, answeredBy: undefined }).success).toBe(false);
	});

	it('knows real calendar days', () => {
		expect(isRealDate('2028-02-29')).toBe(true);
		expect(isRealDate('2026-02-29')).toBe(false);
		expect(isRealDate('2026-13-01')).toBe(false);
	});
});

describe('trial answer keys', () => {
	it('reads back every key it writes', () => {
		const refs = [
			{ trialId: 't-1', phase: { kind: 'before' as const }, question: 'expect' },
			{ trialId: 't-1', phase: { kind: 'day' as const, day: '2026-03-02' }, question: 'day' },
			{ trialId: 't-1', phase: { kind: 'day' as const, day: '2026-03-02' }, question: 'proud', part: 'text' as const },
			{ trialId: 't-1', phase: { kind: 'day' as const, day: '2026-03-02' }, question: 'liked:own_2' },
			{ trialId: 't-1', phase: { kind: 'after' as const }, question: 'why', part: 'voice' as const }
		];
		for (const ref of refs) expect(parseTrialKey(trialAnswerKey(ref))).toEqual({ type: 'answer', ...ref });
		expect(trialAnswerKey(refs[2]!)).toBe('trials/t-1/day/2026-03-02/proud/text');
	});

	it('keeps helper notes on their own branch', () => {
		const key = trialNoteKey('t-1', { kind: 'day', day: '2026-03-02' });
		expect(key).toBe('trials/t-1/notes/day/2026-03-02');
		expect(parseTrialKey(key)).toEqual({ type: 'note', trialId: 't-1', phase: { kind: 'day', day: '2026-03-02' } });
	});

	it('ignores keys that are not well-formed trial keys', () => {
		for (const key of [
			'interests/e-1/job_animals',
			'trials/',
			'trials/t-1/during/day',
			'trials/t-1/day/2026-02-30/day',
			'trials/t-1/before',
			'trials/t-1/before/why/sound',
			'trials/t-1/before/why/text/more',
			'trials/t-1/notes/day'
		]) {
			expect(parseTrialKey(key), key).toBeNull();
		}
	});
});
