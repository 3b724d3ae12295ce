import { describe, expect, it, vi } from 'vitest';
import { m } from '$lib/paraglide/messages';
import type { TrialsState } from '../trials.svelte';
import { TrialListView } from './trial-list-view.svelte';

describe('TrialListView', () => {
	it('deleting closes the question and says which trial went; "Angre" brings it back by name', async () => {
		const trials = { lastDeleted: null as object | null, remove: vi.fn(async () => void (trials.lastDeleted = {})), undoDelete: vi.fn(async () => void (trials.lastDeleted = null)) };
		const said: string[] = [];
		const view = new TrialListView(
			() => trials as unknown as TrialsState,
			(text) => said.push(text)
		);
		view.asking = 't1';
		await view.remove('t1', 'Kokk');
		expect([view.asking, view.deletedName, trials.remove.mock.calls]).toEqual([null, 'Kokk', [['t1']]]);
		await view.undo();
		expect(trials.undoDelete).toHaveBeenCalledTimes(1);
		expect(said).toEqual([m.trial_deleted({ name: 'Kokk' }), m.trial_restored({ name: 'Kokk' })]);
		// Nothing to undo: nothing happens.
		await view.undo();
		expect(trials.undoDelete).toHaveBeenCalledTimes(1);
	});
});
