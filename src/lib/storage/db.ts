import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { NewerDatabaseError } from './errors';
import { applyUpgrades } from './upgrades';

export const DB_NAME = 'jobbvei';
/** Raise by one for every released change of stores or indexes, and add one block to upgrades.ts. */
export const DB_VERSION = 7;

/**
 * Jobbvei's one database. Values are typed `unknown` on purpose: every read is validated with the
 * store's zod schema before the app uses it, and every write is validated before it is stored.
 */
export interface JobbveiDB extends DBSchema {
	/** Counters. `revision` orders every write; never the clock (class tablets have wrong clocks). */
	meta: { key: string; value: { key: string; value: number } };
	/** One record per person on this device: name, picture, language, settings, picture code. */
	profiles: { key: string; value: unknown };
	/** Every answer the person (or a helper) gave, one record per question, stored the moment it is given. */
	answers: { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** Photos and sound as bytes (not Blob: iOS Safari; docs/reliability.md, "Media as bytes, not Blobs"). */
	media: { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** Each "Hva vil jeg jobbe med?" exploration, kept so the next one can show "Før og nå". (v2) */
	explorations: { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** Jobs a teacher or municipality added to this device's catalogue. Not personal data. (v2) */
	'local-jobs': { key: string; value: unknown };
	/** Each planned jobbsmak or other job trial; its reflections are answers ([Note: trial answer keys]). (v3) */
	trials: { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** Local content packs a municipality or school gave this device ([Note: local content pack]). Not personal data. (v4) */
	'content-packs': { key: string; value: unknown };
	/** Next steps of "Min plan": what, who helps, by when, ticked off ([Note: plan steps]). (v5) */
	'plan-steps': { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** Each dated copy of the plan, kept when it is "saved for the meeting". (v5) */
	'plan-versions': { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** Each meeting the person prepares (the overgangsmøte or any planning meeting), before and after. (v5) */
	meetings: { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** CV lines the person adds that the app cannot know: a placement, a job, a school, a course. (v5) */
	'cv-entries': { key: string; value: unknown; indexes: { 'by-profile': string } };
	/**
	 * Settings of the device itself, not of one person: the adult code that guards shared tablets, its
	 * wrong tries, and the journal of a restore under way ([Note: restore in batches]). Never in a backup. (v6)
	 */
	device: { key: string; value: unknown };
	/** Wrong picture-code tries per person, so the wait after 5 wrong tries survives a reload. Never in a backup. (v6) */
	'code-tries': { key: string; value: unknown; indexes: { 'by-profile': string } };
	/** What the last restore replaced, so it can be undone for 30 days ([Note: restore can be undone]). (v6) */
	'restore-undo': { key: string; value: unknown; indexes: { 'by-profile': string } };
}

export type StoreName = StoreNames<JobbveiDB>;
export type Database = IDBPDatabase<JobbveiDB>;
export type WriteTransaction<S extends StoreName[]> = IDBPTransaction<JobbveiDB, S, 'readwrite'>;

type Listener = (event: 'upgraded-elsewhere' | 'closed') => void;
const listeners = new Set<Listener>();

/** Lets the layout tell the person when another tab upgraded the database. */
export function onConnectionEvent(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

let connection: Promise<Database> | undefined;

/** The shared connection, opened on first use (ente `mlDB`). */
export function db(): Promise<Database> {
	return (connection ??= open());
}

async function open(): Promise<Database> {
	try {
		return await openDB<JobbveiDB>(DB_NAME, DB_VERSION, {
			upgrade(database, oldVersion, newVersion, tx) {
				applyUpgrades(database, oldVersion, newVersion ?? DB_VERSION, tx);
			},
			blocking() {
				// Another tab (a newer Jobbvei) wants to upgrade. Close at once so it is not kept waiting,
				// and tell the person to reload; every answer is already stored (docs/reliability.md, "Two tabs and an upgrade").
				void connection?.then((c) => c.close());
				connection = undefined;
				for (const l of listeners) l('upgraded-elsewhere');
			},
			terminated() {
				// The browser closed the connection (storage cleared, disk trouble). Open again on next use.
				connection = undefined;
				for (const l of listeners) l('closed');
			}
		});
	} catch (error) {
		connection = undefined;
		if ((error as { name?: string })?.name === 'VersionError') throw new NewerDatabaseError();
		throw error;
	}
}

/** Closes the connection, for tests and for "Slett alt". */
export async function closeDb(): Promise<void> {
	const c = connection;
	connection = undefined;
	if (c) (await c).close();
}
