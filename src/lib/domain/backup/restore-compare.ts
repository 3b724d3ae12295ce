import { db } from '$lib/storage/db';
import { keepValid } from '$lib/storage/records';
import { MediaRecord } from '$lib/media/media-record';
import { Profile } from '$lib/domain/profile/schema';
import { BACKUP_STORE_NAMES, type BackupStore } from './backup-stores';
import type { ParsedBackup, StoredRecord } from './backup-restore';

/**
 * What a person would notice changing, counted the way they think of their work: "2 steg i planen,
 * 1 dag i jobbsmak", not "7 records". Each kind has its own easy-read words and symbol on screen.
 */
export const CHANGE_KINDS = ['trial-days', 'trials', 'plan-steps', 'meetings', 'cv-lines', 'plans', 'card-rounds', 'answers', 'photos', 'recordings'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type ChangeCounts = Partial<Record<ChangeKind, number>>;

/** The file beside one person on this device: what only the device has, and what the file brings. */
export interface Comparison {
	/** Here and not in the file, or changed here after the file was made: what "Erstatt" would lose. */
	newerHere: ChangeCounts;
	/** In the file and not here, or changed in the file after: what the restore brings back. */
	newerInFile: ChangeCounts;
}

/** Who on this device the file's person might be. */
export interface Match {
	/** The person here with the file's id: the same person, from this or another device. */
	sameId: Pick<Profile, 'id' | 'name'> | null;
	/** Others here with the same name (a different id): maybe the same person made twice. */
	sameName: Pick<Profile, 'id' | 'name'>[];
}

/** Finds who on this device the file's person is, or might be. */
export async function matchPerson(parsed: ParsedBackup): Promise<Match> {
	const profiles = keepValid('profiles', Profile, await (await db()).getAll('profiles'));
	const sameId = profiles.find((p) => p.id === parsed.profile.id) ?? null;
	const name = normalName(parsed.profile.name);
	const sameName = profiles.filter((p) => p.id !== parsed.profile.id && normalName(p.name) === name);
	return { sameId: sameId && { id: sameId.id, name: sameId.name }, sameName: sameName.map((p) => ({ id: p.id, name: p.name })) };
}

/** "Ola", "ola " and "OLA" are one name to the person reading the start screen. */
function normalName(name: string): string {
	return name.trim().toLocaleLowerCase('nb');
}

/**
 * Compares the file with the person here who has `personId`. Records are matched by id, answers by
 * the question they answer (an answer's id is made from the person's id, which differs when the
 * same person was made on two devices).
 */
export async function compareWithDevice(parsed: ParsedBackup, personId: string): Promise<Comparison> {
	const database = await db();
	const tx = database.transaction([...BACKUP_STORE_NAMES, 'media'], 'readonly');
	const here = {} as Record<BackupStore, StoredRecord[]>;
	for (const store of BACKUP_STORE_NAMES) here[store] = (await tx.objectStore(store).index('by-profile').getAll(personId)) as StoredRecord[];
	const mediaHere = await tx.objectStore('media').index('by-profile').getAllKeys(personId);
	const inFile = new Set(parsed.media.map((m) => m.id));
	const onlyHereTypes: string[] = [];
	// Only the photos the file lacks are read (usually a few), one at a time, for their kind.
	for (const id of mediaHere.filter((id) => !inFile.has(id))) {
		const media = MediaRecord.safeParse(await tx.objectStore('media').get(id));
		if (media.success) onlyHereTypes.push(media.data.type);
	}
	await tx.done;
	const mediaHereSet = new Set(mediaHere);
	const result = compareRecords(here, parsed.records);
	const add = (counts: ChangeCounts, types: string[]) => {
		for (const type of types) bump(counts, type.startsWith('audio/') ? 'recordings' : 'photos');
	};
	add(result.newerHere, onlyHereTypes);
	add(result.newerInFile, parsed.media.filter((m) => !mediaHereSet.has(m.id)).map((m) => m.type));
	return result;
}

/** The pure part of the comparison: records here against records in the file, counted by kind. */
export function compareRecords(here: Record<BackupStore, StoredRecord[]>, file: Record<BackupStore, StoredRecord[]>): Comparison {
	const newerHere = new Map<ChangeKind, Set<string>>();
	const newerInFile = new Map<ChangeKind, Set<string>>();
	const note = (into: Map<ChangeKind, Set<string>>, store: BackupStore, record: StoredRecord) => {
		const [kind, what] = kindOf(store, record);
		if (!kind) return;
		if (!into.has(kind)) into.set(kind, new Set());
		into.get(kind)!.add(what);
	};
	for (const store of BACKUP_STORE_NAMES) {
		const keyOf = (r: StoredRecord) => (store === 'answers' ? String(r['key']) : r.id);
		const fileByKey = new Map(file[store].map((r) => [keyOf(r), r]));
		const hereKeys = new Set<string>();
		for (const record of here[store]) {
			const key = keyOf(record);
			hereKeys.add(key);
			const other = fileByKey.get(key);
			if (!other) note(newerHere, store, record);
			else if (!sameContent(record, other)) note((record.rev ?? 0) >= (other.rev ?? 0) ? newerHere : newerInFile, store, (record.rev ?? 0) >= (other.rev ?? 0) ? record : other);
		}
		for (const record of file[store]) if (!hereKeys.has(keyOf(record))) note(newerInFile, store, record);
	}
	const counts = (from: Map<ChangeKind, Set<string>>): ChangeCounts => Object.fromEntries([...from].map(([kind, set]) => [kind, set.size]));
	return { newerHere: counts(newerHere), newerInFile: counts(newerInFile) };
}

function bump(counts: ChangeCounts, kind: ChangeKind): void {
	counts[kind] = (counts[kind] ?? 0) + 1;
}

/** The same record apart from whose device stored it (its id, owner and revision). */
function sameContent(a: StoredRecord, b: StoredRecord): boolean {
	const strip = ({ id: _id, profileId: _p, rev: _r, ...rest }: StoredRecord) => rest;
	return stableJson(strip(a)) === stableJson(strip(b));
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** Which kind of change a record is, and what it is one of (a day is counted once, however many answers it has). */
function kindOf(store: BackupStore, record: StoredRecord): [ChangeKind | null, string] {
	switch (store) {
		case 'trials':
			return ['trials', record.id];
		case 'plan-steps':
			return ['plan-steps', record.id];
		case 'plan-versions':
			return ['plans', record.id];
		case 'meetings':
			return ['meetings', record.id];
		case 'cv-entries':
			return ['cv-lines', record.id];
		case 'explorations':
			return ['card-rounds', record.id];
		case 'answers': {
			const key = String(record['key']);
			// Bookkeeping of backups themselves is not the person's work.
			if (key.startsWith('backup/')) return [null, key];
			const day = /^trials\/([^/]+)\/day\/(\d{4}-\d{2}-\d{2})\//.exec(key);
			if (day) return ['trial-days', `${day[1]}/${day[2]}`];
			const trial = /^trials\/([^/]+)\//.exec(key);
			if (trial) return ['trials', trial[1]!];
			const round = /^interests\/([^/]+)\/[^/]+$/.exec(key);
			if (round && round[1] !== 'star' && round[1] !== 'photo') return ['card-rounds', round[1]!];
			return ['answers', key];
		}
	}
}

/**
 * What the person has saved since revision `rev` (a restore): undoing the restore would remove it,
 * so the person is told before they undo.
 */
export async function changesSince(personId: string, rev: number): Promise<ChangeCounts> {
	const database = await db();
	const tx = database.transaction([...BACKUP_STORE_NAMES, 'media'], 'readonly');
	const seen = new Map<ChangeKind, Set<string>>();
	for (const store of BACKUP_STORE_NAMES) {
		for (const record of (await tx.objectStore(store).index('by-profile').getAll(personId)) as StoredRecord[]) {
			if ((record.rev ?? 0) <= rev) continue;
			const [kind, what] = kindOf(store, record);
			if (kind) seen.set(kind, (seen.get(kind) ?? new Set()).add(what));
		}
	}
	const counts: ChangeCounts = Object.fromEntries([...seen].map(([kind, set]) => [kind, set.size]));
	// Photos are read one at a time: only their revision and kind are needed.
	let cursor = await tx.objectStore('media').index('by-profile').openCursor(personId);
	while (cursor) {
		const media = MediaRecord.safeParse(cursor.value);
		if (media.success && media.data.rev > rev) bump(counts, media.data.type.startsWith('audio/') ? 'recordings' : 'photos');
		cursor = await cursor.continue();
	}
	await tx.done;
	return counts;
}
