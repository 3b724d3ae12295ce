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
		expect(trialCvFeed(trial, answers, JOBS, 'nb')).toEqual({
			trialId: 't-1',
			experience: {
				kind: 'jobbsmak',
				workplace: 'Scandic',
				jobTitle: 'Romassistent på hotell',
				firstDay: '2026-10-05',
				lastDay: '2026-10-06',
				dayCount: 2,
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
		expect(experienceTitle(feed, 'nb')).toBe('Jobbsmak på Scandic');
		expect(experienceTitle(feed, 'en')).toBe('Job taster at Scandic');
		expect(experienceTasks(feed, trial, 'nb')).toEqual(['Re senger', 'Gjøre rent', 'Brette klær']);
		const noPlace = trialCvFeed(trialOf({ job: { kind: 'own', title: 'Hundepasser' } }), undefined, JOBS, 'nb');
		expect(experienceTitle(noPlace, 'nb')).toBe('Jobbsmak: Hundepasser');
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
