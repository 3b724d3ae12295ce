import { zipSync, strToU8 } from 'fflate';
import { db } from '$lib/storage/db';
import { MediaRecord } from '$lib/storage/media';
import { Profile } from '$lib/domain/profile/schema';
import { BACKUP_FORMAT, BACKUP_JSON_NAME, BACKUP_VERSION, type BackupEnvelope, type BackupMedia } from './backup-schema';
import { BACKUP_STORE_NAMES } from './backup-stores';
import { safeFileName } from './file-name';

/**
 * Everything stored about one person, read in one transaction so the copy is consistent even while
 * another tab writes: the profile, every personal record, every photo and recording.
 */
export async function backupBytes(profileId: string, app = 'jobbvei'): Promise<{ bytes: Uint8Array; profile: Profile }> {
	const database = await db();
	const tx = database.transaction(['profiles', 'media', ...BACKUP_STORE_NAMES], 'readonly');
	const profile = Profile.parse(await tx.objectStore('profiles').get(profileId));
	const records: Record<string, unknown[]> = {};
	for (const store of BACKUP_STORE_NAMES) {
		records[store] = await tx.objectStore(store).index('by-profile').getAll(profileId);
	}
	const mediaRecords = (await tx.objectStore('media').index('by-profile').getAll(profileId))
		.map((raw) => MediaRecord.safeParse(raw))
		.flatMap((r) => (r.success ? [r.data] : []))
		.sort((a, b) => a.rev - b.rev || a.id.localeCompare(b.id));
	await tx.done;

	const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
	const media: BackupMedia[] = mediaRecords.map((record, index) => {
		// Photos (JPEG) and recordings (Opus/AAC) are compressed already: stored as they are.
		files[`media/${index}`] = [new Uint8Array(record.bytes), { level: 0 }];
		if (record.thumb) files[`media/${index}.thumb`] = [new Uint8Array(record.thumb), { level: 0 }];
		return {
			id: record.id,
			type: record.type,
			size: record.size,
			sha256: record.sha256,
			...(record.durationMs === undefined ? {} : { durationMs: record.durationMs }),
			rev: record.rev,
			file: `media/${index}`,
			...(record.thumb ? { thumbFile: `media/${index}.thumb` } : {})
		};
	});
	const envelope: BackupEnvelope = { format: BACKUP_FORMAT, version: BACKUP_VERSION, app, profile, records, media };
	files[BACKUP_JSON_NAME] = strToU8(JSON.stringify(envelope));
	return { bytes: zipSync(files, { level: 6 }), profile };
}

/** The backup as a file to share or download: "Nora.jobbvei.zip". */
export async function backupFile(profileId: string, app?: string): Promise<File> {
	const { bytes, profile } = await backupBytes(profileId, app);
	return new File([bytes as Uint8Array<ArrayBuffer>], `${safeFileName(profile.name)}.jobbvei.zip`, { type: 'application/zip' });
}
