import { describe, expect, it } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { aboutFor } from '$lib/domain/about/about.svelte';
import { PlanOverview } from './plan-overview.svelte';

const SELF = { kind: 'self' } as const;

async function nora() {
	const person = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
	const view = new PlanOverview(() => person.id, () => 'nb', '2026-09-15');
	await Promise.all([view.plan!.load(), aboutFor(person.id).load()]);
	return { person, view };
}

describe('PlanOverview: "Min plan" as one page', () => {
	it('reads the help the person needs from Om meg, never asking twice', async () => {
		const { person, view } = await nora();
		expect(view.support.cards).toEqual([]);
		await aboutFor(person.id).toggle('support', 'show_me', SELF);
		expect(view.support.cards).toEqual(['show_me']);
		expect(view.current?.support.cards).toEqual(['show_me']);
	});

	it('shows the steps to do before those done, ticks them off, deletes one and brings it back', async () => {
		const { view } = await nora();
		const plan = view.plan!;
		await plan.addStep({ what: 'Ringe NAV', who: { role: 'me' }, due: '2026-10-01' }, SELF);
		await plan.addStep({ what: 'Besøke Arba', who: { role: 'me' } }, SELF);
		expect(view.open.map((s) => s.what)).toEqual(['Ringe NAV', 'Besøke Arba']);
		await view.tick(view.open[0]!, true);
		expect([view.open.map((s) => s.what), view.done.map((s) => s.what), view.count]).toEqual([['Besøke Arba'], ['Ringe NAV'], { done: 1, total: 2 }]);
		// "Les opp" reads the steps still to do, not those done.
		expect(view.stepsSpoken).toMatch(/^Neste steg\. .*\. Besøke Arba$/);
		expect(view.stepsSpoken).not.toContain('Ringe NAV');
		await view.remove(view.open[0]!);
		expect([view.deletedWhat, view.open.length]).toEqual(['Besøke Arba', 0]);
		await view.undo();
		expect(view.open.map((s) => s.what)).toEqual(['Besøke Arba']);
	});

	it('keeps a dated copy for the meeting, once: the same plan again is "same"', async () => {
		const { view } = await nora();
		await view.save();
		expect([view.saved, view.plan!.versions.length, view.busy]).toEqual(['saved', 1, false]);
		await view.save();
		expect([view.saved, view.plan!.versions.length]).toEqual(['same', 1]);
		// A change after saving: the page no longer says the copy is saved.
		await view.plan!.addStep({ what: 'Ringe NAV', who: { role: 'me' } }, SELF);
		await view.tick(view.open[0]!, true);
		expect(view.saved).toBeNull();
	});
});
