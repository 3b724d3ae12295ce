/**
 * [Note: wipe sentinel] Chromium can delete a whole database after a crash (docs/reliability.md, "A crash can empty the database").
 * We keep a tiny note outside IndexedDB (localStorage: counts and numbers only, never names) with the
 * highest revision this device has stored. If the database later says it has stored less, it was
 * emptied behind our back, and the app tells the person instead of silently starting over.
 */
const KEY = 'jobbvei:sentinel';

export interface Sentinel {
	/** Highest revision counter ever stored in the database. */
	revision: number;
	/** How many profiles the database held after the last write. */
	profiles: number;
}

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export function readSentinel(): Sentinel {
	try {
		const raw = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<Sentinel> | null;
		return {
			revision: Number.isSafeInteger(raw?.revision) ? (raw!.revision as number) : 0,
			profiles: Number.isSafeInteger(raw?.profiles) ? (raw!.profiles as number) : 0
		};
	} catch {
		return { revision: 0, profiles: 0 };
	}
}

export function writeSentinel(next: Partial<Sentinel>): void {
	const merged = { ...readSentinel(), ...next };
	try {
		storage()?.setItem(KEY, JSON.stringify(merged));
	} catch {
		// A full localStorage must never stop an answer from being saved.
	}
}

/** True when the database holds less than this device once stored: it was emptied (a crash, a cleanup). */
export function isWiped(databaseRevision: number, sentinel: Sentinel = readSentinel()): boolean {
	return sentinel.revision > 0 && databaseRevision < sentinel.revision && sentinel.profiles > 0;
}

/** The person has seen the message: start counting again from what the database holds. */
export function acceptCurrentDatabase(databaseRevision: number, profiles: number): void {
	try {
		storage()?.setItem(KEY, JSON.stringify({ revision: databaseRevision, profiles }));
	} catch {
		/* see writeSentinel */
	}
}
