import { strToU8 } from 'fflate';
import { db } from '$lib/storage/db';
import { MediaRecord } from '$lib/media/media-record';
import { localToday } from '$lib/i18n/dates';
import { ZipBlobWriter } from '$lib/files/zip-writer';
import { Profile } from '$lib/domain/profile/schema';
import { BACKUP_FORMAT, BACKUP_JSON_NAME, BACKUP_LIMITS, BACKUP_VERSION, BackupError, type BackupEnvelope, type BackupLimits, type BackupMedia } from './backup-schema';
import { BACKUP_STORE_NAMES } from './backup-stores';
import { safeFileName } from '$lib/files/file-name';
import { keptForUndo } from './restore-undo';

/** Photos are read from the database a few at a time, so a phone never holds years of them at once. */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_MEDIA = 32;

export interface BackupOptions {
	/** The app version that writes the file, for people helping with support. */
	app?: string;
	/** When the file is made: written on its entries and as "Filen er fra …". */
	madeAt?: Date;
	limits?: BackupLimits;
}

/**
 * Everything stored about one person as one zip file: the profile and every personal record in
 * `jobbvei.json`, and each photo and recording as it is stored ([Note: backup file]).
 *
 * The records and the list of photos are read in one transaction, so the copy is consistent even
 * while another tab writes. The photos are then read a few at a time and handed to the file as they
 * come, so making a backup of ten years holds only a few photos in memory, not all of them twice.
 * A photo deleted in the meantime is left out; one added in the meantime waits for the next backup.
 *
 * Throws BackupError('too-big') before anything is handed over when the person holds more than a
 * restore accepts ([Note: backup limits]): the app never writes a backup it cannot read back.
 */
export async function backupBlob(profileId: string, options: BackupOptions = {}): Promise<{ blob: Blob; profile: Profile }> {
	const limits = options.limits ?? BACKUP_LIMITS;
	const madeAt = options.madeAt ?? new Date();
	const database = await db();
	const tx = database.transaction(['profiles', 'media', 'restore-undo', ...BACKUP_STORE_NAMES], 'readonly');
	const profile = Profile.parse(await tx.objectStore('profiles').get(profileId));
	const records: Record<string, unknown[]> = {};
	for (const store of BACKUP_STORE_NAMES) {
		records[store] = await tx.objectStore(store).index('by-profile').getAll(profileId);
	}
	// Photos a restore replaced are kept only so it can be undone: they are not the person's now.
	const kept = keptForUndo(await tx.objectStore('restore-undo').index('by-profile').getAll(profileId));
	const mediaIds = (await tx.objectStore('media').index('by-profile').getAllKeys(profileId)).filter((id) => !kept.has(id));
	await tx.done;
	if (mediaIds.length > limits.mediaCount || mediaIds.length * 2 + 1 > limits.zipEntries) throw new BackupError('too-big', 'media count');

	const zip = new ZipBlobWriter(madeAt);
	const media: BackupMedia[] = [];
	for await (const batch of mediaBatches(mediaIds)) {
		for (const record of batch.sort((a, b) => a.rev - b.rev || a.id.localeCompare(b.id))) {
			if (record.bytes.byteLength > limits.mediaBytes || (record.thumb?.byteLength ?? 0) > limits.mediaBytes) throw new BackupError('too-big', 'media');
			const file = `media/${media.length}`;
			// Photos (JPEG) and recordings (Opus/AAC) are compressed already: stored as they are.
			zip.addStored(file, new Uint8Array(record.bytes));
			if (record.thumb) zip.addStored(`${file}.thumb`, new Uint8Array(record.thumb));
			media.push({
				id: record.id,
				type: record.type,
				size: record.size,
				sha256: record.sha256,
				...(record.durationMs === undefined ? {} : { durationMs: record.durationMs }),
				rev: record.rev,
				file,
				...(record.thumb ? { thumbFile: `${file}.thumb` } : {})
			});
			if (zip.size > limits.fileBytes) throw new BackupError('too-big', 'file');
		}
	}
	const envelope: BackupEnvelope = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		app: options.app ?? 'jobbvei',
		madeOn: localToday(madeAt),
		profile,
		records,
		media
	};
	const json = strToU8(JSON.stringify(envelope));
	if (json.length > limits.jsonBytes) throw new BackupError('too-big', 'json');
	zip.addDeflated(BACKUP_JSON_NAME, json);
	const blob = zip.finish();
	if (blob.size > limits.fileBytes) throw new BackupError('too-big', 'file');
	return { blob, profile };
}

/** The media records with these ids, a batch at a time, each batch in its own transaction and read only when the one before is in the file. */
async function* mediaBatches(ids: readonly string[]): AsyncGenerator<MediaRecord[]> {
	const database = await db();
	let at = 0;
	while (at < ids.length) {
		const tx = database.transaction('media', 'readonly');
		const batch: MediaRecord[] = [];
		let bytes = 0;
		while (at < ids.length && batch.length < BATCH_MEDIA && bytes < BATCH_BYTES) {
			const parsed = MediaRecord.safeParse(await tx.store.get(ids[at++]!));
			if (!parsed.success) continue; // deleted meanwhile, or damaged: it cannot be restored either
			batch.push(parsed.data);
			bytes += parsed.data.bytes.byteLength;
		}
		await tx.done;
		yield batch;
	}
}

/** The backup as a file to share or download: "Nora.jobbvei.zip". */
export async function backupFile(profileId: string, options?: BackupOptions): Promise<File> {
	const { blob, profile } = await backupBlob(profileId, options);
	return new File([blob], `${safeFileName(profile.name)}.jobbvei.zip`, { type: 'application/zip' });
}

/** The backup's bytes (tests and the hostile-file corpus compare them). */
export async function backupBytes(profileId: string, options?: BackupOptions): Promise<{ bytes: Uint8Array; profile: Profile }> {
	const { blob, profile } = await backupBlob(profileId, options);
	return { bytes: new Uint8Array(await blob.arrayBuffer()), profile };
}
