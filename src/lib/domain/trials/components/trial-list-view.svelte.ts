import { m } from '$lib/paraglide/messages';
import type { TrialsState } from '../trials.svelte';

/**
 * "Jobbsmakene mine" (/trials): deleting a trial asks once (it holds many answers and photos), and
 * "Angre" brings it back.
 */
export class TrialListView {
	readonly #trials: () => TrialsState | null;
	readonly #announce: (text: string) => void;
	/** The trial whose "Slett" was tapped: deleting something big asks once. */
	asking = $state<string | null>(null);
	/** The name of the trial just deleted, for "… er slettet" and "Angre". */
	deletedName = $state('');

	constructor(trials: () => TrialsState | null, announce: (text: string) => void) {
		this.#trials = trials;
		this.#announce = announce;
	}

	async remove(id: string, name: string): Promise<void> {
		const trials = this.#trials();
		if (!trials) return;
		this.asking = null;
		this.deletedName = name;
		await trials.remove(id);
		this.#announce(m.trial_deleted({ name }));
	}

	async undo(): Promise<void> {
		const trials = this.#trials();
		if (!trials?.lastDeleted) return;
		await trials.undoDelete();
		this.#announce(m.trial_restored({ name: this.deletedName }));
	}
}
