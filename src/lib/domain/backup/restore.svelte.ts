import { StorageFullError } from '$lib/storage/errors';
import { persistence } from '$lib/storage/persistence.svelte';
import { BackupError, type BackupProblem } from './backup-schema';
import { readBackup, type ParsedBackup } from './backup-restore';
import { compareWithDevice, matchPerson, type Comparison } from './restore-compare';
import { undoRestore } from './restore-undo';
import { restoreBackup, type RestoreChoice, type RestoreOptions } from './restore-write';

export type RestoreStep =
	| { kind: 'choose' }
	| { kind: 'reading' }
	| { kind: 'problem'; problem: BackupProblem | 'full' }
	/** Someone here has the same name but is not known to be the same person: ask. */
	| { kind: 'same-name'; name: string; personId: string }
	/** The same person is here: show what is newer where, before anything is written. */
	| { kind: 'compare'; name: string; personId: string; madeOn: string | undefined; comparison: Comparison }
	| { kind: 'writing'; done: number; total: number }
	| { kind: 'done'; name: string; profileId: string; undoId: string; replaced: boolean }
	| { kind: 'undone'; name: string; removed: boolean };

/**
 * "Hent fra sikkerhetskopi", step by step. The file's text is read and checked first; then the person
 * sees who the file is and, when that person is here already, what is newer where ("Filen er fra 3.
 * desember. Her er det nyere: 2 steg i planen"). Only when they choose is anything written, and a
 * restore can be undone ([Note: restore can be undone]).
 */
export class RestoreFlow {
	step = $state<RestoreStep>({ kind: 'choose' });
	#parsed: ParsedBackup | null = null;
	readonly #options: RestoreOptions;

	constructor(options: RestoreOptions = {}) {
		this.#options = options;
	}

	async choose(file: Blob): Promise<void> {
		this.step = { kind: 'reading' };
		try {
			this.#parsed = await readBackup(file, this.#options.limits);
		} catch (error) {
			this.#fail(error);
			return;
		}
		const match = await matchPerson(this.#parsed);
		if (match.sameId) await this.#compare(match.sameId.id, match.sameId.name);
		else if (match.sameName[0]) this.step = { kind: 'same-name', name: match.sameName[0].name, personId: match.sameName[0].id };
		else await this.#write({ kind: 'add' });
	}

	/** "Ja, det er samme person": compare with them, then the person chooses. */
	async samePerson(): Promise<void> {
		if (this.step.kind === 'same-name') await this.#compare(this.step.personId, this.step.name);
	}

	/** "Nei, en annen person": added beside the one here, marked so the two can be told apart. */
	async otherPerson(): Promise<void> {
		if (this.step.kind === 'same-name') await this.#write({ kind: 'add' }, true);
	}

	/** "Erstatt": the person here becomes the file's person; what it replaces is kept for undo. */
	async replace(): Promise<void> {
		if (this.step.kind === 'compare') await this.#write({ kind: 'replace', personId: this.step.personId });
	}

	/** "Behold begge": the file's person beside the one here. */
	async keepBoth(): Promise<void> {
		if (this.step.kind !== 'compare' || !this.#parsed) return;
		// The same id here: a copy with new ids. The same person made elsewhere: their own ids already differ.
		if (this.step.personId === this.#parsed.profile.id) await this.#write({ kind: 'keep-both' });
		else await this.#write({ kind: 'add' }, true);
	}

	/** "Angre gjenoppretting", right after the restore. */
	async undo(): Promise<void> {
		if (this.step.kind !== 'done') return;
		const { name, undoId } = this.step;
		try {
			const back = await undoRestore(undoId);
			this.step = { kind: 'undone', name: back?.name ?? name, removed: back === null };
		} catch (error) {
			this.#fail(error);
		}
	}

	startAgain(): void {
		this.#parsed = null;
		this.step = { kind: 'choose' };
	}

	async #compare(personId: string, name: string): Promise<void> {
		const parsed = this.#parsed!;
		const comparison = await compareWithDevice(parsed, personId);
		this.step = { kind: 'compare', name, personId, madeOn: parsed.madeOn, comparison };
	}

	async #write(choice: RestoreChoice, markAsCopy = false): Promise<void> {
		const parsed = this.#parsed;
		if (!parsed) return;
		this.step = { kind: 'writing', done: 0, total: parsed.media.length };
		try {
			const { profile, undoId } = await restoreBackup(parsed, choice, {
				...this.#options,
				markAsCopy,
				onProgress: (done, total) => {
					if (this.step.kind === 'writing') this.step = { kind: 'writing', done, total };
				}
			});
			this.#parsed = null;
			this.step = { kind: 'done', name: profile.name, profileId: profile.id, undoId, replaced: choice.kind === 'replace' };
			// What came back is worth keeping: ask the browser not to throw it away (docs/reliability.md, "Asking to keep the data").
			void persistence.request();
		} catch (error) {
			this.#fail(error);
		}
	}

	#fail(error: unknown): void {
		this.#parsed = null;
		if (!(error instanceof BackupError) && !(error instanceof StorageFullError)) console.error('Jobbvei: restore failed', error);
		this.step = { kind: 'problem', problem: error instanceof StorageFullError ? 'full' : error instanceof BackupError ? error.problem : 'damaged' };
	}
}
