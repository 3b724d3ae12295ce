import { describe, expect, it } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { PlanState } from './plan.svelte';
import { StepForm } from './step-form.svelte';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };

async function plan() {
	const person = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
	const state = new PlanState(person.id);
	await state.load();
	return state;
}

describe('StepForm: the form of /plan/step', () => {
	it('starts a new step with whoever is helping now, never "Meg" when a helper is there', () => {
		expect(new StepForm(SELF)).toMatchObject({ role: 'me', name: '' });
		expect(new StepForm(KARI)).toMatchObject({ role: 'teacher', name: 'Kari' });
	});

	it('stores nothing without words for what to do, and says so', async () => {
		const state = await plan();
		const form = new StepForm(SELF);
		form.what = '   ';
		expect(await form.save(state, null, 'nb', SELF)).toBe('missing');
		expect(form.error).not.toBe('');
		expect(state.steps).toEqual([]);
	});

	it("keeps a card's words as the card (read in any language), and changed words as typed", async () => {
		const state = await plan();
		const card = new StepForm(SELF);
		card.useIdea('call_nav', 'Ringe NAV');
		expect(await card.save(state, null, 'nb', SELF)).toBe('saved');
		const changed = new StepForm(SELF);
		changed.useIdea('call_nav', 'Ringe NAV');
		changed.what = 'Ringe NAV om VTA';
		await changed.save(state, null, 'nb', SELF);
		expect(state.steps.map((s) => [s.what, s.idea])).toEqual([
			['', 'call_nav'],
			['Ringe NAV om VTA', undefined]
		]);
	});

	it('keeps a helper\'s name only for a helper, and a date only when it is a whole day', async () => {
		const state = await plan();
		const form = new StepForm(KARI);
		form.what = 'Besøke Arba';
		form.due = '2027-05';
		expect(form.validDue).toBe('');
		await form.save(state, null, 'nb', KARI);
		const me = new StepForm(SELF);
		me.what = 'Øve på bussen';
		me.name = 'ignored';
		me.due = '2027-05-02';
		await me.save(state, null, 'nb', SELF);
		expect(state.steps.map((s) => [s.who, s.due ?? null, s.answeredBy.kind])).toEqual([
			[{ role: 'teacher', name: 'Kari' }, null, 'helper'],
			[{ role: 'me' }, '2027-05-02', 'self']
		]);
	});

	it('changes a step from what it says now, fills in once (typing is never overwritten), and can take the date away', async () => {
		const state = await plan();
		const made = (await state.addStep({ what: '', idea: 'visit_work', who: { role: 'nav', name: 'Per' }, due: '2027-01-10' }, SELF))!;
		const form = new StepForm(SELF);
		form.fillFrom(made, 'nb');
		expect(form).toMatchObject({ what: 'Besøke en arbeidsplass', idea: 'visit_work', role: 'nav', name: 'Per', due: '2027-01-10' });
		form.what = 'Besøke Meny';
		form.fillFrom(made, 'nb');
		expect(form.what).toBe('Besøke Meny');
		form.due = '';
		expect(await form.save(state, made, 'nb', SELF)).toBe('saved');
		expect(state.steps).toHaveLength(1);
		expect(state.steps[0]).toMatchObject({ what: 'Besøke Meny', who: { role: 'nav', name: 'Per' } });
		expect(state.steps[0]?.due).toBeUndefined();
	});
});
