import { db } from '$lib/storage/db';
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
