import { m } from '$lib/paraglide/messages';
import { announce } from '$lib/ui/announce.svelte';
import type { InterestsState } from '../interests.svelte';
import { CARD_ROUNDS } from '../catalogue';
import { MAX_FILE_BYTES, parseJobFile, type JobImportError } from '../job-import';

/** What the person is told when a job file cannot be used; nothing was changed. */
export const IMPORT_ERROR: Record<JobImportError, () => string> = {
	'too-big': m.import_too_big,
	'not-json': m.import_not_json,
	'not-jobs': m.import_not_jobs,
	newer: m.import_newer,
	empty: m.import_empty,
	'too-many': m.import_too_many,
	damaged: m.import_damaged,
	'unknown-tags': m.import_unknown_tags
};

/**
 * "Legg til jobber fra fil" (/interests/import): a teacher or municipality adds local jobs with a
 * small file; the whole file is checked before anything is stored.
 */
export class JobImportScreen {
	readonly #interests: () => InterestsState | null;
	/** What was wrong with the last file. */
	error = $state<string>();
	/** "3 jobber er lagt til." */
	done = $state<string>();

	constructor(interests: () => InterestsState | null) {
		this.#interests = interests;
	}

	async choose(file: File): Promise<void> {
		this.error = undefined;
		this.done = undefined;
		// Size is checked before the file is read (docs/reliability.md, "Hostile files and their limits").
		const result = file.size > MAX_FILE_BYTES ? ({ ok: false, reason: 'too-big' } as const) : parseJobFile(await file.text(), file.size, CARD_ROUNDS);
		if (!result.ok) {
			this.error = IMPORT_ERROR[result.reason]();
			announce(`${this.error} ${m.import_nothing_changed()}`);
			return;
		}
		if (!(await this.#interests()?.importJobs(result.jobs))) return;
		this.done = m.import_done({ count: result.jobs.length });
		announce(this.done);
	}

	async remove(id: string): Promise<void> {
		await this.#interests()?.removeJob(id);
	}
}
