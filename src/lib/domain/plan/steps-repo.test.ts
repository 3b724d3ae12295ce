import { describe, expect, it } from 'vitest';
import { SELF, type AnsweredBy } from '$lib/domain/answers/schema';
import { addPlanSteps, deletePlanStep, listPlanSteps, restorePlanStep, updatePlanStep } from './steps-repo';

const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };

describe('plan steps', () => {
	it('adds several steps in one go, in order, each with who helps and who wrote it', async () => {
		const steps = await addPlanSteps(
			'p-nora',
			[
				{ what: ' Søke jobbsmak på Meny ', who: { role: 'teacher', name: ' Kari ' }, due: '2026-12-04' },
				{ what: '   ', who: { role: 'me' } },
				{ what: 'Øve på bussen', who: { role: 'parent', name: '' }, source: { kind: 'meeting', meetingId: 'mt-1' } }
			],
			KARI
		);
		expect(steps).toHaveLength(2);
		const listed = await listPlanSteps('p-nora');
		expect(listed.map((s) => s.what)).toEqual(['Søke jobbsmak på Meny', 'Øve på bussen']);
		expect(listed[0]).toMatchObject({ who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04', done: false, source: { kind: 'plan' }, answeredBy: KARI });
		expect(listed[1]!.who).toEqual({ role: 'parent' });
		expect(listed[1]!.source).toEqual({ kind: 'meeting', meetingId: 'mt-1' });
		expect(await listPlanSteps('p-jonas')).toEqual([]);
	});

	it('ticks a step off, clears its date, and keeps the order it was made in', async () => {
		const [first, second] = await addPlanSteps('p-ola', [
			{ what: 'Første', who: { role: 'me' }, due: '2026-12-01' },
			{ what: 'Andre', who: { role: 'me' } }
		], SELF);
		const done = await updatePlanStep(first!.id, { done: true, due: undefined }, SELF);
		expect(done.done).toBe(true);
		expect('due' in done).toBe(false);
		expect(done.rev).toBeGreaterThan(first!.rev);
		expect((await listPlanSteps('p-ola')).map((s) => s.id)).toEqual([first!.id, second!.id]);
	});

	it('refuses a step without words or with a wrong date, and stores nothing', async () => {
		await expect(addPlanSteps('p-x', [{ what: 'Ok', who: { role: 'me' }, due: '4. desember' }], SELF)).rejects.toThrow();
		expect(await listPlanSteps('p-x')).toEqual([]);
	});

	it('deletes a step and puts it back on undo', async () => {
		const [step] = await addPlanSteps('p-undo', [{ what: 'Ringe NAV', who: { role: 'nav' } }], SELF);
		const removed = await deletePlanStep(step!.id);
		expect(await listPlanSteps('p-undo')).toEqual([]);
		await restorePlanStep(removed!);
		expect(await listPlanSteps('p-undo')).toEqual([step]);
	});
});
