import { z } from '$lib/storage/zod';
import { db, type WriteTransaction } from '$lib/storage/db';
import { MediaRecord, sha256Hex } from '$lib/media/media-record';
import { keepValid, validate, write } from '$lib/storage/records';
import { StorageFullError, isQuotaError } from '$lib/storage/errors';
import { writeSentinel } from '$lib/storage/sentinel';
import { localToday } from '$lib/i18n/dates';
import { imageOpens, looksLikeImage } from '$lib/media/photo';
import { answerId } from '$lib/domain/answers/answers-repo';
import { NAME_MAX, Profile } from '$lib/domain/profile/schema';
import { BACKUP_LIMITS, BackupError, type BackupLimits, type BackupMedia } from './backup-schema';
import { BACKUP_STORES, BACKUP_STORE_NAMES } from './backup-stores';
import type { ParsedBackup, StoredRecord } from './backup-restore';
import { RestoreUndo } from './restore-undo';
import { JOURNAL_KEY, RestoreJournal, removeStaged } from './restore-journal';
import { streamZip, type KeptEntry } from './safe-zip';

/** How the file's person comes onto this device. */
export type RestoreChoice =
	/** Nobody here has the file's id: the person is added. */
	| { kind: 'add' }
	/** The person here with `personId` becomes the file's person (the same id, or the same person made on another device). */
	| { kind: 'replace'; personId: string }
	/** A copy beside the person here, with new ids, so the two never mix. */
	| { kind: 'keep-both' };

export interface RestoreOptions {
	/** Decodes each photo (the browser's decoder by default), so a file that only looks like a photo is refused. */
	opens?: (bytes: Uint8Array, type: string) => Promise<boolean>;
	limits?: BackupLimits;
	/** Today on this device (the undo's date). */
	today?: string;
	/** Photos and recordings written so far, of all. */
	onProgress?: (done: number, total: number) => void;
	/** Another person here has the same name: mark this one "fra sikkerhetskopi {date}" so the two can be told apart. */
	markAsCopy?: boolean;
}

export interface RestoreResult {
	profile: Profile;
	/** The undo of this restore ([Note: restore can be undone]). */
	undoId: string;
}

/** Photos are written to the database this many bytes at a time. */
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_MEDIA = 16;
/** A photo waiting for its small copy further on in the file: more than this waiting means the file is not ours. */
const MAX_WAITING_BYTES = 64 * 1024 * 1024;

/**
 * [Note: restore in batches] Ten years of photos do not fit in a phone's memory at once, and one
 * IndexedDB transaction cannot wait while each photo is checked (hashing and decoding end it). So a
 * restore writes in two steps that stay all-or-nothing for the person:
 *
 * 1. The photos and recordings are read from the file one by one, checked (size, SHA-256, that an
 *    image opens) and written in small batches under their final ids. Nothing refers to them yet, so
 *    the person's screens do not change. A journal in the `device` store lists them first.
 * 2. One transaction then writes the profile and every record, keeps what it replaced for undo, and
 *    removes the journal.
 *
 * If anything fails (a bad photo, a full device), the photos from step 1 are removed and nothing else
 * was touched. If the app is closed in between, the journal lets the next start remove them.
 */
