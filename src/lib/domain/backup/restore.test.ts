import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { closeDb, db } from '$lib/storage/db';
import { currentRevision } from '$lib/storage/records';
import { sha256Hex } from '$lib/media/media-record';
import { StorageFullError } from '$lib/storage/errors';
import { createProfile, deleteProfile, listProfiles, PERSONAL_STORES, updateProfile } from '$lib/domain/profile/profiles-repo';
import { getMedia, saveMedia } from '$lib/media/media-store';
import { codeMatches, hashCode } from '$lib/domain/device/picture-code';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import { addPhoto, createTrial } from '$lib/domain/trials/trials-repo';
import { addPlanSteps } from '$lib/domain/plan/steps-repo';
import { BACKUP_LIMITS, BackupError } from './backup-schema';
import { backupBlob, backupFile } from './backup-export';
import { readBackup } from './backup-restore';
import { restoreBackup } from './restore-write';
import { changesSince, compareWithDevice, matchPerson } from './restore-compare';
import { letGoOfOldUndos, undoFor, undoRestore } from './restore-undo';
import { finishInterruptedRestore, JOURNAL_KEY } from './restore-journal';
import { tidyNeeded } from './tidy-needed';
import { RestoreFlow } from './restore.svelte';
import { fakeJpeg, SELF, seedPerson } from './hostile/seed';

/** Every record of every personal store and the profiles, media as SHA-256: equal means byte-equal. */
async function everything(): Promise<string> {
	const database = await db();
	const out: Record<string, unknown[]> = {};
	for (const store of ['profiles', ...PERSONAL_STORES] as const) {
		const rows = await Promise.all(
			((await database.getAll(store)) as Record<string, unknown>[]).map(async (r) =>
				Object.fromEntries(await Promise.all(Object.entries(r).map(async ([k, v]) => [k, v instanceof ArrayBuffer ? await sha256Hex(v) : v])))
			)
		);
		out[store] = rows.sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
	}
	return JSON.stringify(out);
}

async function newDevice(): Promise<void> {
	await closeDb();
	globalThis.indexedDB = new IDBFactory();
}

describe('restore shows what it will change, and can be undone', () => {
	it('an older backup over newer work: lists what is newer here with the file date, replace then undo brings every byte back', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id, { madeAt: new Date(2026, 11, 3, 10) });
		// Newer work after the backup: two plan steps, a day reflected on a new trial, a photo.
		await addPlanSteps(nora.id, [{ what: 'Ringe NAV', who: { role: 'me' } }, { what: 'Kjøpe busskort', who: { role: 'parent' } }], SELF);
		const trial = await createTrial(nora.id, { kind: 'jobbsmak', workplace: 'Bogstad gård', days: ['2026-12-05'] }, SELF);
		await saveAnswer(nora.id, `trials/${trial.id}/day/2026-12-05/day`, 'good', SELF);
		await saveAnswer(nora.id, `trials/${trial.id}/day/2026-12-05/tired`, 'very_tired', SELF);
		await addPhoto(nora.id, trial.id, '2026-12-05', { bytes: fakeJpeg(40), type: 'image/jpeg', thumb: fakeJpeg(41, 300) }, SELF);
		const before = await everything();

		const parsed = await readBackup(file);
		expect(parsed.madeOn).toBe('2026-12-03');
		const match = await matchPerson(parsed);
		expect(match.sameId?.id).toBe(nora.id);
		const { newerHere, newerInFile } = await compareWithDevice(parsed, nora.id);
		expect(newerHere).toEqual({ 'plan-steps': 2, trials: 1, 'trial-days': 1, photos: 1 });
		expect(newerInFile).toEqual({});

		const { undoId } = await restoreBackup(parsed, { kind: 'replace', personId: nora.id }, { today: '2026-12-07' });
		expect(await everything()).not.toBe(before);
		const undo = await undoFor(nora.id, '2026-12-07');
		expect(undo).toMatchObject({ id: undoId, madeOn: '2026-12-07', fileMadeOn: '2026-12-03' });
		// The replaced photo is kept (not copied) for the undo, and not in a new backup.
		expect(undo!.keptMediaIds).toHaveLength(1);
		const afterRestore = unzipSync(new Uint8Array(await (await backupBlob(nora.id)).blob.arrayBuffer()));
		expect(Object.keys(afterRestore).filter((n) => n.startsWith('media/') && !n.endsWith('.thumb'))).toHaveLength(3);

		expect(await changesSince(nora.id, undo!.rev)).toEqual({});
		const back = await undoRestore(undoId);
		expect(back?.name).toBe('Nora');
		expect(await everything()).toBe(before);
		expect(await undoFor(nora.id, '2026-12-07')).toBeNull();
	});

	it('tells what was saved after the restore before undoing it, and undo of an added person removes them', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id);
		await newDevice();
		const { profile, undoId } = await restoreBackup(await readBackup(file), { kind: 'add' }, { today: '2026-12-07' });
		const undo = (await undoFor(profile.id, '2026-12-07'))!;
		expect(undo.replaced).toBeUndefined();
		await addPlanSteps(profile.id, [{ what: 'Nytt steg', who: { role: 'me' } }], SELF);
		await saveMedia(profile.id, fakeJpeg(9), 'image/jpeg');
		expect(await changesSince(profile.id, undo.rev)).toEqual({ 'plan-steps': 1, photos: 1 });
		expect(await undoRestore(undoId)).toBeNull();
		expect(await listProfiles()).toEqual([]);
		const database = await db();
		for (const store of PERSONAL_STORES) expect(await database.count(store), store).toBe(0);
	});

	it('an undo is let go after 30 days with the photos it kept, and never because the clock went back', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id);
		const extra = await saveMedia(nora.id, fakeJpeg(50), 'image/jpeg');
		expect(await tidyNeeded()).toBe(false);
		await restoreBackup(await readBackup(file), { kind: 'replace', personId: nora.id }, { today: '2026-12-07' });
		expect(await tidyNeeded()).toBe(true);
		expect(await getMedia(extra.id)).toBeDefined();
		expect(await letGoOfOldUndos('2026-11-01')).toBe(0);
		expect(await letGoOfOldUndos('2027-01-06')).toBe(0);
		expect(await undoFor(nora.id, '2027-01-06')).not.toBeNull();
		expect(await letGoOfOldUndos('2027-01-07')).toBe(1);
		expect(await tidyNeeded()).toBe(false);
		expect(await getMedia(extra.id)).toBeUndefined();
		expect(await (await db()).count('restore-undo')).toBe(0);
	});

	it('"Slett meg" removes the undo and the photos it kept', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id);
		await saveMedia(nora.id, fakeJpeg(51), 'image/jpeg');
		await restoreBackup(await readBackup(file), { kind: 'replace', personId: nora.id });
		await deleteProfile(nora.id);
		const database = await db();
		expect(await database.count('restore-undo')).toBe(0);
		expect(await database.count('media')).toBe(0);
	});

	it('only the last restore can be undone: the one before lets go of what it kept', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id);
		const first = await saveMedia(nora.id, fakeJpeg(60), 'image/jpeg');
		await restoreBackup(await readBackup(file), { kind: 'replace', personId: nora.id });
		const second = await saveMedia(nora.id, fakeJpeg(61), 'image/jpeg');
		await restoreBackup(await readBackup(file), { kind: 'replace', personId: nora.id });
		expect(await (await db()).count('restore-undo')).toBe(1);
		expect(await getMedia(first.id)).toBeUndefined();
		expect(await getMedia(second.id)).toBeDefined();
	});
});

