import { StorageFullError } from '$lib/storage/errors';
import { MAX_PACK_BYTES, packReplaced, readPack, type ContentPack, type PackProblem } from './pack-schema';
import { listPacks, removePack, restorePack, savePack, type StoredPack } from './packs-repo';

/** Where the example pack is served: the same file "Prøv eksempelet" loads (static/, precached). */
export const EXAMPLE_PACK_URL = '/packs/baerum-eksempel.jobbvei-pakke.json';

/** What loading a file ended in: the page shows one message for each. */
export type PackOutcome = { ok: true; pack: ContentPack } | { ok: false; problem: PackProblem | 'full' };

/**
 * A file read and checked, not yet stored: the page asks first when it would replace a pack
 * (`replaces`), and on a shared tablet for the adult code ([Note: adult code]).
 */
export type PackCandidate =
	| { ok: true; pack: ContentPack; source: StoredPack['source']; replaces: StoredPack | null }
	| { ok: false; problem: PackProblem };

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

	/** Reads a chosen file. The size is checked before its text is read. Nothing is stored yet. */
	async readFile(file: File): Promise<PackCandidate> {
		if (file.size > MAX_PACK_BYTES) return { ok: false, problem: 'too-big' };
		return this.read(await file.text(), 'file', file.size);
	}

	/** Reads the example that ships with the app ("Prøv eksempelet fra Bærum"). Nothing is stored yet. */
	async readExample(): Promise<PackCandidate> {
		const response = await fetch(EXAMPLE_PACK_URL);
		return this.read(await response.text(), 'example');
	}

	read(text: string, source: StoredPack['source'], bytes?: number): PackCandidate {
		const result = readPack(text, bytes);
		if (!result.ok) return result;
		return { ok: true, pack: result.pack, source, replaces: packReplaced(this.packs, result.pack) };
	}

	/** Stores a pack that was read (replacing one with the same id, when the person said yes). */
	async store(candidate: PackCandidate & { ok: true }): Promise<PackOutcome> {
		try {
			await savePack(candidate.pack, candidate.source);
		} catch (error) {
			if (error instanceof StorageFullError) return { ok: false, problem: 'full' };
			throw error;
		}
		this.packs = await listPacks();
		this.lastRemoved = null;
		return { ok: true, pack: candidate.pack };
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
