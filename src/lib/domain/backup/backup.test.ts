import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { strToU8, zipSync } from 'fflate';
import { closeDb, db } from '$lib/storage/db';
import { currentRevision } from '$lib/storage/records';
import { StorageFullError } from '$lib/storage/errors';
import { createProfile, deleteProfile, listProfiles, PERSONAL_STORES } from '$lib/domain/profile/profiles-repo';
import { saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import { addPhoto, createTrial } from '$lib/domain/trials/trials-repo';
import { addPlanSteps } from '$lib/domain/plan/steps-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { BACKUP_LIMITS, BACKUP_VERSION, BackupError, type BackupLimits, type BackupProblem } from './backup-schema';
import { BACKUP_STORE_NAMES } from './backup-stores';
import { backupBytes, backupFile } from './backup-export';
import { readBackup } from './backup-restore';
import { restoreBackup } from './restore-write';
import { matchPerson } from './restore-compare';
import { parseUntrustedJson } from './safe-json';
import { safeFileName } from '$lib/files/file-name';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const jpeg = (n: number, size = 2000) => {
	const bytes = new Uint8Array(size).map((_, i) => (i * 31 + n) % 251);
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes.buffer;
};

/** Nora as the app leaves her after a few weeks: photo, answers, a voice answer, a trial with a photo, plan steps. */
async function nora() {
	const profile = await createProfile(
		{ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nn' },
		{ bytes: jpeg(1), type: 'image/jpeg' }
	);
	await saveAnswer(profile.id, 'about/liked_for', ['kind', 'helpful'], SELF);
	await saveAnswer(profile.id, 'about/support/text', 'Vis meg først. <img src=x onerror=alert(1)>', KARI);
	await saveVoiceAnswer(profile.id, 'about/important/voice', { bytes: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 9, 9]).buffer, type: 'audio/webm;codecs=opus', durationMs: 2100 }, SELF);
	const trial = await createTrial(profile.id, { kind: 'jobbsmak', workplace: 'Meny Sandvika', days: ['2026-10-05', '2026-10-06'] }, SELF);
	await addPhoto(profile.id, trial.id, '2026-10-05', { bytes: jpeg(2), type: 'image/jpeg', thumb: jpeg(3, 300) }, SELF);
	await addPlanSteps(profile.id, [{ what: 'Søke jobbsmak', who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04' }, { what: 'Øve på bussen', who: { role: 'parent' } }], KARI);
	return profile;
}

/** Every record of every store, as stored (media bytes as arrays, so toEqual compares them). */
async function everything() {
	const database = await db();
	const out: Record<string, Record<string, unknown>[]> = {};
	for (const store of ['profiles', ...PERSONAL_STORES] as const) {
		const all = (await database.getAll(store)) as Record<string, unknown>[];
		out[store] = all
			.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v])))
			.sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
	}
	return out;
}

const file = (bytes: Uint8Array | string, name = 'x.jobbvei.zip') => new File([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)], name);

/** Reads the file and writes it as a copy: the first problem met on the way, or 'none'. */
async function problemOf(input: File, limits: BackupLimits = BACKUP_LIMITS): Promise<BackupProblem | 'none'> {
	try {
		await restoreBackup(await readBackup(input, limits), { kind: 'keep-both' }, { limits });
		return 'none';
	} catch (error) {
		if (error instanceof BackupError) return error.problem;
		throw error;
	}
}

/** A backup zip with its JSON changed by `edit`. */
async function edited(edit: (json: Record<string, unknown>) => unknown): Promise<File> {
	const profile = await nora();
	const { unzipSync, strFromU8 } = await import('fflate');
	const files = unzipSync((await backupBytes(profile.id)).bytes);
	const json = JSON.parse(strFromU8(files['jobbvei.json']!));
	const next = edit(json) ?? json;
	files['jobbvei.json'] = strToU8(typeof next === 'string' ? next : JSON.stringify(next));
	return file(zipSync(files));
}

