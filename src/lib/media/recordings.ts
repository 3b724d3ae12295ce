import { deleteMedia, getMedia, saveMedia } from '$lib/media/media-store';
import { InvalidRecordError } from '$lib/storage/errors';
import type { MediaRecord } from './media-record';
import { MAX_RECORDING_MS, type Recording } from './recorder';

/**
 * Stores a voice answer for one person as a MediaRecord (bytes + type + size + SHA-256, plus its
 * length), through the same media store as photos. A full device throws StorageFullError, and
 * nothing half-written is left (records.ts write()). Screens call this from VoiceRecorder's onsave;
 * the component itself never touches storage.
 */
export async function saveRecording(profileId: string, recording: Recording): Promise<MediaRecord> {
	if (!recording.type.toLowerCase().startsWith('audio/')) {
		throw new InvalidRecordError('media', `type: not a sound recording (${recording.type})`);
	}
	if (recording.bytes.byteLength === 0) throw new InvalidRecordError('media', 'bytes: empty recording');
	const durationMs = Math.max(0, Math.min(MAX_RECORDING_MS, Math.round(recording.durationMs)));
	return saveMedia(profileId, recording.bytes, recording.type.toLowerCase(), { durationMs });
}

/** A stored recording, or undefined when it is missing or not a sound recording. */
export async function getRecording(id: string): Promise<MediaRecord | undefined> {
	const record = await getMedia(id);
	return record?.type.startsWith('audio/') ? record : undefined;
}

/** Deletes a stored recording. Returns it, so "Angre" can store it again with saveRecording. */
export async function deleteRecording(id: string): Promise<MediaRecord | undefined> {
	return deleteMedia(id);
}
