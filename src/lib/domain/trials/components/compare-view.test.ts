import { describe, expect, it } from 'vitest';
import { SvelteMap } from 'svelte/reactivity';
import { m } from '$lib/paraglide/messages';
import { JOBS } from '$lib/domain/interests/catalogue';
import type { AnswerValue } from '$lib/domain/answers/schema';
import type { TrialsState } from '../trials.svelte';
import type { Phase } from '../schema';
import { compareTrials } from '../compare';
import { AFTER, buildAnswers, day, trialOf } from '../test-answers';
import { placeLabel, taskLabel } from '../labels';
import { TrialCompareView, idsFrom, sameLines, togglePicked } from './compare-view.svelte';

const hotel = trialOf({ id: 't-hotel', workplace: 'Scandic', days: ['2026-10-05'] });
const farm = trialOf({ id: 't-farm', workplace: 'Garden', days: ['2026-11-02'] });
const cafe = trialOf({ id: 't-cafe', days: ['2026-12-01'] });
const both = (d: string): [Phase, string, AnswerValue][] => [
	[day(d), 'tasks', ['act_clean']],
	[day(d), 'liked:act_clean', 'like'],
	[day(d), 'place', ['cond_indoors']]
];
const answers = { 't-hotel': buildAnswers('t-hotel', [...both('2026-10-05'), [AFTER, 'work_here', 'yes']]), 't-farm': buildAnswers('t-farm', [...both('2026-11-02')]) };

/** The trials state as the compare screen reads it. */
const trials = {
	loaded: true,
	trial: (id: string) => [hotel, farm, cafe].find((t) => t.id === id),
	compare: (ids: string[]) => compareTrials(ids.map((id) => ({ trial: [hotel, farm, cafe].find((t) => t.id === id)!, answers: answers[id as keyof typeof answers] })), JOBS, 'nb')
} as unknown as TrialsState;

describe('comparing trials on the screen', () => {
	it('"Likt i alle" says what every trial has in common, liked tasks first', () => {
		const lines = sameLines(trials.compare(['t-hotel', 't-farm'], 'nb'), 'nb');
		expect(lines.map((l) => l.text)).toEqual([
			`${m.trial_compare_liked()}: ${taskLabel('act_clean', { ownTasks: [] }, 'nb')}`,
			`${m.trial_compare_place()}: ${placeLabel('cond_indoors')}`
		]);
		expect(lines.map((l) => l.key)).toEqual(['l-act_clean', 'p-cond_indoors']);
	});

	it('takes at most three trials from the address and lets at most three be ticked', () => {
		expect(idsFrom('a,,b,c,d')).toEqual(['a', 'b', 'c']);
		expect(idsFrom(null)).toEqual([]);
		expect(togglePicked(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
		expect(togglePicked(['a', 'b'], 'a')).toEqual(['b']);
	});

	it('TrialCompareView: ticking, then "Vis" with the ticked trials; unknown ids in the address are left out', () => {
		const address = new SvelteMap<'ids', string>();
		const view = new TrialCompareView(
			() => trials,
			() => idsFrom(address.get('ids') ?? null),
			() => 'nb'
		);
		expect([view.comparing, view.ready]).toEqual([false, false]);
		view.toggle('t-hotel');
		view.toggle('t-farm');
		expect(view.ready).toBe(true);
		expect(view.showHref).toBe('/trials/compare?ids=t-hotel,t-farm');
		view.toggle('t-cafe');
		expect([view.canPick('t-hotel'), view.canPick('other')]).toEqual([true, false]);

		address.set('ids', 't-hotel,gone');
		expect([view.shown, view.comparing, view.comparison]).toEqual([['t-hotel'], false, null]);
		address.set('ids', 't-hotel,t-farm');
		expect(view.comparison?.columns.map((c) => c.workHere)).toEqual(['yes', null]);
		expect(view.same).toHaveLength(2);
	});
});
