import { StorageFullError } from '$lib/storage/errors';
import { MAX_PACK_BYTES, readPack, type ContentPack, type PackProblem } from './pack-schema';
import { listPacks, removePack, restorePack, savePack, type StoredPack } from './packs-repo';

/** Where the example pack is served: the same file "Prøv eksempelet" loads (static/, precached). */
export const EXAMPLE_PACK_URL = '/packs/baerum-eksempel.jobbvei-pakke.json';

/** What loading a file ended in: the page shows one message for each. */
export type PackOutcome = { ok: true; pack: ContentPack } | { ok: false; problem: PackProblem | 'full' };

/**
 * The local content packs on this device (not a person's: everyone on the tablet sees them).
 * [Note: local content pack]. A refused file changes nothing: the state is only touched after the
 * pack is parsed and stored.
 */
export class PacksState {
	loaded = $state(false);
	packs = $state.raw<StoredPack[]>([]);
	/** The last removed pack, for "Angre". Raw: it goes back to IndexedDB as it is (svelte#15327). */
	lastRemoved = $state.raw<StoredPack | null>(null);

	async load(): Promise<void> {
		this.packs = await listPacks();
		this.loaded = true;
	}

	/** Reads a chosen file. The size is checked before its text is read. */
	async addFile(file: File): Promise<PackOutcome> {
		if (file.size > MAX_PACK_BYTES) return { ok: false, problem: 'too-big' };
		return this.addText(await file.text(), 'file', file.size);
	}

	/** Loads the example that ships with the app ("Prøv eksempelet fra Bærum"). */
	async addExample(): Promise<PackOutcome> {
		const response = await fetch(EXAMPLE_PACK_URL);
		return this.addText(await response.text(), 'example');
	}

	async addText(text: string, source: StoredPack['source'], bytes?: number): Promise<PackOutcome> {
		const result = readPack(text, bytes);
		if (!result.ok) return result;
		try {
			await savePack(result.pack, source);
		} catch (error) {
			if (error instanceof StorageFullError) return { ok: false, problem: 'full' };
			throw error;
		}
		this.packs = await listPacks();
		this.lastRemoved = null;
		return { ok: true, pack: result.pack };
	}

	async remove(id: string): Promise<void> {
		const record = this.packs.find((p) => p.id === id);
		if (!record) return;
		await removePack(id);
		this.lastRemoved = record;
		this.packs = this.packs.filter((p) => p.id !== id);
	}

	async undoRemove(): Promise<void> {
		const record = this.lastRemoved;
		if (!record) return;
		await restorePack(record);
		this.lastRemoved = null;
		this.packs = await listPacks();
	}
}

let state: PacksState | null = null;

/** The device's packs, read once on first use. */
export function packsState(): PacksState {
	if (!state) {
		state = new PacksState();
		// Pages are prerendered: there is no database at build time, and nothing to show yet.
		if (typeof indexedDB !== 'undefined') void state.load();
	}
	return state;
}
