import { describe, expect, it } from 'vitest';
import { db } from '$lib/storage/db';
import { saveAnswer, listAnswers } from '$lib/domain/answers/answers-repo';
import { createTrial, listTrials, saveTrialAnswer } from '$lib/domain/trials/trials-repo';
import { Profile } from './schema';
import { createProfile, deleteProfile, listProfiles, restoreProfile, updateProfile } from './profiles-repo';
import { getMedia, saveMedia } from '$lib/media/media-store';
import { CODE_SYMBOLS, codeMatches, hashCode, isValidCode } from '$lib/domain/device/picture-code';
import { MAX_TRIES, WAIT_MS } from '$lib/domain/device/tries';
import { SessionState } from './session.svelte';
import { pictureCodeLock } from '$lib/domain/device/picture-code-lock';

const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };

describe('Profile schema', () => {
	it('trims names and refuses empty or long ones', () => {
		const base = { id: 'p', picture: nora.picture, locale: 'nb', settings: { theme: 'default', textSize: 1, speechRate: 'normal' }, createdRev: 1, rev: 1 };
		expect(Profile.parse({ ...base, name: '  Nora ' }).name).toBe('Nora');
		expect(Profile.safeParse({ ...base, name: '   ' }).success).toBe(false);
		expect(Profile.safeParse({ ...base, name: 'x'.repeat(41) }).success).toBe(false);
		expect(Profile.safeParse({ ...base, name: 'Nora', settings: { ...base.settings, textSize: 7 } }).success).toBe(false);
	});
});

