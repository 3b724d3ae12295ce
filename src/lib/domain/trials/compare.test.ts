import { describe, expect, it } from 'vitest';
import { JOBS } from '$lib/domain/interests/catalogue';
import { compareTrials } from './compare';
import { AFTER, buildAnswers, day, trialOf } from './test-answers';

const hotel = trialOf({
	id: 't-hotel',
	workplace: 'Scandic',
	days: ['2026-10-05', '2026-10-06'],
	job: { kind: 'catalogue', jobId: 'hotel_room_attendant' },
	ownTasks: [{ id: 'own_1', label: 'Re senger' }]
});
const hotelAnswers = buildAnswers('t-hotel', [
	[day('2026-10-05'), 'day', 'good'],
	[day('2026-10-05'), 'tasks', ['own_1', 'act_clean']],
	[day('2026-10-05'), 'liked:own_1', 'like'],
	[day('2026-10-05'), 'liked:act_clean', 'like'],
	[day('2026-10-05'), 'place', ['cond_noisy', 'cond_indoors']],
	[day('2026-10-05'), 'people_kind', 'yes'],
	[day('2026-10-05'), 'help', ['checklist']],
	[AFTER, 'work_here', 'yes']
]);

const farm = trialOf({ id: 't-farm', workplace: 'Garden', days: ['2026-11-02', '2026-11-03', '2026-11-04'], job: { kind: 'own', title: 'Gårdsgutt' } });
const farmAnswers = buildAnswers('t-farm', [
	[day('2026-11-02'), 'day', 'hard'],
	[day('2026-11-03'), 'day', 'good'],
	[day('2026-11-02'), 'tasks', ['act_animal_care', 'act_clean']],
	[day('2026-11-02'), 'liked:act_animal_care', 'like'],
	[day('2026-11-02'), 'liked:act_clean', 'like'],
	[day('2026-11-03'), 'liked:act_clean', 'dislike'],
	[day('2026-11-02'), 'place', ['cond_outdoors', 'cond_quiet']],
	[day('2026-11-02'), 'people_kind', 'yes'],
	[day('2026-11-02'), 'people_help', 'no'],
	[day('2026-11-02'), 'help', ['checklist', 'show_me']],
	[AFTER, 'work_here', 'maybe']
]);

describe('comparing trials', () => {
	it('puts two trials side by side: faces per day, tasks, place, people, help, work here', () => {
		const { columns } = compareTrials(
			[
				{ trial: hotel, answers: hotelAnswers },
				{ trial: farm, answers: farmAnswers }
			],
			JOBS,
			'nb'
		);
		expect(columns[0]).toMatchObject({
			trialId: 't-hotel',
			symbol: 'job_hotel_room',
			title: 'Romassistent på hotell',
			workplace: 'Scandic',
			faces: [
				{ day: '2026-10-05', face: 'good' },
				{ day: '2026-10-06', face: null }
			],
			liked: ['own_1', 'act_clean'],
			disliked: [],
			place: ['cond_noisy', 'cond_indoors'],
			peopleKind: 'yes',
			peopleHelp: null,
			help: ['checklist'],
			workHere: 'yes'
		});
		expect(columns[1]).toMatchObject({
			symbol: 'trial_jobbsmak',
			title: 'Gårdsgutt',
			faces: [
				{ day: '2026-11-02', face: 'hard' },
				{ day: '2026-11-03', face: 'good' },
				{ day: '2026-11-04', face: null }
			],
			// The latest answer counts: cleaning was liked on day 1, not on day 2.
			liked: ['act_animal_care'],
			disliked: ['act_clean'],
			place: ['cond_quiet', 'cond_outdoors'],
			peopleHelp: 'no',
			help: ['checklist', 'show_me'],
			workHere: 'maybe'
		});
	});

	it('shows what the trials have in common', () => {
		const result = compareTrials(
			[
				{ trial: hotel, answers: hotelAnswers },
				{ trial: farm, answers: farmAnswers },
				{ trial: trialOf({ id: 't-3' }), answers: undefined }
			],
			JOBS,
			'nb'
		);
		expect(result.columns).toHaveLength(3);
		expect(result.same).toEqual({ liked: [], disliked: [], place: [], help: [] });
		const two = compareTrials(
			[
				{ trial: hotel, answers: hotelAnswers },
				{ trial: farm, answers: farmAnswers }
			],
			JOBS,
			'nb'
		);
		expect(two.same.help).toEqual(['checklist']);
	});

	it('never treats two trials’ own tasks as the same task', () => {
		const other = trialOf({ id: 't-4', ownTasks: [{ id: 'own_1', label: 'Mate hønene' }], days: ['2026-10-05'] });
		const otherAnswers = buildAnswers('t-4', [
			[day('2026-10-05'), 'tasks', ['own_1', 'act_clean']],
			[day('2026-10-05'), 'liked:own_1', 'like'],
			[day('2026-10-05'), 'liked:act_clean', 'like']
		]);
		const result = compareTrials(
			[
				{ trial: hotel, answers: hotelAnswers },
				{ trial: other, answers: otherAnswers }
			],
			JOBS,
			'nb'
		);
		expect(result.same.liked).toEqual(['act_clean']);
	});

	it('compares only 2 or 3 trials', () => {
		expect(() => compareTrials([{ trial: hotel, answers: hotelAnswers }], JOBS, 'nb')).toThrow(RangeError);
		const four = Array.from({ length: 4 }, (_, i) => ({ trial: trialOf({ id: `t-${i}` }), answers: undefined }));
		expect(() => compareTrials(four, JOBS, 'nb')).toThrow(RangeError);
	});
});
