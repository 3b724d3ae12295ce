import { StorageFullError } from '$lib/storage/errors';
import { BackupError, type BackupProblem } from './backup-schema';
import { existingProfileName, readBackup, restoreBackup, type ParsedBackup } from './backup-restore';

export type RestoreStep =
	| { kind: 'choose' }
	| { kind: 'reading' }
	| { kind: 'problem'; problem: BackupProblem | 'full' }
	| { kind: 'exists'; name: string }
	| { kind: 'done'; name: string };

/**
 * "Hent fra sikkerhetskopi", step by step: the file is read and checked completely first; only then,
 * and after asking when the person is already here, is anything written — in one transaction.
 */
export class RestoreFlow {
	step = $state<RestoreStep>({ kind: 'choose' });
	#parsed: ParsedBackup | null = null;

	async choose(file: Blob): Promise<void> {
		this.step = { kind: 'reading' };
		try {
			this.#parsed = await readBackup(file);
		} catch (error) {
			this.#parsed = null;
			if (!(error instanceof BackupError)) console.error('Jobbvei: could not read a backup', error);
			this.step = { kind: 'problem', problem: error instanceof BackupError ? error.problem : 'damaged' };
			return;
		}
		const name = await existingProfileName(this.#parsed);
		if (name) this.step = { kind: 'exists', name };
		else await this.restore('replace');
	}

	async restore(mode: 'replace' | 'keep-both'): Promise<void> {
		if (!this.#parsed) return;
		try {
			const profile = await restoreBackup(this.#parsed, mode);
			this.step = { kind: 'done', name: profile.name };
			this.#parsed = null;
		} catch (error) {
			this.step = { kind: 'problem', problem: error instanceof StorageFullError ? 'full' : 'damaged' };
		}
	}

	startAgain(): void {
		this.#parsed = null;
		this.step = { kind: 'choose' };
	}
}
