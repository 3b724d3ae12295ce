import { localToday } from '$lib/i18n/dates';
import { finishInterruptedRestore } from './restore-journal';
import { letGoOfOldUndos } from './restore-undo';

/**
 * Housekeeping after restores, once the app has started and the person can already tap: removes the
 * photos of a restore that was cut off, and gives back the room of undos older than 30 days.
 */
export async function tidyAfterRestores(today = localToday()): Promise<void> {
	await finishInterruptedRestore();
	await letGoOfOldUndos(today);
}
