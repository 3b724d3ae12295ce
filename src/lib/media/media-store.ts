import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import { MediaRecord, sha256Hex } from './media-record';

/** A list thumbnail is a few KB; anything bigger is not a thumbnail and is left out. */
const THUMB_MAX_BYTES = 64 * 1024;

/**
 * A new media record (photo or recording) for one person, checked against its schema before it is
 * written. Callers put it in the same transaction as the answer that points to it.
 */
export function newMediaRecord(
	profileId: string,
	media: { bytes: ArrayBuffer; type: string; durationMs?: number; thumb?: ArrayBuffer },
	rev: number,
	sha256: string
): MediaRecord {
	return validate('media', MediaRecord, {
		id: crypto.randomUUID(),
		profileId,
		bytes: media.bytes,
		type: media.type.toLowerCase(),
		size: media.bytes.byteLength,
		sha256,
		...(media.durationMs === undefined ? {} : { durationMs: Math.max(0, Math.round(media.durationMs)) }),
		...(media.thumb && media.thumb.byteLength > 0 && media.thumb.byteLength <= THUMB_MAX_BYTES ? { thumb: media.thumb } : {}),
		rev
	});
}

/** Stores a photo or recording as bytes; returns the media id. A recording also keeps its length. */
export async function saveMedia(
	profileId: string,
	bytes: ArrayBuffer,
	type: string,
	extra: { durationMs?: number } = {}
): Promise<MediaRecord> {
	const sha256 = await sha256Hex(bytes); // before the transaction: awaiting non-IDB work would end it
	return write(['media'], async (tx, rev) => {
		const record = newMediaRecord(profileId, { bytes, type, ...extra }, rev, sha256);
		await tx.objectStore('media').put(record);
		return record;
	});
}

export async function getMedia(id: string): Promise<MediaRecord | undefined> {
	const raw = await (await db()).get('media', id);
	return raw === undefined ? undefined : keepValid('media', MediaRecord, [raw])[0];
}

/** Removes one photo or recording. Returns what was removed (for undo), or undefined if it was gone. */
export async function deleteMedia(id: string): Promise<MediaRecord | undefined> {
	return write(['media'], async (tx) => {
		const store = tx.objectStore('media');
		const raw = await store.get(id);
		if (raw === undefined) return undefined;
		await store.delete(id);
		return MediaRecord.safeParse(raw).data;
	});
}
