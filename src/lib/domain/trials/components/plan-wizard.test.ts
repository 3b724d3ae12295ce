import { describe, expect, it, vi } from 'vitest';
import { SvelteMap } from 'svelte/reactivity';
import { m } from '$lib/paraglide/messages';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { TrialsState } from '../trials.svelte';
import type { Trial } from '../schema';
import { DRAFT_KEY, STEP_KEY, TrialPlanWizard } from './plan-wizard.svelte';
import { PLAN_PARTS } from './plan-draft';

const SELF: AnsweredBy = { kind: 'self' };
const SAVED: Trial = {
	id: 't1',
	profileId: 'p1',
	kind: 'jobbsmak',
	workplace: 'Scandic',
	days: ['2026-03-02'],
	ownTasks: [],
	answeredBy: SELF,
	createdRev: 1,
	rev: 1
};

/** A wizard on a fake tab: its history (reactive, as SvelteKit's page state is), its sessionStorage and its trials. */
function setup(href = 'http://localhost/trials/new', kept: Record<string, string> = {}) {
	const history = new SvelteMap<'step', number>();
	const storage = new Map(Object.entries(kept));
	const left: string[] = [];
	const trials = {
		trial: (id: string) => (id === SAVED.id ? SAVED : undefined),
		create: vi.fn(async (input: Omit<Trial, 'id'>) => ({ ...SAVED, ...input, id: 'new1' })),
		update: vi.fn(async () => SAVED)
	};
	const wizard = new TrialPlanWizard(
		() => trials as unknown as TrialsState,
		{ step: () => history.get('step'), push: (step) => history.set('step', step), leave: async (to) => left.push(to) },
		() => ({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v), removeItem: (k) => storage.delete(k) })
	);
	wizard.start(href);
	return { wizard, history, storage, left, trials };
}

describe('TrialPlanWizard', () => {
	it('asks for the kind before "Neste", then moves one screen on', async () => {
		const { wizard, history } = setup();
		expect([wizard.step, wizard.part, wizard.required, wizard.last]).toEqual([1, 'kind', true, false]);
		await wizard.next(SELF);
		expect(wizard.error).toBe(m.trial_plan_kind());
		expect(history.get('step')).toBeUndefined();
		wizard.draft.kind = 'jobbsmak';
		await wizard.next(SELF);
		expect(wizard.error).toBeUndefined();
		expect([wizard.step, wizard.part, wizard.required]).toEqual([2, 'job', false]);
	});

	it('"Hopp over" empties the part and moves on; the days cannot be skipped past', async () => {
		const { wizard, history } = setup();
		wizard.draft.kind = 'jobbsmak';
		history.set('step', 2);
		wizard.draft.ownTitle = 'Kokk';
		wizard.skip(SELF);
		expect(wizard.draft.ownTitle).toBe('');
		expect(wizard.part).toBe('workplace');
		history.set('step', 4);
		await wizard.next(SELF);
		expect(wizard.error).toBe(m.trial_plan_days_none());
		expect(wizard.step).toBe(4);
	});

	it('keeps the half-made plan in the tab and opens it again where the person was', () => {
		const first = setup();
		first.wizard.draft.kind = 'jobbsmak';
		first.wizard.draft.workplace = 'Scandic';
		first.history.set('step', 3);
		first.wizard.keepDraft();
		expect(first.storage.get(STEP_KEY)).toBe('3');
		const again = setup(undefined, Object.fromEntries(first.storage));
		expect([again.wizard.step, again.wizard.draft.kind, again.wizard.draft.workplace]).toEqual([3, 'jobbsmak', 'Scandic']);
		// A step out of range (an old tab, a hand-made address) opens a real screen.
		expect(setup(undefined, { [STEP_KEY]: '99' }).wizard.step).toBe(PLAN_PARTS.length);
	});

	it('"Lagre planen" on the last screen saves the plan, forgets the draft and opens the trial', async () => {
		const { wizard, history, storage, left, trials } = setup();
		Object.assign(wizard.draft, { kind: 'jobbsmak', days: ['2026-03-02'], workplace: ' Scandic ' });
		history.set('step', PLAN_PARTS.length);
		wizard.keepDraft();
		expect(wizard.last).toBe(true);
		await wizard.next(SELF);
		expect(trials.create).toHaveBeenCalledWith({ kind: 'jobbsmak', days: ['2026-03-02'], workplace: 'Scandic' }, SELF);
		expect(left).toEqual(['/trials/trial?id=new1']);
		expect(storage.has(DRAFT_KEY)).toBe(false);
		// Nothing more is kept while the page leaves.
		wizard.keepDraft();
		expect(storage.has(DRAFT_KEY)).toBe(false);
	});

	it('a last screen reached without the kind goes back to the first screen instead of saving', async () => {
		const { wizard, history, trials } = setup();
		history.set('step', PLAN_PARTS.length);
		await wizard.next(SELF);
		expect(trials.create).not.toHaveBeenCalled();
		expect(history.get('step')).toBe(1);
	});

	it('"Endre" opens one part of the saved plan with what was said and saves only that part', async () => {
		const { wizard, left, trials, storage } = setup('http://localhost/trials/new?id=t1&part=workplace');
		expect([wizard.editId, wizard.part, wizard.last]).toEqual(['t1', 'workplace', false]);
		wizard.fillFromSaved();
		expect(wizard.draft.workplace).toBe('Scandic');
		wizard.draft.workplace = 'Rema 1000';
		wizard.keepDraft();
		expect(storage.size).toBe(0);
		await wizard.next(SELF);
		expect(trials.update).toHaveBeenCalledWith('t1', { workplace: 'Rema 1000' }, SELF);
		expect(left).toEqual(['/trials/trial?id=t1']);
	});
});
