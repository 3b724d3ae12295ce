import type { Situation } from './situation';
import { applyLocale } from '$lib/i18n/i18n.svelte';
import { applyDisplay } from '$lib/settings/display.svelte';
import { speechRate } from '$lib/settings/speech-rate.svelte';
import type { ProfileSettings } from '$lib/settings/schema';
import type { Locale } from '$lib/i18n/locale';
import { NewerDatabaseError, StorageFullError } from '$lib/storage/errors';
import { persistence } from '$lib/storage/persistence.svelte';
import { storageProblems } from '$lib/storage/problems.svelte';
import { currentRevision } from '$lib/storage/records';
import { acceptCurrentDatabase, isWiped, readSentinel } from '$lib/storage/sentinel';
import { mediaUrl } from '$lib/media/media-urls';
import { HelperRole, SELF, type AnsweredBy } from '$lib/domain/answers/schema';
import { pageStillBelongs } from './page-return';
import { createProfile, deleteProfile, listProfiles, restoreProfile, updateProfile, type NewProfile, type ProfileSnapshot } from './profiles-repo';
import { getMedia } from '$lib/media/media-store';

/** The picture-code check, loaded when a code is checked, set or removed (see picture-code-lock.ts). */
const codeLock = () => import('$lib/domain/device/picture-code-lock').then((lock) => lock.pictureCodeLock);
import type { Profile } from './schema';

/** What making a person ended in. */
export type CreateResult = { ok: true; profile: Profile } | { ok: false; full: true };

const ACTIVE_KEY = 'jobbvei:active';
const HELPER_KEY = 'jobbvei:helper';

