import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { closeDb, db } from '$lib/storage/db';
import { sha256Hex } from '$lib/media/media-record';
import { currentRevision } from '$lib/storage/records';
import { PERSONAL_STORES } from '$lib/domain/profile/profiles-repo';
import { backupBytes } from '../backup-export';
import { readBackup } from '../backup-restore';
import { restoreBackup } from '../restore-write';
import { BACKUP_JSON_NAME } from '../backup-schema';
import { BACKUP_STORE_NAMES, type BackupStore } from '../backup-stores';
import { RestoreFlow } from '../restore.svelte';
import { HOSTILE_CLASSES, hostileCorpus, type CorpusBase, type HostileCase } from './corpus';
import { seedPerson } from './seed';

/**
 * [Note: hostile backup corpus] Every generated bad file goes through the real restore flow on one
 * device that already holds Nora. Each must be refused with its own message kind, write nothing, and
 * leave Nora's full export byte-identical (SHA-256). The corpus is made from Nora's own backup with
 * every id changed, so a file that slipped through would be written at once (a new person) and seen.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const EXPORT_EVERY = 10;

let device: IDBFactory;
let base: CorpusBase;
let noraId: string;
let exportBefore: string;
let cases: HostileCase[];

/** Nora's whole backup file, made at a fixed time (zip entries carry a date), as its SHA-256. */
async function exportHash(): Promise<string> {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-11-26T08:00:00Z'));
	try {
		const { bytes } = await backupBytes(noraId);
		return sha256Hex(bytes.slice().buffer);
	} finally {
		vi.useRealTimers();
	}
}

/** How many records the device holds in each store, and its revision counter. */
async function census(): Promise<string> {
	const database = await db();
	const counts = await Promise.all((['profiles', ...PERSONAL_STORES] as const).map((s) => database.count(s)));
	return `${counts.join(',')} rev ${await currentRevision()}`;
}

beforeAll(async () => {
	device = new IDBFactory();
	globalThis.indexedDB = device;
	const nora = await seedPerson('Nora');
	noraId = nora.id;
	const files = unzipSync((await backupBytes(noraId)).bytes);
	const text = strFromU8(files[BACKUP_JSON_NAME]!);
	const noraEnvelope = JSON.parse(text) as CorpusBase['envelope'];
	// The same person with new ids everywhere: a stranger to this device.
	const fresh = new Map<string, string>();
	const envelope = JSON.parse(text.replace(UUID, (id) => fresh.get(id) ?? (fresh.set(id, crypto.randomUUID()), fresh.get(id)!))) as CorpusBase['envelope'];
	delete files[BACKUP_JSON_NAME];
	const records: Partial<Record<BackupStore, string[]>> = {};
	for (const store of BACKUP_STORE_NAMES) records[store] = (noraEnvelope.records[store] ?? []).map((r) => String(r['id']));
	base = { files, envelope, others: { profileId: noraId, records, media: noraEnvelope.media.map((m) => String(m['id'])) } };
	cases = hostileCorpus(base);
	exportBefore = await exportHash();
});

// tests/unit/setup.ts gives every test an empty device: this file shares Nora's.
beforeEach(() => {
	globalThis.indexedDB = device;
});

afterAll(() => {
	vi.useRealTimers();
});

