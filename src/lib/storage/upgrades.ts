import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { JobbveiDB } from './db';

/**
 * [Note: upgrade blocks are append-only] One block per released database version. A block is never
 * edited once released: people have databases made by it. Add a new `if (oldVersion < N)` block
 * below the last one, raise DB_VERSION, and add a fixture to upgrades.test.ts.
 */
export function applyUpgrades(
	database: IDBPDatabase<JobbveiDB>,
	oldVersion: number,
	_newVersion: number,
	_tx: IDBPTransaction<JobbveiDB, StoreNames<JobbveiDB>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		database.createObjectStore('meta', { keyPath: 'key' });
		database.createObjectStore('profiles', { keyPath: 'id' });
		database.createObjectStore('answers', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
		database.createObjectStore('media', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
	}
}
