import { MediaRecord } from './media-record';
import { validate } from '$lib/storage/records';

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
