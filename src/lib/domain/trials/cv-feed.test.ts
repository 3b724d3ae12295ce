import { describe, expect, it } from 'vitest';
import { JOBS } from '$lib/domain/interests/catalogue';
import { cvFeeds, experienceTasks, experienceTitle, trialCvFeed } from './cv-feed';
import { AFTER, buildAnswers, day, trialOf } from './test-answers';

const trial = trialOf({
	workplace: 'Scandic',
	days: ['2026-10-05', '2026-10-06'],
	job: { kind: 'catalogue', jobId: 'hotel_room_attendant' },
	ownTasks: [{ id: 'own_1', label: 'Re senger' }]
});
const answers = buildAnswers('t-1', [
	[day('2026-10-05'), 'tasks', ['own_1', 'act_clean']],
	[day('2026-10-06'), 'tasks', ['act_fold_laundry']],
	[day('2026-10-05'), 'help', ['checklist']],
	[day('2026-10-06'), 'help', ['breaks', 'checklist']],
	[day('2026-10-05'), 'photos', ['m-1', 'm-2']],
	[day('2026-10-06'), 'photos', ['m-3']],
	[AFTER, 'work_here', 'yes'],
	[AFTER, 'can_do', ['own_1', 'act_fold_laundry']],
	[AFTER, 'can_do/text', 'Jeg kan komme tidsnok.'],
	[AFTER, 'can_do', 'Hun trenger mer øving.', 'note']
]);

describe('what a trial gives the CV', () => {
	it('gives an experience line, skills, support needs and photos', () => {
		const { evidence, ...feed } = trialCvFeed(trial, answers, JOBS, 'nb');
		expect(evidence.dayCount.value).toEqual({ planned: 2, done: 2, ahead: 0 });
		expect(feed).toEqual({
			trialId: 't-1',
			experience: {
				kind: 'jobbsmak',
				workplace: 'Scandic',
				jobTitle: 'Romassistent på hotell',
				firstDay: '2026-10-05',
				lastDay: '2026-10-06',
				daysPlanned: 2,
				daysDone: 2,
				tasks: ['own_1', 'act_clean', 'act_fold_laundry']
			},
			skills: { tasks: ['own_1', 'act_fold_laundry'], text: 'Jeg kan komme tidsnok.' },
			supportNeeds: ['checklist', 'breaks'],
			photoMediaIds: ['m-1', 'm-2', 'm-3'],
			workHere: 'yes'
		});
	});

	it('words the experience line in the chosen language', () => {
		const feed = trialCvFeed(trial, answers, JOBS, 'en');
		// The job is named with the place, in the title's own language (the feed was made in English).
		expect(experienceTitle(feed, JOBS, 'nb')).toBe('Jobbsmak på Scandic som romassistent på hotell');
		expect(experienceTitle(feed, JOBS, 'en')).toBe('Job taster at Scandic as hotel room attendant');
		expect(experienceTasks(feed, trial, 'nb')).toEqual(['Re senger', 'Gjøre rent', 'Brette klær']);
		const noPlace = trialCvFeed(trialOf({ job: { kind: 'own', title: 'Hundepasser' } }), undefined, JOBS, 'nb');
		expect(experienceTitle(noPlace, JOBS, 'nb')).toBe('Jobbsmak som Hundepasser');
		expect(noPlace.skills).toEqual({ tasks: [], text: '' });
	});

	it('lists trials oldest first', () => {
		const older = trialOf({ id: 'old', createdRev: 1 });
		const newer = trialOf({ id: 'new', createdRev: 9 });
		expect(cvFeeds([{ trial: newer, answers: undefined }, { trial: older, answers: undefined }], JOBS, 'nb').map((f) => f.trialId)).toEqual([
			'old',
			'new'
		]);
	});
});
