import { db } from '$lib/storage/db';
import { sha256Hex } from '$lib/media/media-record';
import { newMediaRecord } from '$lib/media/media-store';
import { keepValid, validate, write } from '$lib/storage/records';
import { writeSentinel } from '$lib/storage/sentinel';
import { DEFAULT_SETTINGS } from '$lib/settings/schema';
import { type Locale } from '$lib/i18n/locale';
import type { Situation } from './situation';
import { Profile, type ProfilePicture } from './schema';

function newId(): string {
	return crypto.randomUUID();
}

/** Everyone on this device, oldest first (by revision, never by the clock). */
export async function listProfiles(): Promise<Profile[]> {
	const raw = await (await db()).getAll('profiles');
	const profiles = keepValid('profiles', Profile, raw).sort((a, b) => a.createdRev - b.createdRev);
	writeSentinel({ profiles: profiles.length });
	return profiles;
}

export async function getProfile(id: string): Promise<Profile | undefined> {
	const raw = await (await db()).get('profiles', id);
	return raw === undefined ? undefined : keepValid('profiles', Profile, [raw])[0];
}

export interface NewProfile {
	name: string;
	picture: ProfilePicture;
	locale: Locale;
	/** Where the person is now, when they said it at "Ny person" ([Note: where the person is now]). */
	situation?: Situation;
}

/**
 * Stores a new person, with their own photo if they chose one, in one transaction: when the photo
 * does not fit (a full device), no half-made person is left behind.
 */
export async function createProfile(input: NewProfile, photo?: { bytes: ArrayBuffer; type: string }): Promise<Profile> {
	const id = newId();
	const sha256 = photo ? await sha256Hex(photo.bytes) : ''; // before the transaction (see saveMedia)
	const profile = await write(['profiles', 'media'], async (tx, rev) => {
		let picture = input.picture;
		if (photo) {
			const media = newMediaRecord(id, photo, rev, sha256);
			await tx.objectStore('media').put(media);
			picture = { kind: 'photo', mediaId: media.id };
		}
		const record = validate('profiles', Profile, {
			id,
			name: input.name,
			picture,
			locale: input.locale,
			...(input.situation ? { situation: input.situation } : {}),
			settings: DEFAULT_SETTINGS,
			createdRev: rev,
			rev
		});
		await tx.objectStore('profiles').put(record);
		return record;
	});
	writeSentinel({ profiles: (await (await db()).count('profiles')) });
	return profile;
}

/**
 * Changes some fields of one profile. Reads the stored record inside the same transaction, so a
 * change made in another tab to another field is kept ([Note: autosave]).
 */
export async function updateProfile(
	id: string,
	change: Partial<Pick<Profile, 'name' | 'picture' | 'locale' | 'settings' | 'pictureCode' | 'situation'>> & {
		removePictureCode?: boolean;
	}
): Promise<Profile> {
	return write(['profiles'], async (tx, rev) => {
		const store = tx.objectStore('profiles');
		const current = validate('profiles', Profile, await store.get(id));
		const { removePictureCode, ...fields } = change;
		const next: Record<string, unknown> = { ...current, ...fields, rev };
		if (removePictureCode) delete next.pictureCode;
		const record = validate('profiles', Profile, next);
		await store.put(record);
		return record;
	});
}

/** Stores that hold a person's own records, each with a `by-profile` index. All of them go into a backup. */
export const PERSONAL_STORES = ['answers', 'media', 'explorations', 'trials', 'plan-steps', 'plan-versions', 'meetings', 'cv-entries'] as const;
/**
 * Stores that hold something of one person that belongs to this device only (wrong picture-code
 * tries, the undo of a restore): never in a backup, but "Slett meg" empties them too.
 */
export const DEVICE_PERSONAL_STORES = ['code-tries', 'restore-undo'] as const;
const EVERY_PERSONAL_STORE = [...PERSONAL_STORES, ...DEVICE_PERSONAL_STORES] as const;
type PersonalStore = (typeof EVERY_PERSONAL_STORE)[number];

/** Everything stored about one person, as it was just before "Slett meg": kept in memory for undo. */
export interface ProfileSnapshot {
	profile: unknown;
	records: Record<PersonalStore, unknown[]>;
}

/**
 * "Slett meg": removes the profile and every record and photo of theirs in one transaction, so
 * nothing is left half-deleted. Returns what was removed, so the person can undo for a while.
 */
export async function deleteProfile(id: string): Promise<ProfileSnapshot> {
	const snapshot = await write(['profiles', ...EVERY_PERSONAL_STORE], async (tx) => {
		const profile = await tx.objectStore('profiles').get(id);
		const records = {} as Record<PersonalStore, unknown[]>;
		for (const name of EVERY_PERSONAL_STORE) {
			const store = tx.objectStore(name);
			records[name] = await store.index('by-profile').getAll(id);
			const keys = await store.index('by-profile').getAllKeys(id);
			await Promise.all(keys.map((k) => store.delete(k)));
		}
		await tx.objectStore('profiles').delete(id);
		return { profile, records };
	});
	writeSentinel({ profiles: await (await db()).count('profiles') });
	return snapshot;
}

/** Undo for "Slett meg": puts every record back, in one transaction. */
export async function restoreProfile(snapshot: ProfileSnapshot): Promise<void> {
	await write(['profiles', ...EVERY_PERSONAL_STORE], async (tx) => {
		await Promise.all([
			tx.objectStore('profiles').put(snapshot.profile),
			...EVERY_PERSONAL_STORE.flatMap((name) => snapshot.records[name].map((r) => tx.objectStore(name).put(r)))
		]);
	});
	writeSentinel({ profiles: await (await db()).count('profiles') });
}