describe('who the file is', () => {
	it('"Behold begge" on a person with a picture code: the copy opens with the code the person knows', async () => {
		const siri = await createProfile({ name: 'Siri', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const code = ['pic_cat', 'pic_fish', 'pic_apple', 'pic_rocket'];
		await updateProfile(siri.id, { pictureCode: { hash: await hashCode(siri.id, code), length: 4 } });
		const { profile: copy } = await restoreBackup(await readBackup(await backupFile(siri.id)), { kind: 'keep-both' });
		expect(copy.id).not.toBe(siri.id);
		expect(copy.name).toBe('Siri 2');
		expect(await codeMatches(copy.id, copy.pictureCode!, code)).toBe(true);
		expect(await codeMatches(copy.id, copy.pictureCode!, [...code].reverse())).toBe(false);
		expect(copy.fromBackup).toBeDefined();
	});

	it('another device\'s Ola beside this one is asked about: "no" adds a second Ola marked with the backup date', async () => {
		const other = await seedPerson('Ola');
		const file = await backupFile(other.id, { madeAt: new Date(2026, 11, 3) });
		await newDevice();
		const here = await createProfile({ name: 'Ola', picture: { kind: 'symbol', symbol: 'pic_fish' }, locale: 'nb' });
		const flow = new RestoreFlow();
		await flow.choose(file);
		expect(flow.step).toEqual({ kind: 'same-name', name: 'Ola', personId: here.id });
		expect(await listProfiles()).toHaveLength(1);
		await flow.otherPerson();
		expect(flow.step).toMatchObject({ kind: 'done', name: 'Ola' });
		const people = await listProfiles();
		expect(people.map((p) => [p.name, p.fromBackup ?? null])).toEqual([
			['Ola', null],
			['Ola', { madeOn: '2026-12-03' }]
		]);
	});

	it('"yes, the same person" compares with the Ola here, and replacing takes his place under his id (undo gives him back)', async () => {
		const other = await seedPerson('Ola');
		const file = await backupFile(other.id);
		await newDevice();
		const here = await createProfile({ name: 'ola ', picture: { kind: 'symbol', symbol: 'pic_fish' }, locale: 'nb' });
		await addPlanSteps(here.id, [{ what: 'Bare her', who: { role: 'me' } }], SELF);
		const before = await everything();
		const flow = new RestoreFlow();
		await flow.choose(file);
		await flow.samePerson();
		expect(flow.step).toMatchObject({ kind: 'compare', personId: here.id, comparison: { newerHere: { 'plan-steps': 1 } } });
		await flow.replace();
		expect(flow.step).toMatchObject({ kind: 'done', profileId: here.id, replaced: true });
		expect((await listProfiles()).map((p) => [p.id, p.name])).toEqual([[here.id, 'Ola']]);
		await flow.undo();
		expect(flow.step).toEqual({ kind: 'undone', name: 'ola', removed: false });
		expect(await everything()).toBe(before);
	});
});

describe('a restore that fails changes nothing', () => {
	it('a bad photo late in the file: the photos already written are removed, the revision is unchanged', async () => {
		const nora = await seedPerson('Nora');
		const zip = unzipSync(new Uint8Array(await (await backupFile(nora.id)).arrayBuffer()));
		const json = JSON.parse(strFromU8(zip['jobbvei.json']!));
		json.profile.id = crypto.randomUUID(); // a stranger: everything is new to this device
		for (const list of Object.values(json.records) as Record<string, unknown>[][]) for (const r of list) r['profileId'] = json.profile.id;
		for (const r of json.records.answers) r.id = `${json.profile.id}/${r.key}`;
		for (const m of json.media) m.id = crypto.randomUUID();
		json.profile.picture = { kind: 'photo', mediaId: json.media[0].id };
		json.media[2].sha256 = '0'.repeat(64);
		zip['jobbvei.json'] = strToU8(JSON.stringify(json));
		const before = await everything();
		const rev = await currentRevision();
		const parsed = await readBackup(new Blob([zipSync(zip) as Uint8Array<ArrayBuffer>]));
		await expect(restoreBackup(parsed, { kind: 'add' })).rejects.toMatchObject({ problem: 'damaged' });
		expect(await everything()).toBe(before);
		expect(await currentRevision()).toBe(rev);
		expect(await (await db()).get('device', JOURNAL_KEY)).toBeUndefined();
	});

	it('a restore cut off after its first photos: the next start removes them', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id);
		await newDevice();
		const before = await everything();
		const parsed = await readBackup(file);
		// Step 1 (journal, photos) goes through; the last transaction and the clean-up never happen: the app was closed.
		const original = IDBDatabase.prototype.transaction;
		vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
			const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
			if (stores.includes('profiles') || (stores.includes('device') && stores.includes('media'))) throw new Error('the app was closed');
			return original.apply(this, args);
		});
		await expect(restoreBackup(parsed, { kind: 'add' })).rejects.toThrow('the app was closed');
		vi.restoreAllMocks();
		expect(await (await db()).count('media')).toBe(3);
		// The start screen loads the restore code only because the journal is there.
		expect(await tidyNeeded()).toBe(true);
		expect(await finishInterruptedRestore()).toBe(3);
		expect(await everything()).toBe(before);
		expect(await finishInterruptedRestore()).toBe(0);
		expect(await tidyNeeded()).toBe(false);
	});

	it('a full device while writing photos: StorageFullError, nothing left behind', async () => {
		const nora = await seedPerson('Nora');
		const file = await backupFile(nora.id);
		await newDevice();
		const parsed = await readBackup(file);
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (this.name === 'media' && (args[0] as { id: string }).id === parsed.media[1]!.id) throw new DOMException('', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(restoreBackup(parsed, { kind: 'add' })).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		const database = await db();
		expect(await database.count('media')).toBe(0);
		expect(await database.count('profiles')).toBe(0);
	});
});

