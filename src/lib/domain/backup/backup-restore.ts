import { strFromU8 } from 'fflate';
import { db } from '$lib/storage/db';
import { MediaRecord, sha256Hex } from '$lib/storage/media';
import { validate, write } from '$lib/storage/records';
import { writeSentinel } from '$lib/storage/sentinel';
import type { z } from '$lib/storage/zod';
import { imageOpens, looksLikeImage } from '$lib/media/photo';
import { answerId } from '$lib/domain/answers/answers-repo';
import { NAME_MAX, Profile } from '$lib/domain/profile/schema';
import {
	BACKUP_FORMAT,
	BACKUP_JSON_NAME,
	BACKUP_LIMITS,
	BACKUP_UPGRADES,
	BACKUP_VERSION,
	BackupEnvelope,
	BackupError,
	type BackupLimits
} from './backup-schema';
import { BACKUP_STORES, BACKUP_STORE_NAMES, type BackupStore } from './backup-stores';
import { parseUntrustedJson } from './safe-json';
import { unzipWithLimits } from './safe-zip';

type StoredRecord = { id: string; profileId: string; rev?: number } & Record<string, unknown>;

/** A backup that passed every check: nothing in it is written until the person says how. */
export interface ParsedBackup {
	profile: Profile;
	records: Record<BackupStore, StoredRecord[]>;
	media: MediaRecord[];
	/** The highest revision in the file: the device's counter is moved past it, so "newer" stays true. */
	maxRev: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * A whole zip ends with its end record (and that record's comment, if any). The reader streams the
 * entries and never needs it, so without this check a file cut short after its last entry
 * (a download that stopped at 99 %) would pass as good.
 */
function endsWithEndRecord(bytes: Uint8Array): boolean {
	for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
		if (startsWith(bytes.subarray(at), EMPTY_ZIP_MAGIC) && at + 22 + (bytes[at + 20]! | (bytes[at + 21]! << 8)) === bytes.length) return true;
	}
	return false;
}

/**
 * Reads and checks a backup file completely — size, zip, JSON, format, version, every record against
 * its store's schema, every photo and recording against its hash — before anything is written.
 * Throws BackupError with the reason the person is told.
 */
/**
 * Reads and checks a backup file without writing anything. `opens` decodes each photo (the browser's
 * own decoder by default), so a file that only looks like a photo is refused as damaged.
 */
export async function readBackup(
	file: Blob,
	limits: BackupLimits = BACKUP_LIMITS,
	opens: (bytes: Uint8Array, type: string) => Promise<boolean> = imageOpens
): Promise<ParsedBackup> {
	if (file.size === 0) throw new BackupError('empty');
	if (file.size > limits.fileBytes) throw new BackupError('too-big', 'file');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (startsWith(bytes, EMPTY_ZIP_MAGIC)) throw new BackupError('empty');
	if (!startsWith(bytes, ZIP_MAGIC)) throw new BackupError('not-jobbvei');
	if (!endsWithEndRecord(bytes)) throw new BackupError('damaged', 'zip end');
	const files = unzipWithLimits(bytes, limits, Math.max(limits.mediaBytes, limits.jsonBytes));
	const json = files.get(BACKUP_JSON_NAME);
	// A zip that unpacks to nothing is broken (an empty zip was caught above); one without our file is someone else's.
	if (!json) throw new BackupError(files.size === 0 ? 'damaged' : 'not-jobbvei');
	const raw = parseUntrustedJson(strFromU8(json), limits);
	const envelope = upgrade(raw);

	const profile = Profile.safeParse(envelope.profile);
	if (!profile.success) throw new BackupError('damaged', 'profile');
	const owner = profile.data.id;
	let maxRev = profile.data.rev;

	const records = {} as Record<BackupStore, StoredRecord[]>;
	for (const store of BACKUP_STORE_NAMES) records[store] = [];
	for (const [store, list] of Object.entries(envelope.records)) {
		if (!(store in BACKUP_STORES)) throw new BackupError('damaged', `store ${store}`);
		const schema = BACKUP_STORES[store as BackupStore];
		const ids = new Set<string>();
		for (const item of list) {
			const parsed = schema.safeParse(item);
			if (!parsed.success) throw new BackupError('damaged', `record in ${store}`);
			const record = parsed.data as StoredRecord;
			if (record.profileId !== owner || ids.has(record.id)) throw new BackupError('damaged', `owner in ${store}`);
			ids.add(record.id);
			maxRev = Math.max(maxRev, typeof record.rev === 'number' ? record.rev : 0);
			records[store as BackupStore].push(record);
		}
	}

	if (envelope.media.length > limits.mediaCount) throw new BackupError('too-big', 'media count');
	const media: MediaRecord[] = [];
	const mediaIds = new Set<string>();
	for (const entry of envelope.media) {
		if (mediaIds.has(entry.id)) throw new BackupError('damaged', 'media id twice');
		mediaIds.add(entry.id);
		const data = files.get(entry.file);
		if (!data || data.length !== entry.size) throw new BackupError('damaged', 'media missing');
		if (data.length > limits.mediaBytes) throw new BackupError('too-big', 'media');
		const buffer = data.slice().buffer;
		if ((await sha256Hex(buffer)) !== entry.sha256) throw new BackupError('damaged', 'media hash');
		if (entry.type.startsWith('image/') && !looksLikeImage(data.subarray(0, 16))) throw new BackupError('damaged', 'not an image');
		if (entry.type.startsWith('image/') && !(await opens(data, entry.type))) throw new BackupError('damaged', 'image does not open');
		const thumb = entry.thumbFile ? files.get(entry.thumbFile) : undefined;
		if (entry.thumbFile && (!thumb || !looksLikeImage(thumb.subarray(0, 16)))) throw new BackupError('damaged', 'thumb');
		maxRev = Math.max(maxRev, entry.rev);
		const { file: _file, thumbFile: _thumbFile, ...rest } = entry;
		const record = MediaRecord.safeParse({ ...rest, profileId: owner, bytes: buffer, ...(thumb ? { thumb: thumb.slice().buffer } : {}) });
		if (!record.success) throw new BackupError('damaged', 'media record');
		media.push(record.data);
	}
	if (profile.data.picture.kind === 'photo') {
		const pictureId = profile.data.picture.mediaId;
		if (!media.some((m) => m.id === pictureId)) throw new BackupError('damaged', 'profile photo');
	}
	return { profile: profile.data, records, media, maxRev };
}

/** Format and version first, then each upgrade step, then the envelope's shape. */
function upgrade(raw: unknown): BackupEnvelope {
	if (raw === null || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
		throw new BackupError('not-jobbvei');
	}
	let value = raw as Record<string, unknown>;
	const version = value['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new BackupError('damaged', 'version');
	if (version > BACKUP_VERSION) throw new BackupError('newer-version');
	for (let next = version + 1; next <= BACKUP_VERSION; next++) {
		const step = BACKUP_UPGRADES[next];
		if (!step) throw new BackupError('damaged', `no upgrade to ${next}`);
		value = { ...step(value), version: next };
	}
	const envelope = BackupEnvelope.safeParse(value);
	if (!envelope.success) throw new BackupError('damaged', 'envelope');
	return envelope.data;
}

/** The name of the person on this device with the backup's profile id, if there is one. */
export async function existingProfileName(parsed: ParsedBackup): Promise<string | null> {
	const raw = await (await db()).get('profiles', parsed.profile.id);
	const profile = Profile.safeParse(raw);
	return profile.success ? profile.data.name : null;
}

/**
 * Writes a checked backup in one transaction: all of it, or (full device, any error) none of it.
 * 'replace' first removes everything of the person with the same id; 'keep-both' gives the restored
 * person and every record new ids, so the two never mix. Returns the restored profile.
 */
export async function restoreBackup(parsed: ParsedBackup, mode: 'replace' | 'keep-both'): Promise<Profile> {
	const copy = mode === 'keep-both' ? withNewIds(parsed) : parsed;
	const stores = ['profiles', 'media', ...BACKUP_STORE_NAMES] as const;
	const { person, newest } = await write([...stores], async (tx, rev) => {
		if (mode === 'replace') {
			for (const store of ['media', ...BACKUP_STORE_NAMES] as const) {
				const index = tx.objectStore(store).index('by-profile');
				const keys = await index.getAllKeys(parsed.profile.id);
				await Promise.all(keys.map((key) => tx.objectStore(store).delete(key)));
			}
			await tx.objectStore('profiles').delete(parsed.profile.id);
		}
		// The second copy comes after the first on the start screen.
		const newest = Math.max(rev, copy.maxRev + 1);
		const person = mode === 'keep-both' ? { ...copy.profile, createdRev: newest } : copy.profile;
		// A record or photo id that another person on this device already has is never overwritten.
		const ids = [...copy.media.map((m) => ['media', m.id] as const), ...BACKUP_STORE_NAMES.flatMap((s) => copy.records[s].map((r) => [s, r.id] as const))];
		for (const [store, id] of ids) {
			const old = (await tx.objectStore(store).get(id)) as { profileId?: unknown } | undefined;
			if (old && old.profileId !== person.id) throw new BackupError('damaged', `id of another person in ${store}`);
		}
		await tx.objectStore('profiles').put(validate('profiles', Profile, person));
		for (const record of copy.media) await tx.objectStore('media').put(validate('media', MediaRecord, record));
		for (const store of BACKUP_STORE_NAMES) {
			for (const record of copy.records[store]) await tx.objectStore(store).put(validate<unknown>(store, BACKUP_STORES[store] as z.ZodMiniType<unknown>, record));
		}
		// Revisions from the other device may be higher than this one's: move the counter past them.
		await tx.objectStore('meta').put({ key: 'revision', value: newest });
		return { person, newest };
	});
	// The sentinel now describes this database: after a crash emptied it, restoring is the answer,
	// so the start screen stops saying "Vi finner ikke det du har lagret".
	writeSentinel({ profiles: await (await db()).count('profiles'), revision: newest });
	return person;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** "Keep both": the same person twice, so every id (and every reference to one) gets a new one. */
function withNewIds(parsed: ParsedBackup): ParsedBackup {
	const ids = new Map<string, string>([[parsed.profile.id, crypto.randomUUID()]]);
	for (const media of parsed.media) ids.set(media.id, crypto.randomUUID());
	for (const store of BACKUP_STORE_NAMES) {
		if (store === 'answers') continue; // an answer's id is made from the person's id and its key
		for (const record of parsed.records[store]) ids.set(record.id, crypto.randomUUID());
	}
	const swap = (text: string): string => ids.get(text) ?? text.replace(UUID, (found) => ids.get(found) ?? found);
	const remap = <T>(value: T): T => {
		if (typeof value === 'string') return swap(value) as T;
		if (value instanceof ArrayBuffer) return value;
		if (Array.isArray(value)) return value.map(remap) as T;
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v)])) as T;
		}
		return value;
	};
	const profileId = ids.get(parsed.profile.id)!;
	const records = {} as ParsedBackup['records'];
	for (const store of BACKUP_STORE_NAMES) {
		records[store] = parsed.records[store].map((record) => {
			const next = remap(record);
			return store === 'answers' ? { ...next, id: answerId(profileId, next['key'] as string) } : next;
		});
	}
	const name = `${parsed.profile.name.slice(0, NAME_MAX - 2)} 2`;
	return {
		profile: { ...remap(parsed.profile), name },
		records,
		media: parsed.media.map((m) => ({ ...m, id: ids.get(m.id)!, profileId })),
		maxRev: parsed.maxRev
	};
}
