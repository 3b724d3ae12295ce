import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { CvEntry, type CvEntryInput } from './schema';

/** The person's own CV lines and references, oldest first (by revision, never by the clock). */
export async function listCvEntries(profileId: string): Promise<CvEntry[]> {
	const raw = await (await db()).getAllFromIndex('cv-entries', 'by-profile', profileId);
	return keepValid('cv-entries', CvEntry, raw).sort((a, b) => a.createdRev - b.createdRev);
}

/** Trims the words and drops empty optional fields, so "clear the phone number" removes it. */
function cleaned(input: Partial<CvEntryInput>): Partial<CvEntryInput> {
	const out: Partial<CvEntryInput> = {};
	for (const [key, value] of Object.entries(input) as [keyof CvEntryInput, string | undefined][]) {
		if (value === undefined) continue;
		(out as Record<string, string>)[key] = value.trim();
	}
	return out;
}

function withoutEmpty<T extends Record<string, unknown>>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([key, v]) => v !== undefined && !(v === '' && key !== 'place'))) as T;
}

/** Stores a new line. `by` is who wrote it (the person, or a helper with role and name). */
export async function createCvEntry(profileId: string, input: CvEntryInput, by: AnsweredBy): Promise<CvEntry> {
	return write(['cv-entries'], async (tx, rev) => {
		const record = validate(
			'cv-entries',
			CvEntry,
			withoutEmpty({ ...cleaned(input), id: crypto.randomUUID(), profileId, answeredBy: by, createdRev: rev, rev })
		);
		await tx.objectStore('cv-entries').put(record);
		return record;
	});
}

/**
 * Changes some fields; an empty string clears an optional field. Reads the stored record in the same
 * transaction, so a change made in another tab to another field is kept ([Note: autosave]).
 */
export async function updateCvEntry(id: string, change: Partial<CvEntryInput>, by: AnsweredBy): Promise<CvEntry> {
	return write(['cv-entries'], async (tx, rev) => {
		const store = tx.objectStore('cv-entries');
		const current = validate('cv-entries', CvEntry, await store.get(id));
		const record = validate('cv-entries', CvEntry, withoutEmpty({ ...current, ...cleaned(change), answeredBy: by, rev }));
		await store.put(record);
		return record;
	});
}

/** Deletes a line for good and returns it, for "Angre". */
export async function deleteCvEntry(id: string): Promise<CvEntry | undefined> {
	return write(['cv-entries'], async (tx) => {
		const store = tx.objectStore('cv-entries');
		const raw = await store.get(id);
		await store.delete(id);
		return raw === undefined ? undefined : keepValid('cv-entries', CvEntry, [raw])[0];
	});
}

export async function restoreCvEntry(entry: CvEntry): Promise<void> {
	await write(['cv-entries'], async (tx) => {
		await tx.objectStore('cv-entries').put(validate('cv-entries', CvEntry, entry));
	});
}
