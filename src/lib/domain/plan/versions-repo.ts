import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { sameSnapshot } from './plan-rules';
import { PlanVersion, type PlanSnapshot } from './schema';

function newestFirst(versions: PlanVersion[]): PlanVersion[] {
	return versions.sort((a, b) => b.rev - a.rev);
}

/** The person's saved plans, newest first (by revision, never by the clock). */
export async function listPlanVersions(profileId: string): Promise<PlanVersion[]> {
	const raw = await (await db()).getAllFromIndex('plan-versions', 'by-profile', profileId);
	return newestFirst(keepValid('plan-versions', PlanVersion, raw));
}

export async function getPlanVersion(id: string): Promise<PlanVersion | undefined> {
	const raw = await (await db()).get('plan-versions', id);
	return raw === undefined ? undefined : keepValid('plan-versions', PlanVersion, [raw])[0];
}

/** What "Lagre planen til møtet" did: kept a new version, or found the newest one holds the same plan. */
export type SaveResult = { kind: 'saved'; version: PlanVersion } | { kind: 'same'; version: PlanVersion };

/**
 * Keeps the plan as it is now. When the newest saved version already holds the same plan, nothing is
 * stored and that version is returned: saving twice does not pile up copies. One transaction, so two
 * quick taps cannot both add one.
 */
export async function savePlanVersion(profileId: string, snapshot: PlanSnapshot, savedOn: string, by: AnsweredBy): Promise<SaveResult> {
	return write(['plan-versions'], async (tx, rev) => {
		const store = tx.objectStore('plan-versions');
		const raw = await store.index('by-profile').getAll(profileId);
		const newest = newestFirst(keepValid('plan-versions', PlanVersion, raw))[0];
		if (newest && sameSnapshot(newest.snapshot, snapshot)) return { kind: 'same', version: newest } as const;
		const version = validate('plan-versions', PlanVersion, { id: crypto.randomUUID(), profileId, savedOn, answeredBy: by, snapshot, rev });
		await store.put(version);
		return { kind: 'saved', version } as const;
	});
}