export async function restoreBackup(parsed: ParsedBackup, choice: RestoreChoice, options: RestoreOptions = {}): Promise<RestoreResult> {
	const limits = options.limits ?? BACKUP_LIMITS;
	const opens = options.opens ?? imageOpens;
	const today = options.today ?? localToday();
	const copy = asChosen(parsed, choice, options.markAsCopy ?? false);
	const person = copy.profile;
	const mediaIds = new Set(copy.media.map((m) => m.finalId));
	const alreadyHere = await mediaAlreadyHere(copy.media, person.id);
	const staged = copy.media.filter((m) => !alreadyHere.has(m.finalId)).map((m) => m.finalId);

	await staging((tx) => tx.objectStore('device').put(validate('device', RestoreJournal, { key: JOURNAL_KEY, mediaIds: staged })));
	try {
		await writeMedia(parsed.source, copy.media, person.id, alreadyHere, { limits, opens, onProgress: options.onProgress });
		const stores = ['profiles', 'media', 'restore-undo', 'device', ...BACKUP_STORE_NAMES] as const;
		const { undoId, newest } = await write([...stores], async (tx, rev) => {
			let replaced: RestoreUndo['replaced'];
			let kept: string[] = [];
			// Only the last restore can be undone: the one before lets go of the photos it kept.
			const previous = keepValid('restore-undo', RestoreUndo, await tx.objectStore('restore-undo').getAll());
			const letGo = new Set(previous.flatMap((u) => u.keptMediaIds).filter((id) => !mediaIds.has(id)));
			for (const id of letGo) await tx.objectStore('media').delete(id);
			for (const undo of previous) await tx.objectStore('restore-undo').delete(undo.id);
			if (choice.kind === 'replace') {
				const old = await tx.objectStore('profiles').get(choice.personId);
				if (old) {
					const records: Record<string, unknown[]> = {};
					for (const store of BACKUP_STORE_NAMES) {
						const index = tx.objectStore(store).index('by-profile');
						records[store] = await index.getAll(choice.personId);
						for (const key of await index.getAllKeys(choice.personId)) await tx.objectStore(store).delete(key);
					}
					replaced = { profile: old, records };
					const theirs = await tx.objectStore('media').index('by-profile').getAllKeys(choice.personId);
					kept = theirs.filter((id) => !mediaIds.has(id) && !letGo.has(id));
				}
			}
			// A record id that another person on this device already has is never overwritten.
			for (const store of BACKUP_STORE_NAMES) {
				for (const record of copy.records[store]) {
					const old = (await tx.objectStore(store).get(record.id)) as { profileId?: unknown } | undefined;
					if (old && old.profileId !== person.id) throw new BackupError('damaged', `id of another person in ${store}`);
				}
			}
			if (choice.kind !== 'replace' && (await tx.objectStore('profiles').getKey(person.id)) !== undefined) throw new BackupError('damaged', 'person already here');
			// The second copy comes after the first on the start screen.
			const newest = Math.max(rev, copy.maxRev + 1);
			const profile = choice.kind === 'keep-both' || options.markAsCopy ? { ...person, createdRev: newest } : person;
			await tx.objectStore('profiles').put(validate('profiles', Profile, profile));
			for (const store of BACKUP_STORE_NAMES) {
				for (const record of copy.records[store]) await tx.objectStore(store).put(validate<unknown>(store, BACKUP_STORES[store] as z.ZodMiniType<unknown>, record));
			}
			const undo = validate('restore-undo', RestoreUndo, {
				id: crypto.randomUUID(),
				profileId: person.id,
				madeOn: today,
				...(parsed.madeOn ? { fileMadeOn: parsed.madeOn } : {}),
				...(replaced ? { replaced } : {}),
				keptMediaIds: kept,
				addedMediaIds: staged,
				// Everything the file brought is at or below this; what the person saves later is above it.
				rev: newest
			});
			await tx.objectStore('restore-undo').put(undo);
			await tx.objectStore('device').delete(JOURNAL_KEY);
			// Revisions from the other device may be higher than this one's: move the counter past them.
			await tx.objectStore('meta').put({ key: 'revision', value: newest });
			return { undoId: undo.id, newest };
		});
		// The sentinel now describes this database: after a crash emptied it, restoring is the answer,
		// so the start screen stops saying "Vi finner ikke det du har lagret".
		writeSentinel({ profiles: await (await db()).count('profiles'), revision: newest });
		return { profile: await storedProfile(person.id), undoId };
	} catch (error) {
		await removeStaged(staged).catch(() => undefined); // the journal lets the next start finish this
		throw error;
	}
}

async function storedProfile(id: string): Promise<Profile> {
	return validate('profiles', Profile, await (await db()).get('profiles', id));
}

