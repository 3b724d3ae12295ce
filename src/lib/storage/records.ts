import type { z } from './zod';
import { db, type StoreName, type WriteTransaction } from './db';
import { InvalidRecordError, StorageFullError, isQuotaError } from './errors';
import { storageProblems } from './problems.svelte';
import { readSentinel, writeSentinel } from './sentinel';

type Schema<T> = z.ZodMiniType<T>;

/** Every stored record carries the revision of the write that stored it. */
export interface Revisioned {
	rev: number;
}

/**
 * Validates `value` with `schema` and returns the parsed copy. Throws InvalidRecordError: a bad
 * record is never stored. Callers pass `$state.snapshot()` values, never proxies (svelte#15327).
 */
export function validate<T>(store: string, schema: Schema<T>, value: unknown): T {
	const result = schema.safeParse(value);
	if (!result.success) {
		throw new InvalidRecordError(store, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
	}
	return result.data;
}

/** The database's revision counter: how many writes it has seen. */
export async function currentRevision(): Promise<number> {
	const record = await (await db()).get('meta', 'revision');
	return record?.value ?? 0;
}

/**
 * Runs one readwrite transaction over `stores` (plus `meta`), hands it the next revision number,
 * and waits until it is committed. Order and "which is newer" come from this counter, never the clock.
 * A full disk surfaces as StorageFullError after the transaction aborted: nothing half-written stays.
 */
export async function write<S extends StoreName, R>(
	stores: S[],
	work: (tx: WriteTransaction<(S | 'meta')[]>, rev: number) => Promise<R> | R
): Promise<R> {
	const database = await db();
	const tx = database.transaction([...new Set<S | 'meta'>([...stores, 'meta'])], 'readwrite', {
		durability: 'strict'
	});
	try {
		const meta = tx.objectStore('meta');
		const rev = ((await meta.get('revision'))?.value ?? 0) + 1;
		await meta.put({ key: 'revision', value: rev });
		const result = await work(tx, rev);
		await tx.done;
		writeSentinel({ revision: Math.max(rev, readSentinel().revision) });
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			/* already finished */
		}
		await tx.done.catch(() => undefined);
		if (isQuotaError(error) || isQuotaError(tx.error)) {
			storageProblems.report({ kind: 'full' });
			throw new StorageFullError('The device is full', { cause: error });
		}
		throw error;
	}
}

/**
 * Parses raw records from the database. A record that fails its schema is reported once and skipped,
 * so one damaged answer never stops the person from using the rest.
 */
export function keepValid<T>(store: string, schema: Schema<T>, raw: unknown[]): T[] {
	const valid: T[] = [];
	let bad = 0;
	for (const record of raw) {
		const result = schema.safeParse(record);
		if (result.success) valid.push(result.data);
		else bad++;
	}
	if (bad > 0) {
		console.warn(`Jobbvei: skipped ${bad} damaged ${store} record(s)`);
		storageProblems.report({ kind: 'bad-record', store, count: bad });
	}
	return valid;
}
