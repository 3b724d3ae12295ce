import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { TrialsState } from '../trials.svelte';
import { stepLabel } from '../labels';
import { trialOf } from '../test-answers';
import { noteKey, planPartValue, stepSymbol, trialSteps } from './trial-view';
import { TrialOverview } from './trial-overview.svelte';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };

describe("a trial's page", () => {
	it('lists before, each day and after, with what is done', () => {
		const trial = trialOf({ days: ['2026-03-02', '2026-03-03'] });
		const progress = { before: { done: true }, days: [{ done: false }], after: { done: false } } as Parameters<typeof trialSteps>[1];
		const steps = trialSteps(trial, progress, 'nb');
		expect(steps.map((s) => [s.label, s.done])).toEqual([
			[stepLabel('before'), true],
			[m.trial_day_heading({ number: 1, date: 'mandag 2. mars' }), false],
			[m.trial_day_heading({ number: 2, date: 'tirsdag 3. mars' }), false],
			[stepLabel('after'), false]
		]);
		expect(steps.map(stepSymbol)).toEqual(['ui_done', 'doc_calendar', 'doc_calendar', 'feel_proud']);
		expect(steps.map((s) => noteKey(s.phase))).toEqual(['before', 'day/2026-03-02', 'day/2026-03-03', 'after']);
	});

	it('says what each part of the plan holds, or null when it was skipped', () => {
		const trial = trialOf({ workplace: 'Scandic', days: ['2026-03-02'], startTime: '08:00', contact: { name: 'Per', phone: '123 45 678' } });
		expect(planPartValue(trial, 'workplace', null, 'nb')).toBe('Scandic');
		expect(planPartValue(trial, 'job', 'Kokk', 'nb')).toBe('Kokk');
		expect(planPartValue(trial, 'days', null, 'nb')).toBe('mandag 2. mars');
		expect(planPartValue(trial, 'contact', null, 'nb')).toBe('Per, 123 45 678');
		expect(planPartValue(trial, 'transport', null, 'nb')).toBeNull();
		expect(planPartValue(trial, 'will_do', null, 'nb')).toBeNull();
	});

	it('TrialOverview follows the trial in the address, and an edited summary is stored as the person\'s words', async () => {
		const p = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const trials = new TrialsState(p.id);
		await trials.load();
		const trial = (await trials.create({ kind: 'jobbsmak', days: ['2026-03-02'], workplace: 'Scandic' }, KARI))!;
		const view = new TrialOverview(
			() => trials,
			() => 'nb'
		);
		expect([view.trial, view.title()]).toEqual([undefined, m.trials_title()]);
		view.start(`http://localhost/trials/trial?id=${encodeURIComponent(trial.id)}`);
		expect(view.trial?.id).toBe(trial.id);
		expect(view.steps).toHaveLength(3);
		expect(view.partValue('workplace')).toBe('Scandic');
		expect(view.showSummary).toBe(false);

		view.editSummary();
		expect(view.summaryText).toBe(view.summary?.text);
		view.summaryText = '  Jeg likte det.  ';
		await view.saveSummary(SELF);
		expect(view.editingSummary).toBe(false);
		expect(view.answers?.after['summary']?.value).toBe('Jeg likte det.');
		expect([view.summary?.edited, view.showSummary]).toEqual([true, true]);
		view.editSummary();
		view.remakeSummary();
		expect(view.summaryText).toBe(view.summary?.generated);
	});
});
