import { z } from '$lib/storage/zod';

/**
 * A photo or sound recording, stored as bytes with its type, size and SHA-256, one item per record
 * and read by key. Not a Blob: Blobs in IndexedDB break again and again on iOS (docs/reliability.md, "Media as bytes, not Blobs").
 */
export const MediaRecord = z.object({
	id: z.string().check(z.minLength(1)),
	profileId: z.string().check(z.minLength(1)),
	bytes: z.instanceof(ArrayBuffer),
	type: z.string().check(z.regex(/^(image|audio)\/[a-z0-9.+-]+(;.*)?$/)),
	size: z.number().check(z.int(), z.minimum(0)),
	sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
	/** Length of a sound recording, measured while recording: WebM from MediaRecorder carries none. */
	durationMs: z.optional(z.number().check(z.int(), z.minimum(0))),
	/**
	 * A small JPEG of a photo (≤ 240 px, a few KB), made when the photo was taken: lists of trials show
	 * these, so a phone never decodes sixty full photos to draw a list. Older records have none.
	 */
	thumb: z.optional(z.instanceof(ArrayBuffer)),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type MediaRecord = z.infer<typeof MediaRecord>;

/** Hex SHA-256 of the bytes, so a restored photo can be proved identical to the original. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Photos are made ≤ 300 KB on the device (preparePhoto) before they are stored. */
export const PHOTO_MAX_BYTES = 300 * 1024;
/** A short voice recording: the recorder stops at 60 s (recorder.ts); this is a guard above that. */
export const VOICE_MAX_BYTES = 5 * 1024 * 1024;

/** A recording worth keeping: sound, not empty, not larger than a minute of speech can be. */
export function isVoiceRecording(recording: { bytes: ArrayBuffer; type: string }): boolean {
	return recording.type.toLowerCase().startsWith('audio/') && recording.bytes.byteLength > 0 && recording.bytes.byteLength <= VOICE_MAX_BYTES;
}
