import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, packReplaced, type ContentPack } from './pack-schema';
import { PacksState } from './packs.svelte';
import { listPacks } from './packs-repo';

const asker = {
	format: PACK_FORMAT,
	version: 1,
	id: 'asker',
	name: 'Asker',
	municipality: 'Asker',
	offers: [{ id: 'verksted', symbol: 'act_build', name: 'Verkstedet', what: 'Her lager du ting av tre.' }],
	dates: [],
	contacts: []
};
const text = (change: Record<string, unknown> = {}) => JSON.stringify({ ...asker, ...change });

describe('a pack with an id already on the device', () => {
	it('is found by its id, whatever its name', () => {
		const stored = [{ id: 'asker' }, { id: 'baerum_eksempel' }];
		expect(packReplaced(stored, { id: 'asker' })).toBe(stored[0]);
		expect(packReplaced(stored, { id: 'oslo' })).toBeNull();
		expect(packReplaced([], { id: 'asker' })).toBeNull();
	});

	it('is read without being stored, says which pack it replaces, and replaces it only when stored', async () => {
		const packs = new PacksState();
		await packs.load();
		const first = packs.read(text(), 'file');
		expect(first).toMatchObject({ ok: true, replaces: null });
		expect(await listPacks()).toEqual([]);
		if (!first.ok) return;
		await packs.store(first);

		const newer = packs.read(text({ name: 'Asker kommune', offers: [{ ...asker.offers[0], what: 'Her lager du ting av tre og metall.' }] }), 'file');
		expect(newer.ok && newer.replaces?.pack.name).toBe('Asker');
		// Asked, not yet answered: the old pack is still the one stored.
		expect((await listPacks()).map((p) => (p.pack as ContentPack).name)).toEqual(['Asker']);
		if (!newer.ok) return;
		await packs.store(newer);
		expect((await listPacks()).map((p) => p.pack.name)).toEqual(['Asker kommune']);
		expect(packs.packs).toHaveLength(1);
	});

	it('a bad file is refused before anything is asked', () => {
		const packs = new PacksState();
		expect(packs.read('not json', 'file')).toEqual({ ok: false, problem: 'not-json' });
	});
});
