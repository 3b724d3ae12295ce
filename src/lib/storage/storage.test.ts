import { describe, expect, it, vi } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { db, closeDb, DB_NAME, DB_VERSION, onConnectionEvent } from './db';
import { currentRevision, keepValid, write } from './records';
import { InvalidRecordError, NewerDatabaseError, StorageFullError, isQuotaError } from './errors';
import { storageProblems } from './problems.svelte';
import { isWiped, readSentinel } from './sentinel';
import { saveAnswer, listAnswers, getAnswer } from '$lib/domain/answers/answers-repo';
import { Answer } from '$lib/domain/answers/schema';
import { createProfile, listProfiles } from '$lib/domain/profile/profiles-repo';

const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };

describe('revision counter', () => {
	it('numbers every write, so order never depends on the clock', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2031-01-01'));
		const a = await createProfile(nora);
		vi.setSystemTime(new Date('2019-01-01')); // a class tablet with a wrong clock
		const b = await createProfile({ ...nora, name: 'Jonas' });
		vi.useRealTimers();
		expect(b.rev).toBeGreaterThan(a.rev);
		expect((await listProfiles()).map((p) => p.name)).toEqual(['Nora', 'Jonas']);
		expect(await currentRevision()).toBe(b.rev);
	});
});

describe('validated writes and reads', () => {
	it('never stores a record that fails its schema', async () => {
		const profile = await createProfile(nora);
		await expect(
			saveAnswer(profile.id, 'q1', { not: 'allowed' } as never, { kind: 'self' })
		).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await listAnswers(profile.id)).toEqual([]);
	});

	it('stores an answer the moment it is given, with who gave it', async () => {
		const profile = await createProfile(nora);
		await saveAnswer(profile.id, 'likes/animals', 'like', { kind: 'helper', role: 'teacher', name: 'Kari' });
		const stored = await getAnswer(profile.id, 'likes/animals');
		expect(stored?.value).toBe('like');
		expect(stored?.answeredBy).toEqual({ kind: 'helper', role: 'teacher', name: 'Kari' });
	});

	it('skips and reports a damaged record, and keeps the rest', async () => {
		const profile = await createProfile(nora);
		await saveAnswer(profile.id, 'ok', 'like', { kind: 'self' });
		const raw = await db();
		await raw.put('answers', { id: `${profile.id}/bad`, profileId: profile.id, key: 'bad', value: { evil: true }, rev: 1 });
		storageProblems.list = [];
		const answers = await listAnswers(profile.id);
		expect(answers.map((a) => a.key)).toEqual(['ok']);
		expect(storageProblems.list).toEqual([{ kind: 'bad-record', store: 'answers', count: 1 }]);
	});

	it('keepValid passes good records through untouched', () => {
		const good = { id: 'p/q', profileId: 'p', key: 'q', value: null, answeredBy: { kind: 'self' }, rev: 3 };
		expect(keepValid('answers', Answer, [good])).toEqual([good]);
	});

	it('two tabs saving different answers never overwrite each other', async () => {
		const profile = await createProfile(nora);
		await Promise.all([
			saveAnswer(profile.id, 'a', 'like', { kind: 'self' }),
			saveAnswer(profile.id, 'b', 'dislike', { kind: 'self' })
		]);
		expect((await listAnswers(profile.id)).map((a) => a.key).sort()).toEqual(['a', 'b']);
	});
});

describe('a full disk', () => {
	it('recognises every way browsers report a used-up quota', () => {
		expect(isQuotaError(new DOMException('', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ name: 'AbortError', error: new DOMException('', 'QuotaExceededError') })).toBe(true);
		expect(isQuotaError(new DOMException('', 'AbortError'))).toBe(false);
	});

	it('gives a StorageFullError, loses nothing saved, and the next write works', async () => {
		const profile = await createProfile(nora);
		await saveAnswer(profile.id, 'first', 'like', { kind: 'self' });
		storageProblems.list = [];
		await expect(
			write(['answers'], async (tx) => {
				await tx.objectStore('answers').put({ id: 'x' });
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			})
		).rejects.toBeInstanceOf(StorageFullError);
		expect(storageProblems.has('full')).toBe(true);
		expect((await listAnswers(profile.id)).map((a) => a.key)).toEqual(['first']);
		expect(await (await db()).get('answers', 'x')).toBeUndefined();
		await saveAnswer(profile.id, 'second', 'like', { kind: 'self' });
		expect((await listAnswers(profile.id)).length).toBe(2);
	});
});

describe('wipe sentinel', () => {
	it('notices when the database holds less than this device once stored', async () => {
		await createProfile(nora);
		const before = readSentinel();
		expect(before.revision).toBeGreaterThan(0);
		expect(before.profiles).toBe(1);
		expect(isWiped(await currentRevision())).toBe(false);
		// The browser empties IndexedDB after a crash; localStorage survives.
		await closeDb();
		globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
		expect(isWiped(await currentRevision())).toBe(true);
	});

	it('keeps no names outside IndexedDB', async () => {
		await createProfile(nora);
		const everything = JSON.stringify({ ...localStorage });
		expect(everything).not.toContain('Nora');
	});
});

describe('connections', () => {
	it('refuses a database made by a newer Jobbvei with its own error', async () => {
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		newer.close();
		await expect(db()).rejects.toBeInstanceOf(NewerDatabaseError);
	});

	it('closes its connection when another tab upgrades, and says so', async () => {
		await createProfile(nora);
		const events: string[] = [];
		const off = onConnectionEvent((e) => events.push(e));
		const upgraded = await openDB(DB_NAME, DB_VERSION + 1);
		expect(events).toContain('upgraded-elsewhere');
		upgraded.close();
		off();
	});

	it('opens again after the browser closed the connection', async () => {
		await createProfile(nora);
		// Wait for the browser's close event itself, not a guessed number of ticks (it comes later on a busy machine).
		const closed = new Promise<void>((done) => {
			const off = onConnectionEvent((event) => {
				if (event === 'closed') {
					off();
					done();
				}
			});
		});
		forceCloseDatabase(unwrap(await db()) as never);
		await closed;
		expect((await listProfiles()).length).toBe(1);
	});
});
