import { db } from '$lib/storage/db';
import { InvalidRecordError } from '$lib/storage/errors';
import { sha256Hex } from '$lib/media/media-record';
import { newMediaRecord } from '$lib/media/media-store';
import { keepValid, validate, write } from '$lib/storage/records';
import { answerId, listAnswers, removeVoiceAnswer, saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import { Answer, type AnswerValue, type AnsweredBy } from '$lib/domain/answers/schema';
import { Trial, parseTrialKey, trialAnswerKey, trialKeyPrefix, trialNoteKey, type AnswerRef, type Phase, type TrialInput } from './schema';
import { PHOTO_MAX_BYTES, VOICE_MAX_BYTES } from '$lib/media/media-record';
import { groupTrialAnswers, nextOwnTaskId, normaliseDays, type TrialAnswers } from './trial-rules';

/** A photo or recording that cannot be stored as it is. The screen says so in easy-read. */
export class TrialMediaError extends Error {
	override name = 'TrialMediaError';
	constructor(readonly reason: 'too-big' | 'wrong-type' | 'empty') {
		super(`Trial media refused: ${reason}`);
	}
}

/** The person's trials, oldest first (by revision, never by the clock or the trial dates). */
export async function listTrials(profileId: string): Promise<Trial[]> {
	const raw = await (await db()).getAllFromIndex('trials', 'by-profile', profileId);
	return keepValid('trials', Trial, raw).sort((a, b) => a.createdRev - b.createdRev);
}

export async function getTrial(id: string): Promise<Trial | undefined> {
	const raw = await (await db()).get('trials', id);
	return raw === undefined ? undefined : keepValid('trials', Trial, [raw])[0];
}

/** Drops keys set to undefined, so "clear the phone number" removes the field instead of storing undefined. */
function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Stores a new plan. Only the kind and one day are needed; the days are put in order first. */
export async function createTrial(profileId: string, input: TrialInput, by: AnsweredBy): Promise<Trial> {
	return write(['trials'], async (tx, rev) => {
		const record = validate(
			'trials',
			Trial,
			withoutUndefined({
				...input,
				days: normaliseDays(input.days ?? []),
				ownTasks: input.ownTasks ?? [],
				id: crypto.randomUUID(),
				profileId,
				answeredBy: by,
				createdRev: rev,
				rev
			})
		);
		await tx.objectStore('trials').put(record);
		return record;
	});
}

/**
 * Changes some fields of a plan; a field given as `undefined` is cleared. Reads the stored record in
 * the same transaction, so a change made in another tab to another field is kept ([Note: autosave]).
 * `by` becomes who last changed the plan.
 */
export async function updateTrial(id: string, change: Partial<TrialInput>, by: AnsweredBy): Promise<Trial> {
	return write(['trials'], async (tx, rev) => {
		const store = tx.objectStore('trials');
		const current = validate('trials', Trial, await store.get(id));
		const next = withoutUndefined({ ...current, ...change, answeredBy: by, rev });
		if (change.days) next.days = normaliseDays(change.days);
		const record = validate('trials', Trial, next);
		await store.put(record);
		return record;
	});
}

/** Adds a task in the person's own words ("Re senger"); it is offered again on every day. */
export async function addOwnTask(trialId: string, label: string): Promise<{ trial: Trial; taskId: string }> {
	return write(['trials'], async (tx, rev) => {
		const store = tx.objectStore('trials');
		const current = validate('trials', Trial, await store.get(trialId));
		const existing = current.ownTasks.find((t) => t.label.toLocaleLowerCase() === label.trim().toLocaleLowerCase());
		if (existing) return { trial: current, taskId: existing.id };
		const taskId = nextOwnTaskId(current);
		const record = validate('trials', Trial, { ...current, ownTasks: [...current.ownTasks, { id: taskId, label }], rev });
		await store.put(record);
		return { trial: record, taskId };
	});
}

/** Every trial answer of a person, by trial id. */
export async function loadTrialAnswers(profileId: string): Promise<Map<string, TrialAnswers>> {
	return groupTrialAnswers(await listAnswers(profileId));
}

function checkedKey(ref: AnswerRef): string {
	const key = trialAnswerKey(ref);
	const parsed = parseTrialKey(key);
	if (!parsed || parsed.type !== 'answer' || parsed.question !== ref.question) throw new InvalidRecordError('answers', `bad trial key ${key}`);
	return key;
}

/** Stores one reflection answer at once ([Note: autosave]); null means the person skipped it. */
export function saveTrialAnswer(profileId: string, ref: AnswerRef, value: AnswerValue, by: AnsweredBy): Promise<Answer> {
	return saveAnswer(profileId, checkedKey(ref), value, by);
}

/**
 * A helper's note on part of a trial ("Lærer sin kommentar"). Stored apart from the person's answers
 * ([Note: trial answer keys]); only a helper can write one, so a note is never mistaken for the person's words.
 */
export function saveTrialNote(profileId: string, trialId: string, phase: Phase, text: string, by: AnsweredBy): Promise<Answer> {
	if (by.kind !== 'helper') throw new InvalidRecordError('answers', 'a note is written by a helper');
	return saveAnswer(profileId, trialNoteKey(trialId, phase), text, by);
}

/**
 * Adds a photo to a day: the bytes and the day's photo list change in one transaction. When the device
 * is full, StorageFullError comes back and nothing of the photo is stored; every answer saved before
 * (the reflection text included) stays, because each answer was its own transaction.
 */
export async function addPhoto(
	profileId: string,
	trialId: string,
	day: string,
	photo: { bytes: ArrayBuffer; type: string; thumb?: ArrayBuffer },
	by: AnsweredBy
): Promise<{ mediaId: string; answer: Answer }> {
	if (!photo.type.startsWith('image/')) throw new TrialMediaError('wrong-type');
	if (photo.bytes.byteLength === 0) throw new TrialMediaError('empty');
	if (photo.bytes.byteLength > PHOTO_MAX_BYTES) throw new TrialMediaError('too-big');
	const key = checkedKey({ trialId, phase: { kind: 'day', day }, question: 'photos' });
	const sha256 = await sha256Hex(photo.bytes); // before the transaction: awaiting non-IDB work would end it
	return write(['media', 'answers'], async (tx, rev) => {
		const media = newMediaRecord(profileId, photo, rev, sha256);
		const answers = tx.objectStore('answers');
		const before = await answers.get(answerId(profileId, key));
		const list = Array.isArray((before as Answer | undefined)?.value) ? ((before as Answer).value as string[]) : [];
		const answer = validate('answers', Answer, { id: answerId(profileId, key), profileId, key, value: [...list, media.id], answeredBy: by, rev });
		await tx.objectStore('media').put(media);
		await answers.put(answer);
		return { mediaId: media.id, answer };
	});
}

/** Deletes a photo (the person can always take back a picture): its bytes and its place in the list. */
export async function removePhoto(profileId: string, trialId: string, day: string, mediaId: string, by: AnsweredBy): Promise<Answer> {
	const key = checkedKey({ trialId, phase: { kind: 'day', day }, question: 'photos' });
	return write(['media', 'answers'], async (tx, rev) => {
		const answers = tx.objectStore('answers');
		const before = (await answers.get(answerId(profileId, key))) as Answer | undefined;
		const list = Array.isArray(before?.value) ? (before.value as string[]) : [];
		const answer = validate('answers', Answer, {
			id: answerId(profileId, key),
			profileId,
			key,
			value: list.filter((id) => id !== mediaId),
			answeredBy: by,
			rev
		});
		await tx.objectStore('media').delete(mediaId);
		await answers.put(answer);
		return answer;
	});
}

/**
 * Stores a short voice recording (src/lib/media/recorder.ts `Recording`) as the answer's `/voice`
 * part, instead of writing. A new recording replaces the old one, and the old bytes are deleted in
 * the same transaction, so a full device never leaves an answer pointing at missing sound.
 */
export async function saveVoice(
	profileId: string,
	ref: Omit<AnswerRef, 'part'>,
	recording: { bytes: ArrayBuffer; type: string; durationMs?: number },
	by: AnsweredBy
): Promise<{ mediaId: string; answer: Answer }> {
	if (!recording.type.toLowerCase().startsWith('audio/')) throw new TrialMediaError('wrong-type');
	if (recording.bytes.byteLength === 0) throw new TrialMediaError('empty');
	if (recording.bytes.byteLength > VOICE_MAX_BYTES) throw new TrialMediaError('too-big');
	return saveVoiceAnswer(profileId, checkedKey({ ...ref, part: 'voice' }), recording, by);
}

/** Deletes a recording and its answer part. */
export async function removeVoice(profileId: string, ref: Omit<AnswerRef, 'part'>): Promise<void> {
	await removeVoiceAnswer(profileId, checkedKey({ ...ref, part: 'voice' }));
}

/** Everything a deleted trial had, kept in memory so "Angre" can put it back. */
export interface TrialSnapshot {
	trial: unknown;
	answers: unknown[];
	media: unknown[];
}

/** Media ids that trial answers point to: photo lists and voice recordings. */
function mediaIdsOf(answers: readonly unknown[]): string[] {
	const ids: string[] = [];
	for (const raw of answers) {
		const answer = raw as Partial<Answer>;
		const parsed = typeof answer.key === 'string' ? parseTrialKey(answer.key) : null;
		if (!parsed || parsed.type !== 'answer') continue;
		if (parsed.question === 'photos' && !parsed.part && Array.isArray(answer.value)) ids.push(...answer.value);
		if (parsed.part === 'voice' && typeof answer.value === 'string') ids.push(answer.value);
	}
	return ids;
}

/**
 * Deletes a trial with all its answers, notes, photos and recordings in one transaction, so nothing
 * is left half-deleted. Returns what was removed, for undo.
 */
export async function deleteTrial(id: string): Promise<TrialSnapshot> {
	return write(['trials', 'answers', 'media'], async (tx) => {
		const trial = await tx.objectStore('trials').get(id);
		const profileId = (trial as { profileId?: unknown } | undefined)?.profileId;
		if (typeof profileId !== 'string') return { trial, answers: [], media: [] };
		const answerStore = tx.objectStore('answers');
		const answers = (await answerStore.index('by-profile').getAll(profileId)).filter((a) =>
			String((a as { key?: unknown }).key).startsWith(trialKeyPrefix(id))
		);
		const mediaStore = tx.objectStore('media');
		const media: unknown[] = [];
		for (const mediaId of mediaIdsOf(answers)) {
			const record = await mediaStore.get(mediaId);
			if (record) media.push(record);
			await mediaStore.delete(mediaId);
		}
		for (const a of answers) await answerStore.delete((a as { id: string }).id);
		await tx.objectStore('trials').delete(id);
		return { trial, answers, media };
	});
}

/** Undo for deleteTrial: puts everything back in one transaction. */
export async function restoreTrial(snapshot: TrialSnapshot): Promise<void> {
	if (!snapshot.trial) return;
	await write(['trials', 'answers', 'media'], async (tx) => {
		await Promise.all([
			tx.objectStore('trials').put(snapshot.trial),
			...snapshot.answers.map((a) => tx.objectStore('answers').put(a)),
			...snapshot.media.map((r) => tx.objectStore('media').put(r))
		]);
	});
}
