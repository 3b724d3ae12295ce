import { z } from '$lib/storage/zod';
import { db } from '$lib/storage/db';
import { JOURNAL_KEY } from './tidy-needed';

export { JOURNAL_KEY };

/**
 * The journal of a restore under way ([Note: restore in batches]): the photos and recordings it has
 * started to write, listed before the first is written, in the `device` store. The restore's last
 * transaction removes it. Found at a start, it means the restore was cut off (the app closed, the
 * tablet died): those photos belong to no record, and are removed.
 */
export const RestoreJournal = z.object({ key: z.literal(JOURNAL_KEY), mediaIds: z.array(z.string()) });

/** Removes photos a restore wrote in its first step, and the journal that lists them. */
export async function removeStaged(ids: readonly string[]): Promise<void> {
	const tx = (await db()).transaction(['media', 'device'], 'readwrite');
	for (const id of ids) await tx.objectStore('media').delete(id);
	await tx.objectStore('device').delete(JOURNAL_KEY);
	await tx.done;
}

/** After a restore that was cut off, removes the photos it had written. Returns how many. */
export async function finishInterruptedRestore(): Promise<number> {
	const journal = RestoreJournal.safeParse(await (await db()).get('device', JOURNAL_KEY));
	if (!journal.success) return 0;
	await removeStaged(journal.data.mediaIds);
	return journal.data.mediaIds.length;
}