function session(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/**
 * Who is using the app right now, and everyone on this device. Per-tab: two pupils can use two tabs.
 * The chosen person survives a reload (sessionStorage); nothing personal is kept outside IndexedDB.
 */
export class SessionState {
	/** Everyone on this device, oldest first. */
	profiles = $state<Profile[]>([]);
	/** True once profiles have been read. */
	ready = $state(false);
	/** The person using the app now (unlocked). */
	activeId = $state<string | null>(null);
	/** Who is helping right now; stored on every answer. "Jeg gjør det selv" is the default. */
	helper = $state<AnsweredBy>(SELF);
	/** The database was emptied behind our back (crash): the start screen says so. */
	wiped = $state(false);
	/** The last deleted person, for undo. */
	// Raw, not deep: the snapshot is written back to IndexedDB, and a $state proxy cannot be cloned there.
	lastDeleted = $state.raw<{ name: string; snapshot: ProfileSnapshot } | null>(null);
	/** Object URLs of profile photos, by media id. */
	photos = $state<Record<string, string>>({});

	active = $derived(this.profiles.find((p) => p.id === this.activeId) ?? null);


	async load(): Promise<void> {
		try {
			// Read the sentinel before listing: listProfiles() updates it with what the database holds now.
			const sentinel = readSentinel();
			this.profiles = await listProfiles();
			const revision = await currentRevision();
			if (isWiped(revision, sentinel)) this.wiped = true;
			const stored = session()?.getItem(ACTIVE_KEY) ?? null;
			this.activeId = this.profiles.some((p) => p.id === stored) ? stored : null;
			this.#restoreHelper();
			await this.#loadPhotos();
			void persistence.refresh();
		} catch (error) {
			if (error instanceof NewerDatabaseError) storageProblems.report({ kind: 'newer-database' });
			else storageProblems.report({ kind: 'unavailable' });
			console.error('Jobbvei: could not open storage', error);
		} finally {
			this.ready = true;
			this.#applyActiveSettings();
		}
	}

	acknowledgeWipe(): void {
		this.wiped = false;
		void currentRevision().then((rev) => acceptCurrentDatabase(rev, this.profiles.length));
	}

	/** Picks a person. Returns 'locked' when their picture code must be entered first. */
	choose(id: string): 'open' | 'locked' {
		const profile = this.profiles.find((p) => p.id === id);
		if (!profile) return 'locked';
		if (profile.pictureCode) return 'locked';
		this.#activate(id);
		return 'open';
	}

	/** Leaves the current person (Bytt person). */
	signOut(): void {
		this.activeId = null;
		session()?.removeItem(ACTIVE_KEY);
		this.helper = SELF;
	}

	/**
	 * Checks that this page still belongs to the tab's person ([Note: leaving really leaves]): after a
	 * page came back from the back/forward cache (`reread`: the people may have changed meanwhile), or
	 * was shown again. When it does not, the person is signed out here, in memory only: the tab's stored
	 * choice belongs to whoever uses the tab now. Returns false then.
	 */
	async recheck(reread: boolean): Promise<boolean> {
		if (reread) {
			try {
				this.profiles = await listProfiles();
				await this.#loadPhotos();
			} catch (error) {
				console.error('Jobbvei: could not read the people again', error);
			}
		}
		const stored = session()?.getItem(ACTIVE_KEY) ?? null;
		if (pageStillBelongs(this.activeId, stored, this.profiles.map((p) => p.id))) return true;
		this.activeId = null;
		this.helper = SELF;
		return false;
	}

	/** Checks a picture code try. See [Note: picture code is a curtain]. */
	async unlock(id: string, attempt: string[], now = Date.now()): Promise<'open' | 'wrong' | 'wait'> {
		const profile = this.profiles.find((p) => p.id === id);
		if (!profile) return 'wrong';
		const code = profile.pictureCode;
		const result = code ? await (await codeLock()).attempt(id, code, attempt, now) : 'right';
		if (result !== 'right') return result;
		this.#activate(id);
		return 'open';
	}

	/**
	 * Makes a person and opens their screens. A full device makes no one (`full`): the layout's notice
	 * already tells the person, and what they typed stays on the screen.
	 */
	async create(input: NewProfile, photo?: { bytes: ArrayBuffer; type: string }): Promise<CreateResult> {
		let profile: Profile;
		try {
			profile = await createProfile(input, photo);
		} catch (error) {
			if (error instanceof StorageFullError) return { ok: false, full: true };
			throw error;
		}
		this.profiles = [...this.profiles, profile];
		await this.#loadPhotos();
		this.#activate(profile.id);
		// Something worth keeping is saved now: ask the browser not to throw it away (docs/reliability.md, "Asking to keep the data").
		void persistence.request();
		return { ok: true, profile };
	}

	async rename(name: string): Promise<void> {
		await this.#update({ name });
	}

	/** Where the person is now: Home, the year and the wording follow it at once. */
	async setSituation(situation: Situation): Promise<void> {
		await this.#update({ situation });
	}

	async setLocale(locale: Locale): Promise<void> {
		applyLocale(locale);
		await this.#update({ locale });
	}

	async setSettings(change: Partial<ProfileSettings>): Promise<void> {
		const current = this.active?.settings;
		if (!current) return;
		const settings = { ...current, ...change };
		applyDisplay(settings);
		speechRate.value = settings.speechRate;
		await this.#update({ settings });
	}

	async setPictureCode(code: string[] | null): Promise<void> {
		const id = this.activeId;
		if (!id) return;
		const lock = await codeLock();
		if (code === null || code.length === 0) await this.#update({ removePictureCode: true });
		else await this.#update({ pictureCode: await lock.codeFor(id, code) });
		// Wrong tries of an old code say nothing about the new one.
		await lock.tries(id).clear();
	}

	/**
	 * Removes a forgotten picture code from the unlock screen. On a shared tablet the screen asks for
	 * the adult code first ([Note: adult code]); the picture code is a curtain, not a lock.
	 */
	async removeForgottenCode(id: string): Promise<void> {
		const updated = await updateProfile(id, { removePictureCode: true });
		this.#replace(updated);
		await (await codeLock()).tries(id).clear();
	}

	/** "Slett meg": deletes everything about the person, in one go. Undo stays possible for a while. */
	async remove(id: string): Promise<void> {
		const profile = this.profiles.find((p) => p.id === id);
		if (!profile) return;
		const snapshot = await deleteProfile(id);
		this.profiles = this.profiles.filter((p) => p.id !== id);
		if (this.activeId === id) this.signOut();
		this.lastDeleted = { name: profile.name, snapshot };
	}

	async undoRemove(): Promise<string | null> {
		const deleted = this.lastDeleted;
		if (!deleted) return null;
		await restoreProfile(deleted.snapshot);
		this.lastDeleted = null;
		this.profiles = await listProfiles();
		await this.#loadPhotos();
		return deleted.name;
	}

	setHelper(helper: AnsweredBy): void {
		this.helper = helper;
		if (this.activeId) session()?.setItem(HELPER_KEY, JSON.stringify({ profileId: this.activeId, helper }));
	}

	photoOf(profile: Profile): string | undefined {
		return profile.picture.kind === 'photo' ? this.photos[profile.picture.mediaId] : undefined;
	}

	#activate(id: string) {
		this.activeId = id;
		session()?.setItem(ACTIVE_KEY, id);
		this.#restoreHelper();
		this.#applyActiveSettings();
	}

	#restoreHelper() {
		this.helper = SELF;
		try {
			const raw = JSON.parse(session()?.getItem(HELPER_KEY) ?? 'null') as { profileId?: string; helper?: AnsweredBy } | null;
			if (raw?.profileId === this.activeId && raw.helper?.kind === 'helper' && HelperRole.safeParse(raw.helper.role).success) {
				this.helper = raw.helper;
			}
		} catch {
			/* default: the person does it themselves */
		}
	}

	#applyActiveSettings() {
		const active = this.active;
		if (!active) return;
		applyLocale(active.locale);
		applyDisplay(active.settings);
		speechRate.value = active.settings.speechRate;
	}

	async #update(change: Parameters<typeof updateProfile>[1]) {
		const id = this.activeId;
		if (!id) return;
		try {
			// Never hand a $state proxy to IndexedDB (svelte#15327): store a plain copy.
			this.#replace(await updateProfile(id, $state.snapshot(change) as typeof change));
		} catch (error) {
			if (!(error instanceof StorageFullError)) throw error;
		}
	}

	#replace(profile: Profile) {
		this.profiles = this.profiles.map((p) => (p.id === profile.id ? profile : p));
	}

	async #loadPhotos() {
		for (const profile of this.profiles) {
			if (profile.picture.kind !== 'photo' || this.photos[profile.picture.mediaId]) continue;
			const media = await getMedia(profile.picture.mediaId);
			if (media && typeof URL.createObjectURL === 'function') {
				this.photos[media.id] = mediaUrl(media);
			}
		}
	}
}

export const sessionState = new SessionState();