describe('backup', () => {
	it('covers every store "Slett meg" empties', () => {
		expect([...BACKUP_STORE_NAMES, 'media'].sort()).toEqual([...PERSONAL_STORES].sort());
	});

	it('round trip on a fresh device is lossless: every record, photo, thumbnail and recording', async () => {
		const profile = await nora();
		const before = await everything();
		const backup = await backupFile(profile.id);
		expect(backup.name).toBe('Nora.jobbvei.zip');
		const revisionBefore = await currentRevision();

		// A new phone: an empty database.
		await closeDb();
		globalThis.indexedDB = new IDBFactory();
		const parsed = await readBackup(backup);
		expect(await matchPerson(parsed)).toEqual({ sameId: null, sameName: [] });
		await restoreBackup(parsed, { kind: 'add' });
		expect(await everything()).toEqual(before);
		// The counter moves past the file's revisions, so what is written next is newer.
		expect(await currentRevision()).toBeGreaterThan(revisionBefore);
		expect(before['media']).toHaveLength(3);
	});

	it('replace: the person on this device becomes exactly the backup, nothing mixed in', async () => {
		const profile = await nora();
		const backup = await backupFile(profile.id);
		const before = await everything();
		await saveAnswer(profile.id, 'about/important', ['music'], SELF);
		await addPlanSteps(profile.id, [{ what: 'Noe nytt', who: { role: 'me' } }], SELF);
		const parsed = await readBackup(backup);
		expect((await matchPerson(parsed)).sameId).toEqual({ id: profile.id, name: 'Nora' });
		await restoreBackup(parsed, { kind: 'replace', personId: profile.id });
		expect(await everything()).toEqual(before);
	});

	it('keep both: a second Nora with her own ids; the two never share a record', async () => {
		const profile = await nora();
		const before = await everything();
		const { profile: restored } = await restoreBackup(await readBackup(await backupFile(profile.id)), { kind: 'keep-both' });
		expect(restored.id).not.toBe(profile.id);
		expect(restored.name).toBe('Nora 2');
		expect((await listProfiles()).map((p) => p.name)).toEqual(['Nora', 'Nora 2']);
		const after = await everything();
		for (const store of PERSONAL_STORES) {
			expect(after[store]!.length, store).toBe(before[store]!.length * 2);
			const copies = after[store]!.filter((r) => r['profileId'] === restored.id);
			expect(copies.length, store).toBe(before[store]!.length);
		}
		// The copy's photo, voice answer and trial photo point at the copy's own media.
		const mediaIds = new Set(after['media']!.filter((m) => m['profileId'] === restored.id).map((m) => m['id']));
		expect(restored.picture.kind === 'photo' && mediaIds.has(restored.picture.mediaId)).toBe(true);
		const copyAnswers = after['answers']!.filter((a) => a['profileId'] === restored.id);
		const voice = copyAnswers.find((a) => a['key'] === 'about/important/voice');
		expect(mediaIds.has(voice?.['value'])).toBe(true);
		const copyTrial = after['trials']!.find((t) => t['profileId'] === restored.id)!;
		expect(copyAnswers.some((a) => String(a['key']).startsWith(`trials/${copyTrial['id']}/`))).toBe(true);
		// The original is untouched.
		expect(after['answers']!.filter((a) => a['profileId'] === profile.id)).toEqual(before['answers']);
	});

	it('a full device while restoring changes nothing', async () => {
		const profile = await nora();
		const parsed = await readBackup(await backupFile(profile.id));
		await saveAnswer(profile.id, 'about/important', ['music'], SELF);
		const before = await everything();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		await expect(restoreBackup(parsed, { kind: 'replace', personId: profile.id })).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect(await everything()).toEqual(before);
	});

	it('names each kind of bad file, and writes nothing', async () => {
		expect(await problemOf(file(''))).toBe('empty');
		expect(await problemOf(file(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])))).toBe('empty');
		expect(await problemOf(file(new Uint8Array(jpeg(4)), 'bilde.jpg'))).toBe('not-jobbvei');
		expect(await problemOf(file('{"format":"jobbvei-backup","version":1}', 'nora.json'))).toBe('not-jobbvei');
		expect(await problemOf(file(zipSync({ 'notes.txt': strToU8('hei') })))).toBe('not-jobbvei');
		expect(await problemOf(await edited((j) => ({ ...j, format: 'something-else' })))).toBe('not-jobbvei');
		expect(await problemOf(await edited((j) => ({ ...j, version: BACKUP_VERSION + 1 })))).toBe('newer-version');
		expect(await problemOf(await edited(() => '{"format":"jobbvei-backup", "version": 1, '))).toBe('damaged');
		expect(await problemOf(await edited((j) => ((j['records'] as Record<string, unknown[]>)['answers']![0] = { id: 'x' }, j)))).toBe('damaged');
		expect(await problemOf(await edited((j) => ((j['records'] as Record<string, unknown[]>)['secret'] = [], j)))).toBe('damaged');
		// A record that belongs to someone else is not smuggled in.
		expect(await problemOf(await edited((j) => (((j['records'] as Record<string, Record<string, unknown>[]>)['answers']![0]!['profileId'] = 'p-other'), j)))).toBe('damaged');
		expect(await problemOf(await edited((j) => (((j['media'] as Record<string, unknown>[])[0]!['sha256'] = '0'.repeat(64)), j)))).toBe('damaged');
		expect(await problemOf(await edited((j) => JSON.stringify(j).replace('"format"', '"__proto__":{"admin":true},"format"')))).toBe('damaged');
		expect(await problemOf(file(new TextEncoder().encode('PK\u0003\u0004 not really a zip')))).toBe('damaged');
		const truncated = new Uint8Array(await (await backupFile((await listProfiles())[0]!.id)).arrayBuffer()).slice(0, 400);
		expect(await problemOf(file(truncated))).toBe('damaged');
		expect(await db().then((d) => d.count('profiles'))).toBe((await listProfiles()).length);
	});

	it('refuses a photo that only looks like one: each photo must open, and nothing is written', async () => {
		const profile = await nora();
		const backup = await backupFile(profile.id);
		const before = await everything();
		const seen: string[] = [];
		const refuseAll = async (_bytes: Uint8Array, type: string) => (seen.push(type), false);
		await expect(restoreBackup(await readBackup(backup), { kind: 'keep-both' }, { opens: refuseAll })).rejects.toMatchObject({ problem: 'damaged' });
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((type) => type.startsWith('image/'))).toBe(true);
		expect(await everything()).toEqual(before);
		const openAll = async () => true;
		await expect(restoreBackup(await readBackup(backup), { kind: 'keep-both' }, { opens: openAll })).resolves.toMatchObject({ profile: { name: 'Nora 2' } });
	});

	it('refuses too big files before and while unpacking (zip bomb, too many entries)', async () => {
		const small = { ...BACKUP_LIMITS, fileBytes: 1000 };
		const profile = await nora();
		expect(await problemOf(await backupFile(profile.id), small)).toBe('too-big');
		// 5 MB of zeros packs into a few KB: the ratio check stops it while unpacking.
		const bomb = zipSync({ 'jobbvei.json': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
		expect(bomb.length).toBeLessThan(20_000);
		expect(await problemOf(file(bomb))).toBe('too-big');
		const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`media/${i}`, strToU8('x')]));
		expect(await problemOf(file(zipSync(many)), { ...BACKUP_LIMITS, zipEntries: 20 })).toBe('too-big');
		expect(await problemOf(await backupFile(profile.id), { ...BACKUP_LIMITS, mediaCount: 1 })).toBe('too-big');
	});

	it('parses untrusted JSON with limits on depth, string length and dangerous keys', () => {
		expect(parseUntrustedJson('{"a":[1,"to"]}')).toEqual({ a: [1, 'to'] });
		const deep = '['.repeat(40) + ']'.repeat(40);
		expect(() => parseUntrustedJson(deep)).toThrow(BackupError);
		expect(() => parseUntrustedJson(JSON.stringify({ a: 'x'.repeat(20_001) }))).toThrow(BackupError);
		for (const key of ['__proto__', 'constructor', 'prototype']) expect(() => parseUntrustedJson(`{"a":{"${key}":{}}}`)).toThrow(BackupError);
		expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
	});

	it('makes safe file names from a person\'s name', () => {
		expect(safeFileName('Nora')).toBe('Nora');
		expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
		expect(safeFileName('Å<>se:*?"|')).toBe('Å-se');
		expect(safeFileName('  \u0000 ')).toBe('Jobbvei');
		expect(safeFileName('x'.repeat(100))).toHaveLength(60);
	});

	it('deleting the person after a backup and restoring gives everything back', async () => {
		const profile = await nora();
		const before = await everything();
		const backup = await backupFile(profile.id);
		await deleteProfile(profile.id);
		expect(await listProfiles()).toEqual([]);
		await restoreBackup(await readBackup(backup), { kind: 'add' });
		expect(await everything()).toEqual(before);
	});
});

