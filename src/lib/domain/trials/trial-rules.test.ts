import { describe, expect, it } from 'vitest';
import { MAX_DAYS } from './schema';
import {
	DAY_QUESTIONS,
	checkDays,
	dayLabel,
	groupTrialAnswers,
	jobChoices,
	likesToAsk,
	nextOwnTaskId,
	nextQuestion,
	nextStep,
	normaliseDays,
	placeOf,
	taskOptions,
	tasksDone,
	timeLabel,
	toggleChoice,
	toggleDay,
	trialProgress,
	weekOf,
	weekdayName,
	withoutAnswer
} from './trial-rules';
import { AFTER, BEFORE, buildAnswers, day, trialOf } from './test-answers';

const D1 = '2026-10-05'; // a Monday
const D2 = '2026-10-06';
const D3 = '2026-10-07';

function fullDay(d: string): [ReturnType<typeof day>, string, string | string[] | null][] {
	return DAY_QUESTIONS.filter((q) => !q.optional).map((q) => [day(d), q.id, q.kind === 'one' ? q.cards[0]!.id : []]);
}

describe('days', () => {
	it('puts days in order, once each, and drops what is not a real day', () => {
		expect(normaliseDays([D3, D1, D3, ' 2026-10-06 ', '2026-02-30', 'i morgen'])).toEqual([D1, D2, D3]);
	});

	it('allows 1 to 20 days', () => {
		expect(checkDays([])).toEqual({ ok: false, reason: 'none', days: [] });
		expect(checkDays([D2, D1])).toEqual({ ok: true, days: [D1, D2] });
		const many = Array.from({ length: MAX_DAYS + 1 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
		expect(checkDays(many)).toMatchObject({ ok: false, reason: 'too-many' });
	});

	it('toggles a day in the picker, and a 21st day is not added', () => {
		expect(toggleDay([D1], D2)).toEqual([D1, D2]);
		expect(toggleDay([D1, D2], D1)).toEqual([D2]);
		const twenty = Array.from({ length: MAX_DAYS }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
		expect(toggleDay(twenty, '2026-12-01')).toEqual(twenty);
	});

	it('names days with the weekday in each language', () => {
		expect(dayLabel(D1, 'nb')).toBe('mandag 5. oktober');
		expect(dayLabel(D1, 'nn')).toMatch(/^måndag 5\. oktober$/);
		expect(dayLabel(D1, 'en')).toBe('Monday 5 October');
		expect(weekdayName(D2, 'nb')).toBe('tirsdag');
		expect(weekdayName(D2, 'en')).toBe('Tuesday');
	});

	it('gives the Monday-to-Sunday week of a day for the picker', () => {
		expect(weekOf(D3)).toEqual(['2026-10-05', D2, D3, '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11']);
		expect(weekOf('2026-10-11')[0]).toBe(D1);
	});

	it('writes times the easy-read way', () => {
		expect(timeLabel('09:00', 'nb')).toBe('kl. 9');
		expect(timeLabel('08:30', 'nn')).toBe('kl. 8.30');
		expect(timeLabel('08:30', 'en')).toBe('8:30');
	});
});

describe('answers of a trial', () => {
	it('groups answers by phase and keeps notes apart', () => {
		const group = buildAnswers('t-1', [
			[BEFORE, 'expect', 'good'],
			[day(D1), 'day', 'hard'],
			[day(D1), 'day/text', 'Det var mye lyd.'],
			[day(D1), 'day', 'Nora var flink.', 'note'],
			[AFTER, 'work_here', 'maybe']
		]);
		expect(Object.keys(group.before)).toEqual(['expect']);
		expect(Object.keys(group.days[D1]!)).toEqual(['day', 'day/text']);
		expect(group.notes['day/2026-10-05']?.value).toBe('Nora var flink.');
		expect(Object.keys(group.after)).toEqual(['work_here']);
	});

	it('leaves out other answers', () => {
		const answer = { id: 'p/x', profileId: 'p', key: 'interests/e-1/job_animals', value: 'like', answeredBy: { kind: 'self' as const }, rev: 1 };
		expect(groupTrialAnswers([answer]).size).toBe(0);
	});

	it('resolves opposite place answers to the later one', () => {
		const group = buildAnswers('t-1', [[day(D1), 'place', ['cond_noisy', 'cond_indoors', 'cond_quiet', 'nonsense']]]);
		expect(placeOf(group.days[D1])).toEqual(['cond_indoors', 'cond_quiet']);
	});
});

describe('many-choice screens', () => {
	it('takes away the opposite place answer when one is chosen', () => {
		expect(toggleChoice('place', ['cond_noisy', 'cond_indoors'], 'cond_quiet')).toEqual(['cond_indoors', 'cond_quiet']);
		expect(toggleChoice('place', ['cond_noisy'], 'cond_noisy')).toEqual([]);
	});

	it('"I managed without help" and any kind of help take each other away', () => {
		expect(toggleChoice('help', ['instructions', 'breaks'], 'none')).toEqual(['none']);
		expect(toggleChoice('help', ['none'], 'checklist')).toEqual(['checklist']);
		expect(toggleChoice('help', ['none'], 'none')).toEqual([]);
		expect(toggleChoice('look_forward', ['tasks'], 'people')).toEqual(['tasks', 'people']);
	});
});

describe('progress', () => {
	const trial = trialOf({ days: [D1, D2, D3] });

	it('starts with nothing done and "Hva tror du?" first', () => {
		const p = trialProgress(trial, undefined);
		expect(p.doneSteps).toBe(0);
		expect(p.totalSteps).toBe(5);
		expect(nextStep(trial, undefined)).toEqual({ phase: BEFORE, question: expect.objectContaining({ id: 'expect' }) });
	});

	it('counts a question answered by a choice, a skip, words or a recording', () => {
		const group = buildAnswers('t-1', [
			[day(D1), 'day', null],
			[day(D1), 'tasks/text', 'Jeg redde senger.'],
			[day(D1), 'place/voice', 'm-1']
		]);
		expect(trialProgress(trial, group).days[0]).toMatchObject({ answered: 3, done: false });
		expect(nextQuestion(day(D1), group.days[D1])?.id).toBe('people_kind');
	});

	it('does not need photos or the edited summary to be done', () => {
		const group = buildAnswers('t-1', fullDay(D1));
		expect(trialProgress(trial, group).days[0]?.done).toBe(true);
		expect(nextQuestion(day(D1), group.days[D1])).toBeNull();
	});

	it('resumes at the first day not done, then "Etterpå"', () => {
		const before = buildAnswers('t-1', [
			[BEFORE, 'expect', 'ok'],
			[BEFORE, 'look_forward', []],
			[BEFORE, 'worry', []],
			...fullDay(D1)
		]);
		expect(nextStep(trial, before)).toMatchObject({ phase: day(D2), question: { id: 'day' } });
		const allDays = buildAnswers('t-1', [...fullDay(D1), ...fullDay(D2), ...fullDay(D3)]);
		expect(nextStep(trial, allDays, D3)?.phase).toEqual(AFTER);
	});

	it('uses the device date only to suggest, never to hide a step', () => {
		// The trial has started: go to the day, not back to "Hva tror du?".
		expect(nextStep(trial, undefined, D2)?.phase).toEqual(day(D1));
		// A clock set to 1970 still offers "Hva tror du?" and never a negative day.
		expect(nextStep(trial, undefined, '1970-01-01')?.phase).toEqual(BEFORE);
		const beforeDone = buildAnswers('t-1', [
			[BEFORE, 'expect', 'ok'],
			[BEFORE, 'look_forward', []],
			[BEFORE, 'worry', []]
		]);
		expect(nextStep(trial, beforeDone, '1970-01-01')?.phase).toEqual(day(D1));
	});

	it('is done when every step is done', () => {
		const everything = buildAnswers('t-1', [
			[BEFORE, 'expect', 'ok'],
			[BEFORE, 'look_forward', []],
			[BEFORE, 'worry', []],
			...fullDay(D1),
			...fullDay(D2),
			...fullDay(D3),
			[AFTER, 'work_here', 'yes'],
			[AFTER, 'why', []],
			[AFTER, 'similar', 'yes'],
			[AFTER, 'can_do', []]
		]);
		expect(trialProgress(trial, everything).doneSteps).toBe(5);
		expect(nextStep(trial, everything)).toBeNull();
	});
});

describe('tasks', () => {
	it('numbers own tasks and never reuses a number', () => {
		expect(nextOwnTaskId({ ownTasks: [] })).toBe('own_1');
		expect(nextOwnTaskId({ ownTasks: [{ id: 'own_1', label: 'a' }, { id: 'own_3', label: 'b' }] })).toBe('own_4');
	});

	it('offers the job’s tasks and own tasks first, the other cards after', () => {
		const options = taskOptions({ ownTasks: [{ id: 'own_1', label: 'Re senger' }] }, ['act_clean'], ['act_cook', 'act_clean', 'act_sort']);
		expect(options).toEqual({ suggested: ['act_clean', 'own_1'], more: ['act_cook', 'act_sort'] });
	});

	it('asks "Likte du dette?" for each task of the day not yet answered', () => {
		const group = buildAnswers('t-1', [
			[day(D1), 'tasks', ['own_1', 'act_clean', 'act_sort']],
			[day(D1), 'liked:act_clean', 'like'],
			[day(D1), 'liked:act_sort', null]
		]);
		expect(likesToAsk(group.days[D1])).toEqual(['own_1']);
		expect(likesToAsk(undefined)).toEqual([]);
	});

	it('lists every task done, in the order first done', () => {
		const group = buildAnswers('t-1', [
			[day(D1), 'tasks', ['own_1', 'act_clean']],
			[day(D2), 'tasks', ['act_clean', 'act_fold_laundry']]
		]);
		expect(tasksDone(trialOf({ days: [D1, D2] }), group)).toEqual(['own_1', 'act_clean', 'act_fold_laundry']);
	});
});

describe('choosing the job', () => {
	it('offers starred jobs first and every other job once', () => {
		const jobs = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(jobChoices(['c', 'gone'], jobs)).toEqual({ starred: [{ id: 'c' }], others: [{ id: 'a' }, { id: 'b' }] });
	});
});

describe('grouped answers', () => {
	it('takes one answer out without touching the others', () => {
		const group = buildAnswers('t-1', [
			[day(D1), 'why/voice', 'm-1'],
			[day(D1), 'why', ['people']],
			[AFTER, 'why/voice', 'm-2']
		]);
		const next = withoutAnswer(group, { trialId: 't-1', phase: day(D1), question: 'why', part: 'voice' });
		expect(Object.keys(next.days[D1]!)).toEqual(['why']);
		expect(Object.keys(next.after)).toEqual(['why/voice']);
		expect(Object.keys(group.days[D1]!)).toEqual(['why/voice', 'why']);
	});
});
