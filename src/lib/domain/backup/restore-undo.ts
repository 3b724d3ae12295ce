import { z } from '$lib/storage/zod';
import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import { writeSentinel } from '$lib/storage/sentinel';
import { CalendarDay, daysBetween } from '$lib/calendar/day';
import { Profile } from '$lib/domain/profile/schema';
import { BACKUP_STORES, BACKUP_STORE_NAMES } from './backup-stores';

/**
 * [Note: restore can be undone] A restore that replaces a person keeps what it replaced, written in
 * the same transaction as the restore: the old profile and records here, and the old photos and
 * recordings left where they are (listed, not copied, so a phone full of photos is not filled twice).
 * "Angre gjenoppretting" puts all of it back for 30 days; only the last restore is kept. A restore
 * that added a person can be undone too (the person is removed). "Slett meg" removes the undo with
 * the person, and the kept photos count in the storage the device uses until then.
 */
export const UNDO_DAYS = 30;

export const RestoreUndo = z.object({
	id: z.string().check(z.minLength(1)),
	/** The person the restore wrote. */
	profileId: z.string().check(z.minLength(1)),
	/** The day of the restore, on this device's calendar. */
	madeOn: CalendarDay,
	/** The day the file was made, when the file says. */
	fileMadeOn: z.optional(CalendarDay),
	/** The person as they were here before; absent when the restore added a new person. Checked by store when put back. */
	replaced: z.optional(z.object({ profile: z.unknown(), records: z.record(z.string(), z.array(z.unknown())) })),
	/** Photos and recordings of the person before that the restored person does not have: kept for undo only. */
	keptMediaIds: z.array(z.string()),
	/** Photos and recordings the restore wrote that were not here before: undo removes them. */
	addedMediaIds: z.array(z.string()),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type RestoreUndo = z.infer<typeof RestoreUndo>;

/** The ids of photos kept only for an undo, from the person's raw undo records. */
export function keptForUndo(raw: unknown[]): Set<string> {
	return new Set(keepValid('restore-undo', RestoreUndo, raw).flatMap((u) => u.keptMediaIds));
}

/** Whether an undo made on `madeOn` can still be used `today`. A clock set back keeps it. */
export function undoStillOpen(undo: Pick<RestoreUndo, 'madeOn'>, today: string): boolean {
	return daysBetween(undo.madeOn, today) <= UNDO_DAYS;
}

/** The person's last restore, while it can be undone. */
export async function undoFor(profileId: string, today: string): Promise<RestoreUndo | null> {
	const raw = await (await db()).getAllFromIndex('restore-undo', 'by-profile', profileId);
	return keepValid('restore-undo', RestoreUndo, raw).find((u) => undoStillOpen(u, today)) ?? null;
}

/**
 * "Angre gjenoppretting": removes what the restore wrote and puts back what it replaced, in one
 * transaction (a full device or any error changes nothing). Returns the person as they are now,
 * or null when the restore had added them (they are gone again).
 */
export async function undoRestore(undoId: string): Promise<Profile | null> {
	const stores = ['profiles', 'media', 'restore-undo', ...BACKUP_STORE_NAMES] as const;
	const back = await write([...stores], async (tx) => {
		const undo = validate('restore-undo', RestoreUndo, await tx.objectStore('restore-undo').get(undoId));
		for (const store of BACKUP_STORE_NAMES) {
			const keys = await tx.objectStore(store).index('by-profile').getAllKeys(undo.profileId);
			for (const key of keys) await tx.objectStore(store).delete(key);
		}
		// The restore's photos, and any taken since (their records go too): what was here before stays.
		const added = new Set(undo.addedMediaIds);
		let cursor = await tx.objectStore('media').index('by-profile').openCursor(undo.profileId);
		while (cursor) {
			const rev = (cursor.value as { rev?: unknown }).rev;
			if (!undo.replaced || added.has(String(cursor.primaryKey)) || (typeof rev === 'number' && rev > undo.rev)) await cursor.delete();
			cursor = await cursor.continue();
		}
		await tx.objectStore('profiles').delete(undo.profileId);
		let person: Profile | null = null;
		if (undo.replaced) {
			person = validate('profiles', Profile, undo.replaced.profile);
			await tx.objectStore('profiles').put(person);
			for (const store of BACKUP_STORE_NAMES) {
				for (const record of undo.replaced.records[store] ?? []) {
					await tx.objectStore(store).put(validate<unknown>(store, BACKUP_STORES[store] as z.ZodMiniType<unknown>, record));
				}
			}
		}
		await tx.objectStore('restore-undo').delete(undoId);
		return person;
	});
	writeSentinel({ profiles: await (await db()).count('profiles') });
	return back;
}

/**
 * Housekeeping when the app starts: an undo older than 30 days is let go, with the photos it kept.
 * Measured on the device's calendar, which only decides when room is given back: a clock set far
 * ahead ends an undo early, one set back keeps it longer; no saved work depends on it.
 */
export async function letGoOfOldUndos(today: string): Promise<number> {
	const old = keepValid('restore-undo', RestoreUndo, await (await db()).getAll('restore-undo')).filter((u) => !undoStillOpen(u, today));
	if (old.length === 0) return 0;
	await write(['restore-undo', 'media'], async (tx) => {
		for (const undo of old) {
			for (const id of undo.keptMediaIds) await tx.objectStore('media').delete(id);
			await tx.objectStore('restore-undo').delete(undo.id);
		}
	});
	return old.length;
}
