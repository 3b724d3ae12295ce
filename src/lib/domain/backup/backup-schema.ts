import { z } from '$lib/storage/zod';

/**
 * [Note: backup file] One file per person: a zip holding `jobbvei.json` (this envelope) and each photo
 * or recording as its own entry (`media/0`, `media/1` …). Zip, not JSON alone: photos as base64
 * text would break the 10 MiB JSON limit after ~25 photos (reliability.md §3), and JPEG/Opus are
 * stored as they are (no compression) so making the file costs nothing. The envelope names its
 * format and version, so an older backup is upgraded step by step and a newer one is refused kindly.
 */
export const BACKUP_FORMAT = 'jobbvei-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_JSON_NAME = 'jobbvei.json';

/** Hard limits before and while reading a backup (reliability.md §3, ASVS 5.2.x). */
export const BACKUP_LIMITS = {
	fileBytes: 50 * 1024 * 1024,
	jsonBytes: 10 * 1024 * 1024,
	depth: 32,
	stringLength: 20_000,
	mediaCount: 200,
	mediaBytes: 5 * 1024 * 1024,
	zipEntries: 1_000,
	unpackedBytes: 250 * 1024 * 1024,
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
	profile: z.unknown(),
	records: z.record(z.string(), z.array(z.unknown())),
	media: z.array(BackupMedia)
});
export type BackupEnvelope = z.infer<typeof BackupEnvelope>;

/**
 * Upgrade steps: step N turns a version N-1 envelope into version N. Append-only, like the database
 * upgrades ([Note: upgrade blocks are append-only]); version 1 is the first.
 */
export const BACKUP_UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};
