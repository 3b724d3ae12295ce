import type { Page } from '@playwright/test';
import { seedRecords } from './journeys';

/**
 * Helpers for the jobbsmak reflection tests. A trial is put into IndexedDB the way trials-repo.ts
 * createTrial writes it (seedRecords: one transaction, the next revision from meta) with a record that
 * passes the Trial schema (schema.ts): kind, 1–20 sorted real days, empty ownTasks, answeredBy,
 * createdRev = rev.
 */
export const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04'];

export async function seedTrial(page: Page, profileId: string, id = 'trial1'): Promise<string> {
	const trial = { id, kind: 'jobbsmak', job: { kind: 'catalogue', jobId: 'canteen_assistant' }, workplace: 'Scandic Bergen', days: DAYS, ownTasks: [] };
	await seedRecords(page, 'trials', profileId, [trial]);
	return id;
}

export interface StoredAnswer {
	key: string;
	value: unknown;
	answeredBy: { kind: string; role?: string; name?: string };
}

export async function storedAll<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(store) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as T[]);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		store
	);
}

export async function storedAnswers(page: Page): Promise<Record<string, StoredAnswer>> {
	const list = await storedAll<StoredAnswer>(page, 'answers');
	return Object.fromEntries(list.filter((a) => a.key.startsWith('trials/')).map((a) => [a.key, a]));
}

export function answerUrl(id: string, phase: 'before' | 'day' | 'after', day?: string, q?: string): string {
	const params = new URLSearchParams({ id, phase });
	if (day) params.set('day', day);
	if (q) params.set('q', q);
	return `/trials/answer?${params}`;
}

/** A small JPEG with an EXIF APP1 block holding a GPS IFD (one tag: GPSLatitudeRef = N), as phones write. */
export function withGpsExif(jpeg: Buffer): Buffer {
	const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 12 + 4);
	tiff.write('MM', 0, 'ascii');
	tiff.writeUInt16BE(42, 2);
	tiff.writeUInt32BE(8, 4);
	// IFD0: one entry, GPSInfo (0x8825) → the GPS IFD at offset 26.
	tiff.writeUInt16BE(1, 8);
	tiff.writeUInt16BE(0x8825, 10);
	tiff.writeUInt16BE(4, 12);
	tiff.writeUInt32BE(1, 14);
	tiff.writeUInt32BE(26, 18);
	tiff.writeUInt32BE(0, 22);
	// GPS IFD: GPSLatitudeRef (0x0001), ASCII, 2 bytes "N\0".
	tiff.writeUInt16BE(1, 26);
	tiff.writeUInt16BE(0x0001, 28);
	tiff.writeUInt16BE(2, 30);
	tiff.writeUInt32BE(2, 32);
	tiff.write('N\0', 36, 'ascii');
	tiff.writeUInt32BE(0, 40);
	const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
	const header = Buffer.from([0xff, 0xe1, 0, 0]);
	header.writeUInt16BE(payload.length + 2, 2);
	return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** How many tags the GPS IFD of a JPEG's EXIF block holds (0 when there is no EXIF or no GPS). */
export function gpsTagCount(bytes: Uint8Array): number {
	const b = Buffer.from(bytes);
	let at = 2;
	while (at + 4 <= b.length && b[at] === 0xff) {
		const marker = b[at + 1]!;
		if (marker === 0xda || marker === 0xd9) break; // image data starts: no more metadata
		const length = b.readUInt16BE(at + 2);
		if (marker === 0xe1 && b.toString('binary', at + 4, at + 10) === 'Exif\0\0') {
			const t = at + 10;
			const le = b.toString('ascii', t, t + 2) === 'II';
			const u16 = (o: number) => (le ? b.readUInt16LE(t + o) : b.readUInt16BE(t + o));
			const u32 = (o: number) => (le ? b.readUInt32LE(t + o) : b.readUInt32BE(t + o));
			const ifd0 = u32(4);
			const entries = u16(ifd0);
			for (let i = 0; i < entries; i++) {
				const e = ifd0 + 2 + i * 12;
				if (u16(e) === 0x8825) return u16(u32(e + 8));
			}
		}
		at += 2 + length;
	}
	return 0;
}

/** Answers stored by key: one shared helper for every journey and trial test (support/journeys.ts). */
export { seedAnswers } from './journeys';