describe('profiles on one device', () => {
	it('keeps each person’s settings and language their own', async () => {
		const a = await createProfile(nora);
		const b = await createProfile({ ...nora, name: 'Jonas', locale: 'en' });
		await updateProfile(a.id, { settings: { theme: 'dark', textSize: 4, speechRate: 'slow' } });
		const [na, nb] = await listProfiles();
		expect(na?.settings.theme).toBe('dark');
		expect(nb?.settings.theme).toBe('default');
		expect(nb?.locale).toBe('en');
		expect(b.id).not.toBe(a.id);
	});

	it('changes only the given fields', async () => {
		const a = await createProfile(nora);
		await updateProfile(a.id, { locale: 'nn' });
		const updated = await updateProfile(a.id, { name: 'Nora B' });
		expect(updated.locale).toBe('nn');
		expect(updated.name).toBe('Nora B');
		expect(updated.rev).toBeGreaterThan(a.rev);
	});

	it('stores photos as bytes with type, size and SHA-256', async () => {
		const a = await createProfile(nora);
		const bytes = new TextEncoder().encode('not really a jpeg').buffer as ArrayBuffer;
		const media = await saveMedia(a.id, bytes, 'image/jpeg');
		const stored = await getMedia(media.id);
		expect(stored?.bytes).toBeInstanceOf(ArrayBuffer);
		expect(new Uint8Array(stored!.bytes)).toEqual(new Uint8Array(bytes));
		expect(stored?.size).toBe(bytes.byteLength);
		expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('"Slett meg" removes the profile, its answers and its media, and nobody else’s', async () => {
		const a = await createProfile(nora);
		const b = await createProfile({ ...nora, name: 'Jonas' });
		await saveAnswer(a.id, 'q', 'like', { kind: 'self' });
		await saveAnswer(b.id, 'q', 'like', { kind: 'self' });
		await saveMedia(a.id, new ArrayBuffer(8), 'image/png');
		const trial = await createTrial(a.id, { kind: 'jobbsmak', days: ['2026-03-02'] }, { kind: 'self' });
		await createTrial(b.id, { kind: 'praksis', days: ['2026-03-02'] }, { kind: 'self' });
		await saveTrialAnswer(a.id, { trialId: trial.id, phase: { kind: 'day', day: '2026-03-02' }, question: 'day' }, 'good', { kind: 'self' });
		const snapshot = await deleteProfile(a.id);
		const database = await db();
		const left = [
			...(await database.getAll('answers')),
			...(await database.getAll('media')),
			...(await database.getAll('profiles')),
			...(await database.getAll('explorations')),
			...(await database.getAll('trials'))
		].filter((r) => JSON.stringify(r).includes(a.id));
		expect(left).toEqual([]);
		expect(await listAnswers(b.id)).toHaveLength(1);
		expect(await listTrials(b.id)).toHaveLength(1);
		expect(snapshot.records.answers).toHaveLength(2);
		expect(snapshot.records.media).toHaveLength(1);
		expect(snapshot.records.trials).toHaveLength(1);

		await restoreProfile(snapshot);
		expect((await listProfiles()).map((p) => p.name)).toEqual(['Nora', 'Jonas']);
		expect(await listAnswers(a.id)).toHaveLength(2);
		expect(await listTrials(a.id)).toEqual([trial]);
	});
});

describe('picture code', () => {
	it('accepts 3 or 4 of the code symbols', () => {
		expect(isValidCode(CODE_SYMBOLS.slice(0, 3))).toBe(true);
		expect(isValidCode(CODE_SYMBOLS.slice(0, 4))).toBe(true);
		expect(isValidCode(CODE_SYMBOLS.slice(0, 2))).toBe(false);
		expect(isValidCode(['pic_cat', 'pic_cat', 'not_a_symbol'])).toBe(false);
	});

	it('stores a salted hash, never the symbols', async () => {
		const code = ['pic_cat', 'pic_fish', 'pic_apple', 'pic_cat'];
		const hashA = await hashCode('a', code);
		expect(hashA).not.toContain('pic_');
		expect(await hashCode('b', code)).not.toBe(hashA);
		expect(await codeMatches('a', { hash: hashA, length: 4 }, code)).toBe(true);
		expect(await codeMatches('a', { hash: hashA, length: 4 }, [...code].reverse())).toBe(false);
		expect(await codeMatches('a', { hash: hashA, length: 4 }, code.slice(0, 3))).toBe(false);
	});

	const code = ['pic_cat', 'pic_fish', 'pic_apple'];
	const wrong = ['pic_fish', 'pic_fish', 'pic_fish'];

	/** Nora with a picture code, signed out again: the start of every unlock. */
	async function codedNora() {
		const session = new SessionState();
		await session.load();
		const made = await session.create(nora);
		if (!made.ok) throw new Error('the device is not full');
		const profile = made.profile;
		await session.setPictureCode(code);
		session.signOut();
		return { session, profile };
	}

	it('unlocks only with the right code, through the session', async () => {
		const { session, profile } = await codedNora();
		expect(session.choose(profile.id)).toBe('locked');
		expect(await session.unlock(profile.id, wrong, 0)).toBe('wrong');
		expect(await session.unlock(profile.id, code, 1)).toBe('open');
		expect(session.activeId).toBe(profile.id);
	});

	it('keeps the wait after 5 wrong codes across a reload, and a right code clears the tries', async () => {
		const T = Date.UTC(2026, 10, 23, 9);
		const { session, profile } = await codedNora();
		for (let i = 0; i < MAX_TRIES; i++) expect(await session.unlock(profile.id, wrong, T)).toBe('wrong');
		expect(pictureCodeLock.tries(profile.id).waitFor(T)).toBe(WAIT_MS);

		// A reload: a new session reads the stored tries. Even the right code waits.
		const reloaded = new SessionState();
		await reloaded.load();
		expect(await pictureCodeLock.tries(profile.id).refresh(T + 1000)).toBe(WAIT_MS - 1000);
		expect(await reloaded.unlock(profile.id, code, T + 1000)).toBe('wait');
		expect(reloaded.activeId).toBeNull();

		expect(await reloaded.unlock(profile.id, code, T + WAIT_MS)).toBe('open');
		expect(await (await db()).getAll('code-tries')).toEqual([]);
	});

	it('a forgotten code removed also clears its wrong tries', async () => {
		const { session, profile } = await codedNora();
		await session.unlock(profile.id, wrong);
		expect(await (await db()).count('code-tries')).toBe(1);
		await session.removeForgottenCode(profile.id);
		expect(await (await db()).count('code-tries')).toBe(0);
		expect(session.profiles[0]?.pictureCode).toBeUndefined();
	});
});

describe('helper for the session', () => {
	it('defaults to "Jeg gjør det selv" and is forgotten when the person switches', async () => {
		const session = new SessionState();
		await session.load();
		await session.create(nora);
		expect(session.helper).toEqual({ kind: 'self' });
		session.setHelper({ kind: 'helper', role: 'parent', name: 'Amina' });
		expect(session.helper.kind).toBe('helper');
		session.signOut();
		expect(session.helper).toEqual({ kind: 'self' });
	});
});
