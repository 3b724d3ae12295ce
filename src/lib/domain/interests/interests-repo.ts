import { localToday } from '$lib/i18n/dates';
import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import { MediaRecord, sha256Hex } from '$lib/media/media-record';
import { saveAnswer, listAnswers, answerId } from '$lib/domain/answers/answers-repo';
import { Answer, type AnsweredBy } from '$lib/domain/answers/schema';
import { Job } from './catalogue-schema';
import { Exploration, INTERESTS_PREFIX, Like, answerKey, cardPhotoKey, starKey } from './schema';

/** The person's explorations, oldest first (by revision, never by the clock). */
export async function listExplorations(profileId: string): Promise<Exploration[]> {
	const raw = await (await db()).getAllFromIndex('explorations', 'by-profile', profileId);
	return keepValid('explorations', Exploration, raw).sort((a, b) => a.startedRev - b.startedRev);
}


export async function startExploration(profileId: string): Promise<Exploration> {
	const number = (await listExplorations(profileId)).length + 1;
	return write(['explorations'], async (tx, rev) => {
		const record = validate('explorations', Exploration, {
			id: crypto.randomUUID(),
			profileId,
			number,
			startedOn: localToday(),
			startedRev: rev,
			rev
		});
		await tx.objectStore('explorations').put(record);
		return record;
	});
}

export async function finishExploration(id: string): Promise<Exploration> {
	return write(['explorations'], async (tx, rev) => {
		const store = tx.objectStore('explorations');
		const current = validate('explorations', Exploration, await store.get(id));
		const record = validate('explorations', Exploration, { ...current, finishedRev: current.finishedRev ?? rev, rev });
		await store.put(record);
		return record;
	});
}

/** Stores one card's answer at once ([Note: autosave]); null means the person skipped the card. */
export function saveCardAnswer(profileId: string, explorationId: string, cardId: string, value: Like | null, by: AnsweredBy) {
	return saveAnswer(profileId, answerKey(explorationId, cardId), value, by);
}

export interface CardAnswer {
	value: Like | null;
	answeredBy: AnsweredBy;
	rev: number;
}

/** All interest answers of a person, grouped by exploration, and their starred jobs. */
export async function loadInterestAnswers(profileId: string): Promise<{
	byExploration: Map<string, Map<string, CardAnswer>>;
	stars: Map<string, Answer>;
	/** Card id → media id of the person's own photo for that card. */
	photos: Map<string, string>;
}> {
	const byExploration = new Map<string, Map<string, CardAnswer>>();
	const stars = new Map<string, Answer>();
	const photos = new Map<string, string>();
	for (const answer of await listAnswers(profileId)) {
		if (!answer.key.startsWith(INTERESTS_PREFIX)) continue;
		const [, scope, id] = answer.key.split('/');
		if (!scope || !id) continue;
		if (scope === 'star') {
			if (answer.value === true) stars.set(id, answer);
			continue;
		}
		if (scope === 'photo') {
			if (typeof answer.value === 'string' && answer.value) photos.set(id, answer.value);
			continue;
		}
		const parsed = Like.safeParse(answer.value);
		if (answer.value !== null && !parsed.success) continue;
		const map = byExploration.get(scope) ?? new Map<string, CardAnswer>();
		map.set(id, { value: parsed.success ? parsed.data : null, answeredBy: answer.answeredBy, rev: answer.rev });
		byExploration.set(scope, map);
	}
	return { byExploration, stars, photos };
}

/** "Vil prøve": a job the person wants to try, suggested when planning a jobbsmak. */
export function setStar(profileId: string, jobId: string, starred: boolean, by: AnsweredBy) {
	return saveAnswer(profileId, starKey(jobId), starred, by);
}

/**
 * Puts the person's own photo on a card (or, with null, goes back to the symbol). The photo and the
 * link to it are written in one transaction, so a full device leaves neither a lost link nor a stray
 * photo; the photo it replaces is deleted in the same step.
 */
export async function setCardPhoto(
	profileId: string,
	cardId: string,
	photo: { bytes: ArrayBuffer; type: string } | null,
	by: AnsweredBy
): Promise<string | null> {
	const sha256 = photo ? await sha256Hex(photo.bytes) : ''; // before the transaction: it would end it
	return write(['answers', 'media'], async (tx, rev) => {
		const key = cardPhotoKey(cardId);
		const answers = tx.objectStore('answers');
		const media = tx.objectStore('media');
		const old = Answer.safeParse(await answers.get(answerId(profileId, key))).data;
		if (typeof old?.value === 'string' && old.value) await media.delete(old.value);
		let mediaId: string | null = null;
		if (photo) {
			const record = validate('media', MediaRecord, {
				id: crypto.randomUUID(),
				profileId,
				bytes: photo.bytes,
				type: photo.type,
				size: photo.bytes.byteLength,
				sha256,
				rev
			});
			await media.put(record);
			mediaId = record.id;
		}
		await answers.put(validate('answers', Answer, { id: answerId(profileId, key), profileId, key, value: mediaId, answeredBy: by, rev }));
		return mediaId;
	});
}

export async function listLocalJobs(): Promise<Job[]> {
	return keepValid('local-jobs', Job, await (await db()).getAll('local-jobs'));
}

/** Adds imported jobs in one transaction: either all of them are added, or none. */
export async function addLocalJobs(jobs: Job[]): Promise<void> {
	const valid = jobs.map((j) => validate('local-jobs', Job, { ...j, local: true }));
	await write(['local-jobs'], async (tx) => {
		await Promise.all(valid.map((j) => tx.objectStore('local-jobs').put(j)));
	});
}

export async function removeLocalJob(id: string): Promise<void> {
	await write(['local-jobs'], async (tx) => {
		await tx.objectStore('local-jobs').delete(id);
	});
}