type ChosenMedia = BackupMedia & { finalId: string };
type Chosen = { profile: Profile; records: Record<(typeof BACKUP_STORE_NAMES)[number], StoredRecord[]>; media: ChosenMedia[]; maxRev: number };

/** The file's person as the choice writes them: as they are, under the id of the same person here, or as a copy with new ids. */
function asChosen(parsed: ParsedBackup, choice: RestoreChoice, markAsCopy: boolean): Chosen {
	const original = parsed.profile;
	const ids = new Map<string, string>();
	if (choice.kind === 'keep-both') {
		ids.set(original.id, crypto.randomUUID());
		for (const media of parsed.media) ids.set(media.id, crypto.randomUUID());
		for (const store of BACKUP_STORE_NAMES) {
			if (store === 'answers') continue; // an answer's id is made from the person's id and its key
			for (const record of parsed.records[store]) ids.set(record.id, crypto.randomUUID());
		}
	} else if (choice.kind === 'replace' && choice.personId !== original.id) {
		ids.set(original.id, choice.personId);
	}
	const remap = remapper(ids);
	const profileId = ids.get(original.id) ?? original.id;
	const records = {} as Chosen['records'];
	for (const store of BACKUP_STORE_NAMES) {
		records[store] = parsed.records[store].map((record) => {
			const next = remap(record);
			return store === 'answers' ? { ...next, id: answerId(profileId, next['key'] as string) } : next;
		});
	}
	let profile: Profile = { ...remap(original), id: profileId };
	// A new id must not lock the person out: the code they know stays salted with the id it was made with.
	if (original.pictureCode && profileId !== original.id) profile.pictureCode = { ...original.pictureCode, salt: original.pictureCode.salt ?? original.id };
	if (choice.kind === 'keep-both') profile = { ...profile, name: `${original.name.slice(0, NAME_MAX - 2)} 2` };
	// Two people with one name on the start screen: the copy says where it came from.
	if (choice.kind === 'keep-both' || markAsCopy) profile = { ...profile, fromBackup: parsed.madeOn ? { madeOn: parsed.madeOn } : {} };
	return { profile, records, media: parsed.media.map((m) => ({ ...m, finalId: ids.get(m.id) ?? m.id })), maxRev: parsed.maxRev };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Swaps every id (and every reference to one, also inside keys such as "trials/<id>/…") for its new one. */
function remapper(ids: Map<string, string>): <T>(value: T) => T {
	const swap = (text: string): string => ids.get(text) ?? text.replace(UUID, (found) => ids.get(found) ?? found);
	const remap = <T>(value: T): T => {
		if (ids.size === 0) return value;
		if (typeof value === 'string') return swap(value) as T;
		if (value instanceof ArrayBuffer) return value;
		if (Array.isArray(value)) return value.map(remap) as T;
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v)])) as T;
		return value;
	};
	return remap;
}

/**
 * Photos in the file that this device already holds for the same person (restoring a backup of the
 * person here): they are checked but not written again. One with the same id but other bytes, or
 * belonging to another person, is refused: a backup never overwrites what it does not own.
 */
async function mediaAlreadyHere(media: ChosenMedia[], personId: string): Promise<Set<string>> {
	const database = await db();
	const tx = database.transaction('media', 'readonly');
	const here = new Set<string>();
	for (const m of media) {
		if ((await tx.store.getKey(m.finalId)) === undefined) continue;
		const old = MediaRecord.safeParse(await tx.store.get(m.finalId));
		if (!old.success || old.data.profileId !== personId || old.data.sha256 !== m.sha256) throw new BackupError('damaged', 'media id of another person');
		here.add(m.finalId);
	}
	await tx.done;
	return here;
}

