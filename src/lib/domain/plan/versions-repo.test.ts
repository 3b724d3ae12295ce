import { describe, expect, it } from 'vitest';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { db } from '$lib/storage/db';
import { emptyPlan, planSnapshot, supportSnapshot } from './plan-rules';
import type { PlanSnapshot } from './schema';
import { getPlanVersion, listPlanVersions, savePlanVersion } from './versions-repo';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };

function snapshot(dream: string, steps: { what: string; done?: boolean }[] = []): PlanSnapshot {
	const plan = emptyPlan();
	plan.dream_job = { cards: [dream], cardsBy: SELF, text: '', textBy: null, voiceId: null };
	return planSnapshot(
		plan,
		supportSnapshot({ cards: ['checklist'], cardsBy: KARI, text: 'Vis meg først.', textBy: KARI }, ['breaks']),
		steps.map((s, i) => ({
			id: `s${i}`,
			profileId: 'p',
			what: s.what,
			who: { role: 'teacher', name: 'Kari' },
			due: '2026-12-04',
			done: s.done ?? false,
			source: { kind: 'plan' },
			answeredBy: SELF,
			createdRev: i + 1,
			seq: 0,
			rev: i + 1
		}))
	);
}

describe('plan versions', () => {
	it('saves dated versions and lists them newest first by revision, not by date', async () => {
		const first = await savePlanVersion('p-nora', snapshot('baker', [{ what: 'Ringe NAV' }]), '2026-11-26', SELF);
		// The device's clock went back: the later save is still the newest.
		const second = await savePlanVersion('p-nora', snapshot('baker', [{ what: 'Ringe NAV', done: true }]), '2026-11-20', KARI);
		expect(first.kind).toBe('saved');
		expect(second.kind).toBe('saved');
		const list = await listPlanVersions('p-nora');
		expect(list.map((v) => v.savedOn)).toEqual(['2026-11-20', '2026-11-26']);
		expect(list[0]!.rev).toBeGreaterThan(list[1]!.rev);
		expect(list[0]!.answeredBy).toEqual(KARI);
		expect(await listPlanVersions('p-jonas')).toEqual([]);
	});

	it('shows one version again as it was, with who gave each thing', async () => {
		const saved = await savePlanVersion('p-view', snapshot('canteen_assistant', [{ what: 'Søke jobbsmak' }]), '2026-11-26', SELF);
		const again = await getPlanVersion(saved.version.id);
		expect(again).toEqual(saved.version);
		expect(again!.snapshot.support).toEqual({ cards: ['checklist'], cardsBy: KARI, text: 'Vis meg først.', textBy: KARI, trialHelp: ['breaks'] });
		expect(again!.snapshot.steps[0]).toMatchObject({ what: 'Søke jobbsmak', who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04', answeredBy: SELF });
		expect(await getPlanVersion('nope')).toBeUndefined();
	});

	it('does not keep the same plan twice in a row, but does keep it again after a change', async () => {
		const first = await savePlanVersion('p-same', snapshot('baker'), '2026-11-26', SELF);
		const again = await savePlanVersion('p-same', snapshot('baker'), '2026-11-27', SELF);
		expect(again).toEqual({ kind: 'same', version: first.version });
		await savePlanVersion('p-same', snapshot('cleaner'), '2026-11-27', SELF);
		// Back to the first plan: it differs from the newest, so it is kept.
		expect((await savePlanVersion('p-same', snapshot('baker'), '2026-11-28', SELF)).kind).toBe('saved');
		expect((await listPlanVersions('p-same')).map((v) => v.snapshot.parts.dream_job.cards[0])).toEqual(['baker', 'cleaner', 'baker']);
	});

	it('refuses a damaged version and skips one that is stored damaged', async () => {
		const bad = snapshot('baker');
		await expect(savePlanVersion('p-bad', bad, '26.11.2026', SELF)).rejects.toThrow();
		await (await db()).put('plan-versions', { id: 'broken', profileId: 'p-bad', rev: 3 });
		expect(await listPlanVersions('p-bad')).toEqual([]);
	});
});