describe('backup reminder', () => {
	it('reminds only with something to lose, and not within 30 days of a backup or "Ikke nå"', async () => {
		const { shouldRemind } = await import('./reminder');
		expect(shouldRemind({ today: '2026-11-26', answerCount: 3 })).toBe(false);
		expect(shouldRemind({ today: '2026-11-26', answerCount: 12 })).toBe(true);
		expect(shouldRemind({ today: '2026-11-26', answerCount: 12, lastBackup: '2026-11-01' })).toBe(false);
		expect(shouldRemind({ today: '2026-11-26', answerCount: 12, lastBackup: '2026-10-20' })).toBe(true);
		expect(shouldRemind({ today: '2026-11-26', answerCount: 12, lastBackup: '2026-10-20', laterOn: '2026-11-25' })).toBe(false);
		// A clock set far ahead and back again does not silence the reminder for years.
		expect(shouldRemind({ today: '2026-11-26', answerCount: 12, lastBackup: '2030-01-01' })).toBe(true);
	});
});

describe('RestoreFlow', () => {
	it('restores a new person at once, asks when the person is here, and says what went wrong', async () => {
		const { RestoreFlow } = await import('./restore.svelte');
		const profile = await nora();
		const backup = await backupFile(profile.id);
		const flow = new RestoreFlow();
		await flow.choose(file(new Uint8Array(jpeg(7)), 'bilde.jpg'));
		expect(flow.step).toEqual({ kind: 'problem', problem: 'not-jobbvei' });
		await flow.choose(backup);
		expect(flow.step).toMatchObject({ kind: 'compare', name: 'Nora', personId: profile.id });
		await flow.keepBoth();
		expect(flow.step).toMatchObject({ kind: 'done', name: 'Nora 2', replaced: false });
		await deleteProfile(profile.id);
		await flow.choose(backup);
		expect(flow.step).toMatchObject({ kind: 'done', name: 'Nora', profileId: profile.id });
	});
});

describe('backup versions', () => {
	it('a version 1 backup with a plan step taken from a card restores it as the card (its words in any language)', async () => {
		const file = await edited((json) => {
			json['version'] = 1;
			const steps = (json['records'] as Record<string, Record<string, unknown>[]>)['plan-steps']!;
			steps[0]!['what'] = 'Call NAV';
			delete steps[0]!['idea'];
		});
		const parsed = await readBackup(file);
		const step = parsed.records['plan-steps'].find((s) => s['idea'] === 'call_nav');
		expect(step).toMatchObject({ what: '', idea: 'call_nav' });
		// The other step's words match no card: they stay the person's own.
		expect(parsed.records['plan-steps'].filter((s) => s['idea'] === undefined).map((s) => s['what'])).toHaveLength(1);
	});
});