/** Streams the file's photos and recordings, checks each, and writes them in batches ([Note: restore in batches]). */
async function writeMedia(
	source: Blob,
	media: ChosenMedia[],
	personId: string,
	alreadyHere: Set<string>,
	options: { limits: BackupLimits; opens: NonNullable<RestoreOptions['opens']>; onProgress: RestoreOptions['onProgress'] }
): Promise<void> {
	const byEntry = new Map<string, { media: ChosenMedia; thumb: boolean }>();
	for (const m of media) {
		byEntry.set(m.file, { media: m, thumb: false });
		if (m.thumbFile) byEntry.set(m.thumbFile, { media: m, thumb: true });
	}
	const waiting = new Map<string, { bytes?: Uint8Array; thumb?: Uint8Array }>();
	let waitingBytes = 0;
	let batch: MediaRecord[] = [];
	let batchBytes = 0;
	let done = 0;
	const flush = async () => {
		if (batch.length === 0) return;
		const records = batch;
		batch = [];
		batchBytes = 0;
		await staging(async (tx) => {
			for (const record of records) await tx.objectStore('media').put(record);
		}, ['media']);
	};

	const accept = async (m: ChosenMedia, bytes: Uint8Array, thumb: Uint8Array | undefined) => {
		if (bytes.length !== m.size) throw new BackupError('damaged', 'media size');
		const buffer = ownBuffer(bytes);
		if ((await sha256Hex(buffer)) !== m.sha256) throw new BackupError('damaged', 'media hash');
		if (m.type.startsWith('image/') && !looksLikeImage(bytes.subarray(0, 16))) throw new BackupError('damaged', 'not an image');
		if (m.type.startsWith('image/') && !(await options.opens(bytes, m.type))) throw new BackupError('damaged', 'image does not open');
		if (m.thumbFile && (!thumb || !looksLikeImage(thumb.subarray(0, 16)))) throw new BackupError('damaged', 'thumb');
		if (!alreadyHere.has(m.finalId)) {
			const { file: _file, thumbFile: _thumbFile, finalId, ...rest } = m;
			const record = MediaRecord.safeParse({ ...rest, id: finalId, profileId: personId, bytes: buffer, ...(thumb ? { thumb: ownBuffer(thumb) } : {}) });
			if (!record.success) throw new BackupError('damaged', 'media record');
			batch.push(record.data);
			batchBytes += buffer.byteLength;
			if (batch.length >= BATCH_MEDIA || batchBytes >= BATCH_BYTES) await flush();
		}
		done++;
		options.onProgress?.(done, media.length);
	};

	await streamZip(
		source,
		(name) => (byEntry.has(name) ? options.limits.mediaBytes : null),
		async (entry: KeptEntry) => {
			const found = byEntry.get(entry.name)!;
			const id = found.media.finalId;
			const parts = waiting.get(id) ?? {};
			if (found.thumb) parts.thumb = entry.bytes;
			else parts.bytes = entry.bytes;
			if (parts.bytes && (!found.media.thumbFile || parts.thumb)) {
				// The part that arrived first was waiting; it is not any more.
				if (waiting.delete(id)) waitingBytes -= found.thumb ? parts.bytes.length : parts.thumb!.length;
				await accept(found.media, parts.bytes, parts.thumb);
			} else {
				waiting.set(id, parts);
				waitingBytes += entry.bytes.length;
				if (waitingBytes > MAX_WAITING_BYTES) throw new BackupError('damaged', 'media order');
			}
		},
		options.limits
	);
	await flush();
	if (done !== media.length) throw new BackupError('damaged', 'media missing');
}

/** The bytes as an ArrayBuffer of their own: no copy when they have one already (each copy of a photo is memory a phone may not have). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
	const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
	return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

/**
 * A transaction of the restore's first step: not counted as a write of the person's (no revision), so
 * a refused file leaves the device exactly as it was. A full device is said as StorageFullError.
 */
async function staging<S extends 'device' | 'media'>(work: (tx: WriteTransaction<S[]>) => Promise<unknown> | unknown, stores: S[] = ['device' as S]): Promise<void> {
	const tx = (await db()).transaction(stores, 'readwrite');
	try {
		await work(tx);
		await tx.done;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			/* already finished */
		}
		await tx.done.catch(() => undefined);
		if (isQuotaError(error) || isQuotaError(tx.error)) throw new StorageFullError('The device is full', { cause: error });
		throw error;
	}
}
