import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { closeDb, db } from '$lib/storage/db';
import { sha256Hex } from '$lib/media/media-record';
import { PERSONAL_STORES } from '$lib/domain/profile/profiles-repo';
import { BACKUP_LIMITS } from './backup-schema';
import { backupFile } from './backup-export';
import { readBackup } from './backup-restore';
import { restoreBackup } from './restore-write';
import { TEN_YEARS, writeLife, type Life } from './testing/life';

/** Every record of the device, media as their SHA-256 (byte-equal media give equal hashes). */
async function everything(): Promise<string> {
	const database = await db();
	const out: Record<string, unknown[]> = {};
	for (const store of ['profiles', ...PERSONAL_STORES] as const) {
		const all = (await database.getAll(store)) as Record<string, unknown>[];
		const rows = await Promise.all(
			all.map(async (r) => Object.fromEntries(await Promise.all(Object.entries(r).map(async ([k, v]) => [k, v instanceof ArrayBuffer ? `sha256:${await sha256Hex(v)}` : v]))))
		);
		out[store] = rows.sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
	}
	return JSON.stringify(out);
}

/** A life of any size up to ten years (smaller photos than real ones, so many runs stay quick). */
const lives: fc.Arbitrary<Life> = fc.record({
	name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
	trials: fc.integer({ min: 0, max: TEN_YEARS.trials }),
	photos: fc.integer({ min: 0, max: TEN_YEARS.photos }),
	photoBytes: fc.integer({ min: 16, max: 4096 }),
	recordings: fc.integer({ min: 0, max: TEN_YEARS.recordings }),
	recordingBytes: fc.integer({ min: 16, max: 2048 }),
	planSteps: fc.integer({ min: 0, max: TEN_YEARS.planSteps }),
	cvLines: fc.integer({ min: 0, max: TEN_YEARS.cvLines }),
	meetings: fc.integer({ min: 0, max: 3 }),
	cardRounds: fc.integer({ min: 0, max: 3 }),
	seed: fc.integer({ min: 0, max: 1000 })
});

/** Backs the person up, restores the file on an empty device, and says whether the two devices hold the same. */
async function roundTrip(life: Life): Promise<{ same: boolean; before: string; after: string }> {
	await closeDb();
	globalThis.indexedDB = new IDBFactory();
	const person = await writeLife(life);
	const before = await everything();
	const file = await backupFile(person.id);
	await closeDb();
	globalThis.indexedDB = new IDBFactory();
	await restoreBackup(await readBackup(file), { kind: 'add' });
	const after = await everything();
	return { same: before === after, before, after };
}

describe('every backup the app writes, the app can restore', () => {
	it('round trip over generated persons of every size up to ten years: same records, media byte-equal', async () => {
		await fc.assert(
			fc.asyncProperty(lives, async (life) => {
				const { same } = await roundTrip(life);
				expect(same).toBe(true);
			}),
			{ numRuns: 40, seed: 20261207, endOnFailure: true }
		);
	}, 240_000);

	it('ten years of real-sized photos and recordings (about 170 MB) back up and restore, byte for byte', async () => {
		const { same, before } = await roundTrip(TEN_YEARS);
		expect(same).toBe(true);
		const media = (JSON.parse(before) as Record<string, unknown[]>)['media']!;
		expect(media.length).toBe(TEN_YEARS.photos + TEN_YEARS.recordings + 1);
	}, 240_000);

	it('ten years are well inside every limit a restore sets', () => {
		const bytes = TEN_YEARS.photos * (TEN_YEARS.photoBytes + 600) + TEN_YEARS.recordings * TEN_YEARS.recordingBytes;
		expect(bytes * 5).toBeLessThan(BACKUP_LIMITS.fileBytes);
		expect((TEN_YEARS.photos + TEN_YEARS.recordings) * 5).toBeLessThan(BACKUP_LIMITS.mediaCount);
	});
});
