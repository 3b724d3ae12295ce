import { localToday } from '$lib/i18n/dates';
import { StorageFullError } from '$lib/storage/errors';
import type { Profile } from '$lib/domain/profile/schema';
import { changesSince, type ChangeCounts } from './restore-compare';
import { undoFor, undoRestore, type RestoreUndo } from './restore-undo';

/**
 * "Angre gjenoppretting" in settings, for the person using the app: whether their last restore can
 * still be undone, and what they saved after it (undoing removes that too, so they are told first).
 */
export class UndoRestoreState {
	readonly profileId: string;
	undo = $state.raw<RestoreUndo | null>(null);
	/** Saved after the restore: shown when the person asks to undo. */
	since = $state.raw<ChangeCounts>({});
	asking = $state(false);
	/** Why the last try to undo failed: nothing was changed. */
	failed = $state<'full' | 'other' | null>(null);

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(today = localToday()): Promise<void> {
		this.undo = await undoFor(this.profileId, today);
	}

	async ask(): Promise<void> {
		if (!this.undo) return;
		this.since = await changesSince(this.profileId, this.undo.rev);
		this.asking = true;
	}

	cancel(): void {
		this.asking = false;
	}

	/** Undoes the restore. Returns the person as they are now, null when the restore had added them, or 'failed'. */
	async confirm(): Promise<Profile | null | 'failed'> {
		if (!this.undo) return 'failed';
		this.failed = null;
		try {
			const back = await undoRestore(this.undo.id);
			this.undo = null;
			this.asking = false;
			return back;
		} catch (error) {
			if (!(error instanceof StorageFullError)) console.error('Jobbvei: could not undo a restore', error);
			this.failed = error instanceof StorageFullError ? 'full' : 'other';
			return 'failed';
		}
	}
}