describe('backup keeps the limits restore sets', () => {
	it('refuses to write a backup restore would refuse, and says so', async () => {
		const nora = await seedPerson('Nora');
		await expect(backupBlob(nora.id, { limits: { ...BACKUP_LIMITS, mediaCount: 2 } })).rejects.toEqual(new BackupError('too-big', 'media count'));
		await expect(backupBlob(nora.id, { limits: { ...BACKUP_LIMITS, mediaBytes: 1000 } })).rejects.toMatchObject({ problem: 'too-big' });
		await expect(backupBlob(nora.id, { limits: { ...BACKUP_LIMITS, jsonBytes: 1000 } })).rejects.toMatchObject({ problem: 'too-big' });
		await expect(backupBlob(nora.id, { limits: { ...BACKUP_LIMITS, fileBytes: 3000 } })).rejects.toMatchObject({ problem: 'too-big' });
		const { blob } = await backupBlob(nora.id);
		await expect(readBackup(blob)).resolves.toMatchObject({ profile: { name: 'Nora' } });
	});

	it('a 1970 clock on the tablet still makes a backup', async () => {
		const nora = await seedPerson('Nora');
		const { blob } = await backupBlob(nora.id, { madeAt: new Date(1970, 0, 1) });
		expect((await readBackup(blob)).madeOn).toBe('1970-01-01');
	});
});
