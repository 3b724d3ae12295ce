import { describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '$lib/storage/errors';
import { NewProfileForm, PICTURES_AT_A_TIME } from './new-profile.svelte';
import { SessionState, type CreateResult } from './session.svelte';
import type { Profile } from './schema';
import * as repo from './profiles-repo';

// The repository writes for real (fake IndexedDB); a test can make one write fail as a full device does.
vi.mock('./profiles-repo', async (original) => {
	const actual = await original<typeof import('./profiles-repo')>();
	return { ...actual, createProfile: vi.fn(actual.createProfile) };
});

const made = (name: string): CreateResult => ({ ok: true, profile: { id: 'p1', name } as Profile });

describe('NewProfileForm: "Ny person"', () => {
	it('asks for a name before the picture: none, or one that is too long, is said plainly', () => {
		const form = new NewProfileForm(vi.fn());
		form.name = '  ';
		expect(form.checkName()).toBe(false);
		expect(form.nameError).toBeTruthy();
		form.name = 'x'.repeat(41);
		expect(form.checkName()).toBe(false);
		form.name = ' Nora ';
		expect(form.checkName()).toBe(true);
		expect(form.nameError).toBeUndefined();
	});

	it('shows the pictures six at a time, and "Flere bilder" comes round to the first six again', () => {
		const form = new NewProfileForm(vi.fn());
		const first = form.shown;
		expect(first).toHaveLength(PICTURES_AT_A_TIME);
		for (let i = 0; i < form.pages; i++) form.morePictures();
		expect(form.shown).toEqual(first);
	});

	it('keeps a half-made person in the tab until "Ferdig", and forgets it once the person is made', async () => {
		const form = new NewProfileForm(vi.fn(async () => made('Nora')));
		form.restoreDraft();
		form.name = 'Nora';
		form.symbol = 'pic_fish';
		form.keepDraft();
		const again = new NewProfileForm(vi.fn());
		again.restoreDraft();
		expect([again.name, again.symbol, again.ready]).toEqual(['Nora', 'pic_fish', true]);
		expect(await form.finish('nb')).toBe(true);
		const after = new NewProfileForm(vi.fn());
		after.restoreDraft();
		expect(after.name).toBe('');
	});

	it('makes the person with the trimmed name, the chosen picture and the language being read', async () => {
		const make = vi.fn(async () => made('Nora'));
		const form = new NewProfileForm(make);
		form.name = '  Nora ';
		form.symbol = 'pic_fish';
		expect(await form.finish('en')).toBe(true);
		expect(make).toHaveBeenCalledWith({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_fish' }, locale: 'en' }, undefined);
		expect(form.saving).toBe(false);
	});

	it('on a full device makes no one, keeps the draft and everything chosen, and can try again', async () => {
		const make = vi.fn(async (): Promise<CreateResult> => ({ ok: false, full: true }));
		const form = new NewProfileForm(make);
		form.restoreDraft();
		form.name = 'Nora';
		form.keepDraft();
		expect(await form.finish('nb')).toBe(false);
		expect([form.name, form.saving]).toEqual(['Nora', false]);
		const again = new NewProfileForm(vi.fn());
		again.restoreDraft();
		expect(again.name).toBe('Nora');
	});
});

describe('SessionState.create: making a person says what came of it', () => {
	const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };

	it('makes the person, opens their screens and returns them', async () => {
		const session = new SessionState();
		await session.load();
		const result = await session.create(nora);
		expect(result).toMatchObject({ ok: true, profile: { name: 'Nora' } });
		expect(session.active?.name).toBe('Nora');
	});

	it('on a full device returns { full } and opens no one; any other failure is a bug and is thrown', async () => {
		const session = new SessionState();
		await session.load();
		vi.mocked(repo.createProfile).mockRejectedValueOnce(new StorageFullError('full'));
		expect(await session.create(nora)).toEqual({ ok: false, full: true });
		expect([session.profiles, session.activeId]).toEqual([[], null]);
		vi.mocked(repo.createProfile).mockRejectedValueOnce(new TypeError('bug'));
		await expect(session.create(nora)).rejects.toThrow('bug');
	});
});
