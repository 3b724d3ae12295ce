import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import { SELF, type Answer, type AnsweredBy } from '$lib/domain/answers/schema';
import { KARI, NORA } from '../../../../tests/unit/people';
import { helperOf } from '$lib/domain/answers/helper-label';
import { buildYear, personDates } from '$lib/domain/info/year';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { m } from '$lib/paraglide/messages';
import { LOCALES } from '$lib/i18n/locale';
import symbolMap from '$lib/symbols/symbol-map.json';
import { STEP_HELPERS, type PlanStep } from './step-schema';
import {
	dueText,
	filledParts,
	isLate,
	planFrom,
	planSnapshot,
	planStepDates,
	sameSnapshot,
	sortSteps,
	stepCount,
	supportSnapshot,
	trialHelp
} from './plan-rules';
import { toggleCard } from '$lib/domain/journey/journey-keys';
import { GOALS, PLAN_PARTS, parsePlanKey, planKey } from './schema';
import { PlanState } from './plan.svelte';
import { STEP_IDEAS, goalLabel, planPartHint, planPartTitle, savedByText, stepHelperText, stepRoleLabel } from './labels';

const answer = (key: string, value: Answer['value'], rev: number, by: AnsweredBy = SELF): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: by, rev });

function step(over: Partial<PlanStep> & { id: string }): PlanStep {
	return { profileId: 'p', what: over.id, who: { role: 'me' }, done: false, source: { kind: 'plan' }, answeredBy: SELF, createdRev: 1, seq: 0, rev: 1, ...over };
}
const NO_SUPPORT = supportSnapshot({ cards: [], cardsBy: null, text: '', textBy: null }, []);

describe('Min plan keys and goal cards', () => {
	it('reads back the keys it writes, and nothing else', () => {
		expect(parsePlanKey(planKey('dream_job'))).toEqual({ part: 'dream_job' });
		expect(parsePlanKey(planKey('few_years', 'voice'))).toEqual({ part: 'few_years', sub: 'voice' });
		expect(parsePlanKey('plan/support')).toBeNull();
		expect(parsePlanKey('about/support')).toBeNull();
	});

	it('has about ten goals, each with a symbol and a short label in every language', () => {
		expect(GOALS.length).toBeGreaterThanOrEqual(10);
		for (const g of GOALS) {
			expect(symbolMap).toHaveProperty(g.symbol);
			for (const locale of LOCALES) {
				const label = goalLabel(g.id, locale);
				expect(label).not.toBe(g.id);
				expect(label.split(/\s+/).length, label).toBeLessThanOrEqual(6);
			}
		}
		for (const idea of STEP_IDEAS) expect(symbolMap).toHaveProperty(idea.symbol);
	});
});

describe('plan from answers', () => {
	it('groups answers into the parts, keeps who said it, drops unknown goals and extra jobs', () => {
		const plan = planFrom([
			answer('plan/dream_job', ['canteen_assistant', 'baker'], 1),
			answer('plan/dream_job/text', 'Jobbe på kafé.', 2, KARI),
			answer('plan/this_year', ['try_trial', 'nonsense', 'travel_alone'], 3),
			answer('plan/few_years/voice', 'media-1', 4),
			answer('about/support', ['checklist'], 5)
		]);
		expect(plan.dream_job).toEqual({ cards: ['canteen_assistant'], cardsBy: SELF, text: 'Jobbe på kafé.', textBy: KARI, voiceId: null });
		expect(plan.this_year.cards).toEqual(['try_trial', 'travel_alone']);
		expect(plan.few_years.voiceId).toBe('media-1');
		expect(filledParts(plan)).toBe(3);
		expect(helperOf(plan.dream_job)).toEqual(KARI);
		expect(helperOf(plan.this_year)).toBeNull();
	});

	it('toggles a goal on and off and keeps the order chosen', () => {
		expect(toggleCard(['get_job'], 'own_money')).toEqual(['get_job', 'own_money']);
		expect(toggleCard(['get_job', 'own_money'], 'get_job')).toEqual(['own_money']);
	});

	it('lists the help from trials once each, in a fixed order', () => {
		expect(trialHelp([['breaks', 'checklist'], ['checklist', 'instructions']])).toEqual(['instructions', 'checklist', 'breaks']);
	});
});

