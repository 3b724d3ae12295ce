import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import type { z } from '$lib/storage/zod';
import { AdultCode, AdultCodeTries, CodeTries } from './schema';
import { NO_TRIES, recordFailure, settleClock, type TryLog } from './tries';

const ADULT_CODE = 'adult-code';
const ADULT_TRIES = 'adult-code-tries';

/** The device's adult code, or undefined when none is set (a personal phone). */
export async function readAdultCode(): Promise<AdultCode | undefined> {
	const raw = await (await db()).get('device', ADULT_CODE);
	return raw === undefined ? undefined : keepValid('device', AdultCode, [raw])[0];
}

/** Stores a new adult code (kind, length, salt, hash, rounds); its old wrong tries go with the old code. */
export async function saveAdultCode(code: Omit<AdultCode, 'key' | 'rev'>): Promise<AdultCode> {
	return write(['device'], async (tx, rev) => {
		const record = validate('device', AdultCode, { ...code, key: ADULT_CODE, rev });
		const store = tx.objectStore('device');
		await Promise.all([store.put(record), store.delete(ADULT_TRIES)]);
		return record;
	});
}

/** Removes the adult code and its wrong tries: the device is a personal one again. */
export async function removeAdultCode(): Promise<void> {
	await write(['device'], async (tx) => {
		const store = tx.objectStore('device');
		await Promise.all([store.delete(ADULT_CODE), store.delete(ADULT_TRIES)]);
	});
}

/** Where one kind of wrong tries is kept. See [Note: wrong tries wait]. */
export interface TriesStore {
	/** The tries as this clock sees them. A clock that went back is settled and stored at once. */
	read(now: number): Promise<TryLog>;
	/** Counts one more wrong try, reading the count in the same transaction: two tabs count together. */
	fail(now: number): Promise<TryLog>;
	/** A right code: the count starts again. */
	clear(): Promise<void>;
}

type TryStoreName = 'device' | 'code-tries';

function triesIn<T extends TryLog>(store: TryStoreName, key: string, schema: z.ZodMiniType<T>, record: (log: TryLog, rev: number) => unknown): TriesStore {
	const logOf = (raw: unknown): TryLog => {
		if (raw === undefined) return NO_TRIES;
		const valid = keepValid(store, schema, [raw])[0];
		return valid ? { failures: valid.failures, lastFailureAt: valid.lastFailureAt } : NO_TRIES;
	};
	const change = (next: (log: TryLog) => TryLog) =>
		write([store], async (tx, rev) => {
			const objects = tx.objectStore(store);
			const log = logOf(await objects.get(key));
			const changed = next(log);
			if (changed !== log) await objects.put(validate(store, schema, record(changed, rev)));
			return changed;
		});
	return {
		async read(now) {
			const log = logOf(await (await db()).get(store, key));
			return settleClock(log, now) === log ? log : change((stored) => settleClock(stored, now));
		},
		fail: (now) => change((log) => recordFailure(log, now)),
		async clear() {
			// Nothing stored is the usual case (a right code at the first try): no write at all then.
			if ((await (await db()).get(store, key)) === undefined) return;
			await write([store], async (tx) => {
				await tx.objectStore(store).delete(key);
			});
		}
	};
}

/** Wrong adult-code tries on this device. */
export const adultCodeTries: TriesStore = triesIn('device', ADULT_TRIES, AdultCodeTries, (log, rev) => ({ key: ADULT_TRIES, ...log, rev }));

/** Wrong picture-code tries of one person (store `code-tries`; "Slett meg" empties it). */
export function pictureCodeTries(profileId: string): TriesStore {
	return triesIn('code-tries', profileId, CodeTries, (log, rev) => ({ profileId, ...log, rev }));
}
