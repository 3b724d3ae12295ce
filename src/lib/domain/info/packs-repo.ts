import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import { z } from '$lib/storage/zod';
import { ContentPack } from './pack-schema';

/** How a pack is stored on this device: the pack as it was read, and where it came from. */
export const StoredPack = z.object({
	id: z.string().check(z.minLength(1)),
	pack: ContentPack,
	/** "example": "Prøv eksempelet fra Bærum"; "file": a file a person or helper chose. */
	source: z.enum(['example', 'file']),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type StoredPack = z.infer<typeof StoredPack>;

/** The device's packs, in the order they were added (by revision, never by the clock). */
export async function listPacks(): Promise<StoredPack[]> {
	return keepValid('content-packs', StoredPack, await (await db()).getAll('content-packs')).sort((a, b) => a.rev - b.rev);
}

/** Stores a pack; a pack with the same id (a newer file from the same municipality) is replaced, once the person said yes. */
export async function savePack(pack: ContentPack, source: StoredPack['source']): Promise<StoredPack> {
	return write(['content-packs'], async (tx, rev) => {
		const record = validate('content-packs', StoredPack, { id: pack.id, pack, source, rev });
		await tx.objectStore('content-packs').put(record);
		return record;
	});
}

/** Puts a removed pack back exactly as it was ("Angre"). */
export async function restorePack(record: StoredPack): Promise<void> {
	const valid = validate('content-packs', StoredPack, record);
	await write(['content-packs'], async (tx) => {
		await tx.objectStore('content-packs').put(valid);
	});
}

export async function removePack(id: string): Promise<void> {
	await write(['content-packs'], async (tx) => {
		await tx.objectStore('content-packs').delete(id);
	});
}