describe('next steps', () => {
	it('shows steps to do first, the soonest date first, then steps without a date, then the done ones', () => {
		const steps = [
			step({ id: 'a', createdRev: 1 }),
			step({ id: 'b', due: '2026-12-10', createdRev: 2 }),
			step({ id: 'c', due: '2026-12-04', done: true, createdRev: 3 }),
			step({ id: 'd', due: '2026-12-04', createdRev: 4 }),
			step({ id: 'e', done: true, createdRev: 5 })
		];
		expect(sortSteps(steps).map((s) => s.id)).toEqual(['d', 'b', 'a', 'c', 'e']);
		expect(stepCount(steps)).toEqual({ done: 2, total: 5 });
	});

	it('says the date with the weekday, and the year only when it is another year', () => {
		expect(dueText('2026-12-04', 'nb', '2026-11-26')).toBe('fredag 4. desember');
		expect(dueText('2026-12-04', 'en', '2026-11-26')).toBe('Friday 4 December');
		expect(dueText('2027-01-08', 'nn', '2026-11-26')).toBe('fredag 8. januar 2027');
		expect(isLate(step({ id: 'x', due: '2026-11-25' }), '2026-11-26')).toBe(true);
		expect(isLate(step({ id: 'x', due: '2026-11-25', done: true }), '2026-11-26')).toBe(false);
		expect(isLate(step({ id: 'x' }), '2026-11-26')).toBe(false);
	});

	it('gives "Året mitt" the dated steps still to do', () => {
		const dates = planStepDates([
			step({ id: 's1', what: 'Søke jobbsmak', due: '2026-12-04' }),
			step({ id: 's2', what: 'Ringe NAV' }),
			step({ id: 's3', what: 'Øve på bussen', due: '2026-12-01', done: true })
		]);
		expect(dates).toEqual([{ id: 's1', title: 'Søke jobbsmak', day: '2026-12-04', symbol: 'plan_steps' }]);
		expect(symbolMap).toHaveProperty('plan_steps');
		const year = buildYear([], personDates({ trials: [], planSteps: dates }), '2026-11-26');
		const items = year.months.flatMap((mo) => mo.items);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ source: 'plan', title: 'Søke jobbsmak', start: '2026-12-04' });
	});
});

describe('snapshots', () => {
	it('are equal when the plan is the same, and differ when a word, a tick or who gave it changes', () => {
		const plan = planFrom([answer('plan/dream_job', ['canteen_assistant'], 1), answer('plan/this_year/text', 'Lære å kjøre buss.', 2)]);
		const steps = [step({ id: 'a', due: '2026-12-04', who: { role: 'teacher', name: 'Kari' } })];
		const a = planSnapshot(plan, NO_SUPPORT, steps);
		// The same plan, built again with keys in another order, is the same.
		const b = planSnapshot(structuredClone(plan), { trialHelp: [], textBy: null, text: '', cardsBy: null, cards: [] }, [{ ...steps[0]!, rev: 9 }]);
		expect(sameSnapshot(a, b)).toBe(true);
		expect(sameSnapshot(a, planSnapshot(plan, NO_SUPPORT, [{ ...steps[0]!, done: true }]))).toBe(false);
		expect(sameSnapshot(a, planSnapshot({ ...plan, this_year: { ...plan.this_year, textBy: KARI } }, NO_SUPPORT, steps))).toBe(false);
		expect(sameSnapshot(a, planSnapshot(plan, supportSnapshot({ cards: ['breaks'], cardsBy: SELF, text: '', textBy: null }, []), steps))).toBe(false);
	});
});

