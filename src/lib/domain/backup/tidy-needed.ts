import { db } from '$lib/storage/db';

/**
 * Where a restore under way keeps its journal in the `device` store (restore-journal.ts). It lives here,
 * beside the start's one question, so the start screen does not carry the journal's code.
 */
export const JOURNAL_KEY = 'restore-journal';

/**
 * Whether a restore left anything to tidy: a journal of a cut-off restore, or an undo kept for later.
 * Almost every start finds neither, so the start screen asks this first and loads the restore code
 * (tidy.ts and the schemas it reads with) only when there is something to do.
 */
export async function tidyNeeded(): Promise<boolean> {
	const store = await db();
	return (await store.count('restore-undo')) > 0 || (await store.getKey('device', JOURNAL_KEY)) !== undefined;
}

/** Tidies after restores when there is something to tidy (see tidy.ts). */
export async function tidyIfNeeded(): Promise<void> {
	if (await tidyNeeded()) await (await import('./tidy')).tidyAfterRestores();
}
