import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { JobbveiDB } from './db';
import { stepAsIdea, versionAsIdeas } from './legacy/step-idea-texts';

type Upgrade = (
	database: IDBPDatabase<JobbveiDB>,
	tx: IDBPTransaction<JobbveiDB, StoreNames<JobbveiDB>[], 'versionchange'>
) => void;

/**
 * [Note: upgrade blocks are append-only] One step per released database version: step N turns a
 * version N-1 database into version N. A step is never edited once released, because people have
 * databases made by it. To change the database: add step N+1 below, raise DB_VERSION, and add a
 * fixture for version N to upgrades.test.ts so its data is proved to survive.
 */
export const UPGRADES: Record<number, Upgrade> = {
	1: (database) => {
		database.createObjectStore('meta', { keyPath: 'key' });
		database.createObjectStore('profiles', { keyPath: 'id' });
		database.createObjectStore('answers', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
		database.createObjectStore('media', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
	},
	2: (database) => {
		database.createObjectStore('explorations', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
		database.createObjectStore('local-jobs', { keyPath: 'id' });
	},
	3: (database) => {
		// Jobbsmak: each planned trial. Its reflections go in `answers` ([Note: trial answer keys]).
		database.createObjectStore('trials', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
	},
	4: (database) => {
		// Local content packs ([Note: local content pack]): the device's, not a person's, like local-jobs.
		database.createObjectStore('content-packs', { keyPath: 'id' });
	},
	5: (database) => {
		// "Min CV og min plan": a person's plan steps, saved plan versions, meetings and own CV lines.
		for (const name of ['plan-steps', 'plan-versions', 'meetings', 'cv-entries'] as const) {
			database.createObjectStore(name, { keyPath: 'id' }).createIndex('by-profile', 'profileId');
		}
	},
	6: (database) => {
		// A shared tablet's adult code, wrong picture-code tries that survive a reload, and an undo for restore.
		database.createObjectStore('device', { keyPath: 'key' });
		database.createObjectStore('code-tries', { keyPath: 'profileId' }).createIndex('by-profile', 'profileId');
		database.createObjectStore('restore-undo', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
	},
	7: (_database, tx) => {
		// A plan step taken from a card was stored as the card's words in the screen's language ("Call NAV"
		// from an English screen printed in a bokmål document). It becomes the card's id, written in each
		// reader's language; words that match no card stay the person's own words.
		void (async () => {
			for (let cursor = await tx.objectStore('plan-steps').openCursor(); cursor; cursor = await cursor.continue()) {
				const next = stepAsIdea(cursor.value as Record<string, unknown>);
				if (next !== cursor.value) await cursor.update(next);
			}
			for (let cursor = await tx.objectStore('plan-versions').openCursor(); cursor; cursor = await cursor.continue()) {
				const next = versionAsIdeas(cursor.value as Record<string, unknown>);
				if (next !== cursor.value) await cursor.update(next);
			}
		})();
	}
};

/** Runs every step after `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export function applyUpgrades(
	database: IDBPDatabase<JobbveiDB>,
	oldVersion: number,
	newVersion: number,
	tx: IDBPTransaction<JobbveiDB, StoreNames<JobbveiDB>[], 'versionchange'>
): void {
	for (let version = oldVersion + 1; version <= newVersion; version++) {
		const step = UPGRADES[version];
		if (!step) throw new Error(`No upgrade step for database version ${version}`);
		step(database, tx);
	}
}