describe('PlanState', () => {
	it('stores every tap and word at once, and loads them again', async () => {
		const p = await createProfile(NORA);
		const state = new PlanState(p.id);
		await state.load();
		expect(await state.choose('dream_job', 'canteen_assistant', SELF)).toBe(true);
		await state.choose('dream_job', 'baker', SELF);
		await state.choose('this_year', 'try_trial', SELF);
		await state.choose('this_year', 'travel_alone', KARI);
		await state.choose('this_year', 'try_trial', KARI);
		await state.setText('few_years', 'Bo for meg selv.', SELF);
		const added = await state.addStep({ what: 'Søke jobbsmak', who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04' }, SELF);
		await state.addStep({ what: 'Ringe NAV', who: { role: 'nav' } }, KARI);
		expect(await state.setDone(added!.id, true, SELF)).toBe(true);
		expect(state.filled).toBe(3);

		const again = new PlanState(p.id);
		await again.load();
		expect(again.parts.dream_job.cards).toEqual(['baker']);
		expect(again.parts.this_year).toMatchObject({ cards: ['travel_alone'], cardsBy: KARI });
		expect(again.parts.few_years.text).toBe('Bo for meg selv.');
		expect(again.steps.map((s) => [s.what, s.done])).toEqual([['Søke jobbsmak', true], ['Ringe NAV', false]]);
	});

	it('edits a step, clears its date, deletes it and puts it back on undo', async () => {
		const p = await createProfile(NORA);
		const state = new PlanState(p.id);
		await state.load();
		const first = await state.addStep({ what: 'Første', who: { role: 'me' }, due: '2026-12-01' }, SELF);
		await state.addStep({ what: 'Andre', who: { role: 'me' } }, SELF);
		const edited = await state.editStep(first!.id, { what: ' Ringe Kari ', who: { role: 'parent', name: ' Mamma ' }, due: '' }, KARI);
		expect(edited).toMatchObject({ what: 'Ringe Kari', who: { role: 'parent', name: 'Mamma' }, answeredBy: KARI });
		expect(edited!.due).toBeUndefined();
		expect(await state.editStep(first!.id, { what: '  ', who: { role: 'me' } }, SELF)).toBeNull();
		await state.removeStep(first!.id);
		expect(state.steps.map((s) => s.what)).toEqual(['Andre']);
		await state.undoDelete();
		expect(state.steps.map((s) => s.what)).toEqual(['Ringe Kari', 'Andre']);
		expect(state.lastDeleted).toBeNull();
	});

	it('says "full" when the device is full, and keeps what was saved', async () => {
		const p = await createProfile(NORA);
		await saveAnswer(p.id, planKey('this_year'), ['get_job'], SELF);
		const state = new PlanState(p.id);
		await state.load();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.choose('this_year', 'own_money', SELF)).toBe(false);
		expect(await state.addStep({ what: 'Ringe NAV', who: { role: 'nav' } }, SELF)).toBeNull();
		expect(await state.saveVersion(NO_SUPPORT, '2026-11-26', SELF)).toBeNull();
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.parts.this_year.cards).toEqual(['get_job']);
		expect(state.steps).toEqual([]);
		expect(state.versions).toEqual([]);
		const again = new PlanState(p.id);
		await again.load();
		expect(again.parts.this_year.cards).toEqual(['get_job']);
		expect(await state.choose('this_year', 'own_money', SELF)).toBe(true);
		expect(state.full).toBe(false);
	});

	it('saves a version for the meeting, once per change', async () => {
		const p = await createProfile(NORA);
		const state = new PlanState(p.id);
		await state.load();
		await state.choose('dream_job', 'canteen_assistant', SELF);
		expect((await state.saveVersion(NO_SUPPORT, '2026-11-26', SELF))?.kind).toBe('saved');
		expect((await state.saveVersion(NO_SUPPORT, '2026-11-27', KARI))?.kind).toBe('same');
		await state.choose('dream_job', 'baker', SELF);
		expect((await state.saveVersion(NO_SUPPORT, '2026-11-27', KARI))?.kind).toBe('saved');
		expect(state.versions.map((v) => [v.savedOn, v.snapshot.parts.dream_job.cards[0]])).toEqual([
			['2026-11-27', 'baker'],
			['2026-11-26', 'canteen_assistant']
		]);
		const again = new PlanState(p.id);
		await again.load();
		expect(again.versions.map((v) => v.id)).toEqual(state.versions.map((v) => v.id));
		expect(again.version(state.versions[1]!.id)?.snapshot.parts.dream_job.cards).toEqual(['canteen_assistant']);
	});
});

describe('Min plan texts', () => {
	it('pass the easy-read lint in bokmål, also the sentences the app puts together', () => {
		const texts = [
			m.plan_intro(),
			m.plan_steps_intro(),
			m.plan_version_same(),
			m.plan_save_text(),
			m.plan_history_old(),
			savedByText(KARI),
			m.plan_filled({ count: 2 }),
			m.plan_steps_count({ done: 1, total: 3 }),
			...PLAN_PARTS.map((p) => `${planPartTitle(p, 'nb')}. ${planPartHint(p, 'nb')}`),
			...STEP_HELPERS.map((role) => stepHelperText({ role, name: 'Kari' }, 'nb')),
			...STEP_HELPERS.map((role) => stepHelperText({ role }, 'nb')),
			`${m.plan_step_by({ day: dueText('2026-12-04', 'nb', '2026-01-01') })}. ${m.plan_step_late()}`,
			m.plan_history_title({ day: dueText('2027-01-08', 'nb', '2026-01-01') }),
			m.plan_step_ticked({ what: 'Søke jobbsmak på Meny' })
		];
		for (const text of texts) expect(checkEasyRead(text), text).toEqual([]);
		expect(stepHelperText({ role: 'teacher', name: 'Kari' }, 'nb')).toBe('Lærer Kari hjelper.');
		expect(stepHelperText({ role: 'me' }, 'nb')).toBe('Jeg gjør det selv.');
		for (const role of STEP_HELPERS) for (const locale of LOCALES) expect(stepRoleLabel(role, locale)).not.toBe('');
	});
});