describe('hostile backup corpus', () => {
	it('has at least 200 files in at least 12 classes, each with several variants', () => {
		expect(cases.length).toBeGreaterThanOrEqual(200);
		const perClass = new Map<string, number>();
		for (const c of cases) perClass.set(c.cls, (perClass.get(c.cls) ?? 0) + 1);
		expect(perClass.size).toBeGreaterThanOrEqual(12);
		expect([...perClass.keys()].sort()).toEqual([...HOSTILE_CLASSES].sort());
		for (const [cls, count] of perClass) expect(count, cls).toBeGreaterThanOrEqual(5);
		expect(new Set(cases.map((c) => `${c.cls}/${c.name}`)).size).toBe(cases.length);
	});

	it('the untouched base file is a good backup (so each broken one differs in its own way only)', async () => {
		const parsed = await readBackup(new Blob([zipSync({ ...base.files, [BACKUP_JSON_NAME]: new TextEncoder().encode(JSON.stringify(base.envelope)) }) as Uint8Array<ArrayBuffer>]));
		expect(parsed.profile.name).toBe('Nora');
		for (const store of BACKUP_STORE_NAMES) expect(parsed.records[store].length, store).toBeGreaterThan(0);
		expect(parsed.media).toHaveLength(3);
		expect(Object.keys(base.files).sort()).toEqual(['media/0', 'media/1', 'media/2', 'media/2.thumb']);
	});

	for (const cls of HOSTILE_CLASSES) {
		it(`${cls}: every file is refused with the right message and changes nothing`, async () => {
			const before = await census();
			const wrong: string[] = [];
			const mine = cases.filter((c) => c.cls === cls && c.expected !== 'inert');
			let n = 0;
			for (const hostile of mine) {
				const flow = new RestoreFlow();
				await flow.choose(await hostile.make());
				// The file is Nora with new ids: asked whether she is the Nora here, the answer that writes
				// the most ("Nei, en annen person": all of her is added) is given, so every check is reached.
				if (flow.step.kind === 'same-name') await flow.otherPerson();
				const step = flow.step;
				const got = step.kind === 'problem' ? step.problem : step.kind;
				if (got !== hostile.expected) wrong.push(`${hostile.name}: ${got}, expected ${hostile.expected}`);
				const after = await census();
				if (after !== before) wrong.push(`${hostile.name}: wrote something (${before} → ${after})`);
				if (++n % EXPORT_EVERY === 0 && (await exportHash()) !== exportBefore) wrong.push(`${hostile.name}: Nora's export changed`);
			}
			expect(wrong).toEqual([]);
			expect(await exportHash()).toBe(exportBefore);
		});
	}

	it('script text where the schema allows text is read back exactly, as text', async () => {
		const inert = cases.filter((c) => c.expected === 'inert');
		expect(inert.length).toBeGreaterThanOrEqual(10);
		for (const hostile of inert) {
			const parsed = await readBackup(await hostile.make());
			const { store, field, text } = hostile.inert!;
			const values = store === 'profile' ? [parsed.profile[field as 'name']] : parsed.records[store].map((r) => r[field]);
			expect(values, hostile.name).toContain(text);
		}
		expect(await exportHash()).toBe(exportBefore);
	});
});

describe('a restored file with script text', () => {
	it('stores the text unchanged on a fresh device', async () => {
		const inert = cases.filter((c) => c.expected === 'inert' && c.inert!.store === 'trials');
		expect(inert.length).toBeGreaterThan(0);
		await closeDb();
		globalThis.indexedDB = new IDBFactory();
		for (const hostile of inert) {
			const parsed = await readBackup(await hostile.make());
			// Every case is the same stranger: the first is added, each next one replaces her.
			await restoreBackup(parsed, (await db().then((d) => d.getKey('profiles', parsed.profile.id))) ? { kind: 'replace', personId: parsed.profile.id } : { kind: 'add' });
			const trials = (await (await db()).getAll('trials')) as Record<string, unknown>[];
			expect(trials.map((t) => t['workplace'])).toContain(hostile.inert!.text);
		}
	});
});

describe('round trip', () => {
	it('gives every photo and recording back with the same SHA-256', async () => {
		await closeDb();
		globalThis.indexedDB = new IDBFactory();
		const nora = await seedPerson('Nora');
		const media = async () =>
			Promise.all(((await (await db()).getAll('media')) as { id: string; bytes: ArrayBuffer; thumb?: ArrayBuffer }[]).map(async (m) => `${m.id} ${await sha256Hex(m.bytes)} ${m.thumb ? await sha256Hex(m.thumb) : '-'}`));
		const before = (await media()).sort();
		const file = new Blob([(await backupBytes(nora.id)).bytes as Uint8Array<ArrayBuffer>]);
		await closeDb();
		globalThis.indexedDB = new IDBFactory();
		await restoreBackup(await readBackup(file), { kind: 'add' });
		expect((await media()).sort()).toEqual(before);
		expect(before).toHaveLength(3);
	});
});
