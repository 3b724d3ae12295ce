import { z } from '$lib/storage/zod';
import { CalendarDay } from '$lib/calendar/day';
import { stepAsIdea, versionAsIdeas } from '$lib/storage/legacy/step-idea-texts';

/**
 * [Note: backup file] One file per person: a zip holding `jobbvei.json` (this envelope) and each photo
 * or recording as its own entry (`media/0`, `media/1` …). Zip, not JSON alone: photos as base64
 * text would soon outgrow the limit on the JSON's size (`jsonBytes` below), and JPEG/Opus are
 * stored as they are (no compression) so making the file costs nothing. The envelope names its
 * format and version, so an older backup is upgraded step by step and a newer one is refused kindly.
 */
export const BACKUP_FORMAT = 'jobbvei-backup';
export const BACKUP_VERSION = 2;
export const BACKUP_JSON_NAME = 'jobbvei.json';

/**
 * [Note: backup limits] Limits a backup must keep: restore checks them before and while reading a file
 * someone gave the person (docs/reliability.md, "Hostile files and their limits"; OWASP ASVS 5.2), and backup checks the same ones before
 * writing, so every file the app makes, the app can read back. They are set from what a real person
 * holds, with room to spare: ten years of regular jobbsmak is about 120 trials, 600 photos of ~250 KB
 * and 200 recordings (about 170 MB, 2 MB of text), so these allow six times as much.
 */
const MiB = 1024 * 1024;
const FILE_BYTES = 1024 * MiB;
const JSON_BYTES = 16 * MiB;
const MEDIA_COUNT = 5_000;
export const BACKUP_LIMITS = {
	/** The whole file, checked before a byte is read. */
	fileBytes: FILE_BYTES,
	/** The text of every answer and record (jobbvei.json), unpacked. */
	jsonBytes: JSON_BYTES,
	depth: 32,
	stringLength: 20_000,
	/** Photos and recordings. */
	mediaCount: MEDIA_COUNT,
	/** One photo (made ≤ 300 KB on the device) or recording (≤ 60 s). */
	mediaBytes: 5 * MiB,
	/** Every photo with its small copy, and the JSON. */
	zipEntries: MEDIA_COUNT * 2 + 1,
	/** Photos and recordings are stored unpacked: all unpacked is about the file plus its text. */
	unpackedBytes: FILE_BYTES + JSON_BYTES,
	/** Unpacked bytes per packed byte, counted while unpacking (a zip bomb packs far more). */
	ratio: 100
} as const;
export type BackupLimits = { readonly [K in keyof typeof BACKUP_LIMITS]: number };

/** Why a backup could not be read. Each has its own easy-read message and symbol on screen. */
export const BACKUP_PROBLEMS = ['not-jobbvei', 'damaged', 'newer-version', 'too-big', 'empty'] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

export class BackupError extends Error {
	override name = 'BackupError';
	constructor(
		readonly problem: BackupProblem,
		detail = ''
	) {
		super(`Backup refused: ${problem}${detail ? ` (${detail})` : ''}`);
	}
}

/** A photo or recording in the file: its record without the bytes, and the zip entry holding them. */
export const BackupMedia = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	type: z.string().check(z.regex(/^(image|audio)\/[a-z0-9.+-]+(;.*)?$/), z.maxLength(100)),
	size: z.number().check(z.int(), z.minimum(1)),
	sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
	durationMs: z.optional(z.number().check(z.int(), z.minimum(0))),
	rev: z.number().check(z.int(), z.minimum(1)),
	file: z.string().check(z.regex(/^media\/\d{1,4}$/)),
	thumbFile: z.optional(z.string().check(z.regex(/^media\/\d{1,4}\.thumb$/)))
});
export type BackupMedia = z.infer<typeof BackupMedia>;

/**
 * The envelope as read from a file: records stay `unknown` here and are checked one by one with the
 * schema of the store they go to (backup-stores.ts), so a bad record names its store.
 */
export const BackupEnvelope = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.number().check(z.int(), z.minimum(1)),
	/** The app version that wrote it, for people helping with support. */
	app: z.optional(z.string().check(z.maxLength(40))),
	/** The day the backup was made on the device that made it ("Filen er fra 3. desember"). Older files have none. */
	madeOn: z.optional(CalendarDay),
	profile: z.unknown(),
	records: z.record(z.string(), z.array(z.unknown())),
	media: z.array(BackupMedia)
});
export type BackupEnvelope = z.infer<typeof BackupEnvelope>;

/**
 * Upgrade steps: step N turns a version N-1 envelope into version N. Append-only, like the database
 * upgrades ([Note: upgrade blocks are append-only]); version 1 is the first.
 */
export const BACKUP_UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
	// Version 2: a plan step taken from a card is the card's id, not its words (as database version 7).
	2: (old) => {
		const records = (old['records'] && typeof old['records'] === 'object' ? old['records'] : {}) as Record<string, unknown>;
		const each = (list: unknown, change: (r: Record<string, unknown>) => Record<string, unknown>) =>
			Array.isArray(list) ? list.map((r) => (r && typeof r === 'object' ? change(r as Record<string, unknown>) : r)) : list;
		return {
			...old,
			records: { ...records, 'plan-steps': each(records['plan-steps'], stepAsIdea), 'plan-versions': each(records['plan-versions'], versionAsIdeas) }
		};
	}
};
