import { StorageFullError } from './errors';

/**
 * Runs a write for a screen's state. A full device is not an error the person can do anything about
 * mid-tap, so it becomes `null` and `onFull(true)` (the screen shows "Telefonen er full"); a write that
 * works clears it again. Every other error is thrown as it was.
 */
export async function unlessFull<T>(work: () => Promise<T>, onFull: (full: boolean) => void): Promise<T | null> {
	try {
		const result = await work();
		onFull(false);
		return result;
	} catch (error) {
		if (error instanceof StorageFullError) {
			onFull(true);
			return null;
		}
		throw error;
	}
}
