import { getAnswer, saveAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { MediaRecord } from '$lib/media/media-record';
import { deleteRecording, getRecording, saveRecording } from '$lib/media/recordings';
import { StorageFullError } from '$lib/storage/errors';

const KEY = 'dev.voice';

/**
 * The developer's voice screen (/dev/voice): one recording kept the way every "Snakk inn" keeps one —
 * the answer holds the media id, the recording is a MediaRecord of the person's. The cross-engine
 * smoke test records through it (tests/xe).
 */
export class VoiceSample {
	readonly profileId: string;
	recording = $state<MediaRecord | null>(null);

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const answer = await getAnswer(this.profileId, KEY);
		this.recording = typeof answer?.value === 'string' ? ((await getRecording(answer.value)) ?? null) : null;
	}

	/** Keeps a recording; false when the device is full (the recorder then says so). */
	async save(bytes: ArrayBuffer, type: string, durationMs: number, by: AnsweredBy): Promise<boolean> {
		const old = this.recording;
		// Store the new one first: if the device is full, the old recording is still there.
		let stored: MediaRecord;
		try {
			stored = await saveRecording(this.profileId, { bytes, type, durationMs });
			await saveAnswer(this.profileId, KEY, stored.id, by);
		} catch (error) {
			if (error instanceof StorageFullError) return false;
			throw error;
		}
		if (old) await deleteRecording(old.id);
		this.recording = stored;
		return true;
	}

	async remove(by: AnsweredBy): Promise<void> {
		const recording = this.recording;
		if (!recording) return;
		await saveAnswer(this.profileId, KEY, null, by);
		await deleteRecording(recording.id);
		this.recording = null;
	}
}
