import { db } from '$lib/storage/db';
import { sha256Hex } from '$lib/media/media-record';
import { newMediaRecord } from '$lib/media/media-store';
import { keepValid, validate, write } from '$lib/storage/records';
import { Answer, type AnswerValue, type AnsweredBy } from './schema';

export function answerId(profileId: string, key: string): string {
	return `${profileId}/${key}`;
}

/**
 * [Note: autosave] An answer is stored the moment it is given, one record per question, so leaving
 * halfway loses nothing and two tabs never overwrite each other's other answers.
 */
export async function saveAnswer(
	profileId: string,
	key: string,
	value: AnswerValue,
	answeredBy: AnsweredBy
): Promise<Answer> {
	return write(['answers'], async (tx, rev) => {
		const answer = validate('answers', Answer, { id: answerId(profileId, key), profileId, key, value, answeredBy, rev });
		await tx.objectStore('answers').put(answer);
		return answer;
	});
}

/** Every valid answer of one person; damaged records are reported and skipped. */
export async function listAnswers(profileId: string): Promise<Answer[]> {
	const raw = await (await db()).getAllFromIndex('answers', 'by-profile', profileId);
	return keepValid('answers', Answer, raw);
}

export async function getAnswer(profileId: string, key: string): Promise<Answer | undefined> {
	const raw = await (await db()).get('answers', answerId(profileId, key));
	return raw === undefined ? undefined : keepValid('answers', Answer, [raw])[0];
}

/**
 * A spoken answer (or a photo, e.g. "Om meg"'s picture): the bytes go to `media` and their id becomes
 * the answer at `key`, in one transaction; what it replaces is deleted in the same step. Callers
 * check type and size first.
 */
export async function saveVoiceAnswer(
	profileId: string,
	key: string,
	recording: { bytes: ArrayBuffer; type: string; durationMs?: number; thumb?: ArrayBuffer },
	by: AnsweredBy
): Promise<{ mediaId: string; answer: Answer }> {
	const sha256 = await sha256Hex(recording.bytes);
	return write(['media', 'answers'], async (tx, rev) => {
		const media = newMediaRecord(profileId, recording, rev, sha256);
		const answers = tx.objectStore('answers');
		const before = (await answers.get(answerId(profileId, key))) as Answer | undefined;
		if (typeof before?.value === 'string') await tx.objectStore('media').delete(before.value);
		const answer = validate('answers', Answer, { id: answerId(profileId, key), profileId, key, value: media.id, answeredBy: by, rev });
		await tx.objectStore('media').put(media);
		await answers.put(answer);
		return { mediaId: media.id, answer };
	});
}

/** Deletes a spoken answer and its recording together. */
export async function removeVoiceAnswer(profileId: string, key: string): Promise<void> {
	await write(['media', 'answers'], async (tx) => {
		const answers = tx.objectStore('answers');
		const before = (await answers.get(answerId(profileId, key))) as Answer | undefined;
		if (typeof before?.value === 'string') await tx.objectStore('media').delete(before.value);
		await answers.delete(answerId(profileId, key));
	});
}
