import { strFromU8 } from 'fflate';
import { answerId } from '$lib/domain/answers/answers-repo';
import { Profile } from '$lib/domain/profile/schema';
import {
	BACKUP_FORMAT,
	BACKUP_JSON_NAME,
	BACKUP_LIMITS,
	BACKUP_UPGRADES,
	BACKUP_VERSION,
	BackupEnvelope,
	BackupError,
	type BackupLimits,
	type BackupMedia
} from './backup-schema';
import { BACKUP_STORES, BACKUP_STORE_NAMES, type BackupStore } from './backup-stores';
import { parseUntrustedJson } from './safe-json';
import { streamZip } from './safe-zip';

export type StoredRecord = { id: string; profileId: string; rev?: number } & Record<string, unknown>;

/**
 * A backup whose text passed every check. Nothing in it is written until the person says how; its
 * photos and recordings are read from the file again, one by one, while they are written
 * ([Note: restore in batches]), so the file is never held in memory.
 */
export interface ParsedBackup {
	/** The file itself, read again to stream its photos and recordings. */
	source: Blob;
	profile: Profile;
	records: Record<BackupStore, StoredRecord[]>;
	/** Each photo and recording in the file: its record without the bytes, and where its bytes are. */
	media: BackupMedia[];
	/** The highest revision in the file: the device's counter is moved past it, so "newer" stays true. */
	maxRev: number;
	/** The day the file was made, when it says (older files do not). */
	madeOn?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * A whole zip ends with its end record (and that record's comment, if any). The reader streams the
 * entries and never needs it, so without this check a file cut short after its last entry
 * (a download that stopped at 99 %) would pass as good.
 */
async function endsWithEndRecord(file: Blob): Promise<boolean> {
	const from = Math.max(0, file.size - 22 - 0xffff);
	const tail = new Uint8Array(await file.slice(from).arrayBuffer());
	for (let at = tail.length - 22; at >= 0; at--) {
		if (startsWith(tail.subarray(at), EMPTY_ZIP_MAGIC) && at + 22 + (tail[at + 20]! | (tail[at + 21]! << 8)) === tail.length) return true;
	}
	return false;
}

/**
 * Reads and checks a backup file's text — size, zip, JSON, format, version, every record against its
 * store's schema and owner, and that every photo and recording it names is in the file with the size
 * it says — without writing anything and without keeping the photos. Their bytes (hash, image) are
 * checked while they are written. Throws BackupError with the reason the person is told.
 */
export async function readBackup(file: Blob, limits: BackupLimits = BACKUP_LIMITS): Promise<ParsedBackup> {
	if (file.size === 0) throw new BackupError('empty');
	if (file.size > limits.fileBytes) throw new BackupError('too-big', 'file');
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	if (startsWith(head, EMPTY_ZIP_MAGIC)) throw new BackupError('empty');
	if (!startsWith(head, ZIP_MAGIC)) throw new BackupError('not-jobbvei');
	if (!(await endsWithEndRecord(file))) throw new BackupError('damaged', 'zip end');

	let json: Uint8Array | undefined;
	const sizes = await streamZip(
		file,
		(name) => (name === BACKUP_JSON_NAME ? limits.jsonBytes : null),
		(entry) => void (json = entry.bytes),
		limits
	);
	// A zip that unpacks to nothing is broken (an empty zip was caught above); one without our file is someone else's.
	if (!json) throw new BackupError(sizes.size === 0 ? 'damaged' : 'not-jobbvei');
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
			// An answer's id is its owner and question: one that says otherwise was made to overwrite someone's.
			if (store === 'answers' && record.id !== answerId(owner, String(record['key']))) throw new BackupError('damaged', 'answer id');
			ids.add(record.id);
			maxRev = Math.max(maxRev, typeof record.rev === 'number' ? record.rev : 0);
			records[store as BackupStore].push(record);
		}
	}

	if (envelope.media.length > limits.mediaCount) throw new BackupError('too-big', 'media count');
	const mediaIds = new Set<string>();
	const entries = new Set<string>();
	for (const entry of envelope.media) {
		if (mediaIds.has(entry.id)) throw new BackupError('damaged', 'media id twice');
		mediaIds.add(entry.id);
		if (entry.size > limits.mediaBytes) throw new BackupError('too-big', 'media');
		for (const name of [entry.file, entry.thumbFile]) {
			if (name === undefined) continue;
			// Two records must not share one entry: each photo is checked once, as itself.
			if (entries.has(name) || name === BACKUP_JSON_NAME) throw new BackupError('damaged', 'media entry twice');
			entries.add(name);
		}
		if (sizes.get(entry.file) !== entry.size) throw new BackupError('damaged', 'media missing');
		if (entry.thumbFile && !sizes.get(entry.thumbFile)) throw new BackupError('damaged', 'thumb');
		maxRev = Math.max(maxRev, entry.rev);
	}
	if (profile.data.picture.kind === 'photo' && !mediaIds.has(profile.data.picture.mediaId)) throw new BackupError('damaged', 'profile photo');
	return {
		source: file,
		profile: profile.data,
		records,
		media: envelope.media,
		maxRev,
		...(envelope.madeOn ? { madeOn: envelope.madeOn } : {})
	};
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
