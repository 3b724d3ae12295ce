import { closeDb, db } from '$lib/storage/db';
import { IDBFactory } from 'fake-indexeddb';
import type { PersonRecords } from './person-arbitrary';

/**
 * Puts one generated person on a fresh (fake) device, every record in its store, so a test can read
 * them back the way the app does (loadPersonEvidence, buildExportDocument, conventionalCv).
 */
export async function storePerson({ person, explorations }: PersonRecords): Promise<void> {
	await closeDb();
	globalThis.indexedDB = new IDBFactory();
	const database = await db();
	const tx = database.transaction(['profiles', 'answers', 'trials', 'plan-steps', 'meetings', 'cv-entries', 'explorations'], 'readwrite');
	const puts: Promise<unknown>[] = [tx.objectStore('profiles').put(person.profile)];
	for (const a of person.answers) puts.push(tx.objectStore('answers').put(a));
	for (const { trial } of person.trials) puts.push(tx.objectStore('trials').put(trial));
	for (const s of person.steps) puts.push(tx.objectStore('plan-steps').put(s));
	for (const x of person.meetings) puts.push(tx.objectStore('meetings').put(x));
	for (const e of person.entries) puts.push(tx.objectStore('cv-entries').put(e));
	for (const x of explorations) puts.push(tx.objectStore('explorations').put(x));
	await Promise.all([...puts, tx.done]);
}
