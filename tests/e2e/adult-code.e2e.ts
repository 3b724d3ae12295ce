import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, nb, pattern, createProfile, hydrated, openSettings, personButton, startScreenReady, storedProfiles, announcement, tapPictures, makePictureCode } from './fixtures';
import { PHONE, axeBothSizes, setLook, smallTargets, type Theme } from './support/a11y';
import { makeBackup, restoreFrom } from './support/backup';

/**
 * The adult code of a shared tablet: a helper sets it in Innstillinger, and then a forgotten picture
 * code, a content pack, "Slett meg" and the adult code itself need it. Without one (a personal phone)
 * nothing asks for it. Wrong adult codes wait like wrong picture codes, also after a reload.
 */

const ADULT = '246810';
const PICTURE_CODE = [nb('sym_pic_rocket'), nb('sym_pic_guitar'), nb('sym_pic_umbrella')];
const PACK = JSON.parse(readFileSync(new URL('../../static/packs/baerum-eksempel.jobbvei-pakke.json', import.meta.url), 'utf8')) as { id: string; name: { nb: string } };


/** From Innstillinger: "Lag hjelperkode", 6 digits, the same again, "Lagre". Ends on Innstillinger. */
async function makeAdultCode(page: Page, digits = ADULT) {
	await page.getByRole('link', { name: nb('adult_code_make') }).first().click();
	await page.waitForURL(/\/settings\/adult-code$/);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('adult_code_make') })).toBeVisible();
	await page.getByLabel(nb('adult_setup_digits')).fill(digits);
	await page.getByRole('button', { name: nb('next') }).click();
	await page.getByLabel(nb('adult_setup_digits_repeat')).fill(digits);
	await page.getByRole('button', { name: nb('save') }).click();
	await page.waitForURL(/\/settings$/);
	await expect(adultCodeSection(page).getByText(nb('adult_code_on'), { exact: true })).toBeVisible();
}

/** "Hvem er du?", then the person: their unlock screen. */
async function toUnlock(page: Page, name: string) {
	await page.goto('/');
	await startScreenReady(page);
	await personButton(page, name).click();
	await page.waitForURL(/\/unlock\?person=/);
	await hydrated(page);
}

/** The person signs in with their picture code. */
async function signIn(page: Page, name: string) {
	await toUnlock(page, name);
	await tapPictures(page, PICTURE_CODE);
	await page.waitForURL(/\/home$/);
}

/** Innstillinger's part about the adult code. */
function adultCodeSection(page: Page): Locator {
	return page.getByRole('region', { name: nb('settings_adult_code') });
}

/** The part that asks for the adult code, with why. */
function ask(page: Page): Locator {
	return page.getByTestId('ask-adult-code');
}

async function giveAdultCode(page: Page, digits: string) {
	await expect(ask(page).getByRole('heading', { name: nb('adult_ask_title') })).toBeVisible();
	await ask(page).getByLabel(nb('settings_adult_code')).fill(digits);
	await ask(page).getByRole('button', { name: nb('adult_ask_ok') }).click();
}

/** What the device store holds, read as devtools would. */
async function deviceRecords(page: Page): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>[]>((resolve) => {
				const open = indexedDB.open('jobbvei');
				open.onsuccess = () => {
					const all = open.result.transaction('device').objectStore('device').getAll();
					all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
				};
			})
	);
}

test('"Glemt koden?" cannot remove a picture code without the adult code, and can with it', async ({ page }) => {
	await createProfile(page, 'Nora');
	await makePictureCode(page, PICTURE_CODE);
	await makeAdultCode(page);

	// Only a salted slow hash is stored, with its rounds: never the digits.
	const [record] = await deviceRecords(page);
	expect(record).toMatchObject({ key: 'adult-code', kind: 'digits', length: 6, iterations: 3_000_000 });
	expect(record?.salt).toMatch(/^[0-9a-f]{32}$/);
	expect(record?.hash).toMatch(/^[0-9a-f]{64}$/);
	expect(JSON.stringify(record)).not.toContain(ADULT);

	await toUnlock(page, 'Nora');
	await page.getByRole('button', { name: nb('unlock_forgot') }).click();
	await expect(page.getByText(nb('unlock_forgot_adult'))).toBeVisible();
	await page.getByRole('button', { name: nb('unlock_remove_code') }).click();
	await expect(ask(page).getByText(nb('adult_why_picture_code'))).toBeVisible();

	// A wrong adult code changes nothing.
	await giveAdultCode(page, '135790');
	await expect(ask(page).getByText(nb('adult_ask_wrong'))).toBeVisible();
	await expect(page).toHaveURL(/\/unlock\?person=/);
	expect((await storedProfiles(page))[0]?.pictureCode).toBeDefined();
	// "Avbryt" closes the question; the code is still there.
	await ask(page).getByRole('button', { name: nb('cancel') }).click();
	await expect(ask(page)).toHaveCount(0);
	expect((await storedProfiles(page))[0]?.pictureCode).toBeDefined();

	await page.getByRole('button', { name: nb('unlock_remove_code') }).click();
	await giveAdultCode(page, ADULT);
	await page.waitForURL(/\/home$/);
	expect((await storedProfiles(page))[0]?.pictureCode).toBeUndefined();
});

test('without an adult code, "Glemt koden?" says plainly what the code guards, and removes it', async ({ page }) => {
	await createProfile(page, 'Ola');
	await makePictureCode(page, PICTURE_CODE);
	await toUnlock(page, 'Ola');
	await page.getByRole('button', { name: nb('unlock_forgot') }).click();
	await expect(page.getByText(`${nb('unlock_forgot_open')} ${nb('unlock_forgot_protects')}`)).toBeVisible();
	await page.getByRole('button', { name: nb('unlock_remove_code') }).click();
	await page.waitForURL(/\/home$/);
	expect((await storedProfiles(page))[0]?.pictureCode).toBeUndefined();
});

test('a content pack cannot be loaded, replaced or removed without the adult code', async ({ page }) => {
	await createProfile(page, 'Nora');
	await openSettings(page);
	await makeAdultCode(page);
	await page.goto('/info/local');
	await hydrated(page);

	await page.getByRole('button', { name: nb('info_local_try_example') }).click();
	await expect(ask(page).getByText(nb('adult_why_pack_load'))).toBeVisible();
	await giveAdultCode(page, '000000');
	await expect(ask(page).getByText(nb('adult_ask_wrong'))).toBeVisible();
	await expect(page.getByTestId('pack')).toHaveCount(0);
	await expect(page.getByText(nb('info_local_none'))).toBeVisible();
	await giveAdultCode(page, ADULT);
	await expect(page.getByRole('main').getByText(nb('info_local_loaded', { name: PACK.name.nb }))).toBeVisible();
	await expect(page.getByTestId('pack')).toHaveCount(1);

	// The same pack again: asked first, then the adult code.
	await page.getByRole('button', { name: nb('info_local_try_example') }).click();
	await expect(page.getByText(nb('info_local_same', { name: PACK.name.nb }))).toBeVisible();
	await expect(ask(page)).toHaveCount(0);
	await page.getByRole('button', { name: nb('info_local_replace') }).click();
	await expect(ask(page).getByText(nb('adult_why_pack_load'))).toBeVisible();
	await giveAdultCode(page, ADULT);
	await expect(page.getByRole('main').getByText(nb('info_local_loaded', { name: PACK.name.nb }))).toBeVisible();

	// Removing needs it too; "Angre" puts back what was there, without asking.
	await page.getByRole('button', { name: new RegExp(`^${nb('info_local_remove')}`) }).click();
	await expect(ask(page).getByText(nb('adult_why_pack_remove', { name: PACK.name.nb }))).toBeVisible();
	await expect(page.getByTestId('pack')).toHaveCount(1);
	await giveAdultCode(page, ADULT);
	await expect(page.getByTestId('pack')).toHaveCount(0);
	await page.getByRole('button', { name: nb('undo'), exact: true }).click();
	await expect(page.getByTestId('pack')).toHaveCount(1);
});

test('a pack with an id already on the device asks before it replaces it, and "Nei" keeps the old one', async ({ page }) => {
	await createProfile(page, 'Nora');
	await page.goto('/info/local');
	await hydrated(page);
	await page.getByRole('button', { name: nb('info_local_try_example') }).click();
	await expect(page.getByTestId('pack').getByRole('heading', { level: 2, name: PACK.name.nb })).toBeVisible();

	// A file with the same id and a new name: the question names the pack that is there now.
	const newer = { ...JSON.parse(readFileSync(new URL('../../static/packs/baerum-eksempel.jobbvei-pakke.json', import.meta.url), 'utf8')), name: 'Bærum 2027' };
	const choose = () => page.locator('input[type="file"]').setInputFiles({ name: 'baerum.jobbvei-pakke.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
	await choose();
	await expect(page.getByText(nb('info_local_same', { name: PACK.name.nb }))).toBeVisible();
	await expect(page.getByText(nb('info_local_same_text'))).toBeVisible();
	await page.getByRole('button', { name: nb('info_local_keep') }).click();
	await expect(page.getByText(nb('info_local_same', { name: PACK.name.nb }))).toHaveCount(0);
	await expect(page.getByTestId('pack').getByRole('heading', { level: 2, name: PACK.name.nb })).toBeVisible();

	await choose();
	await page.getByRole('button', { name: nb('info_local_replace') }).click();
	await expect(page.getByTestId('pack')).toHaveCount(1);
	await expect(page.getByTestId('pack').getByRole('heading', { level: 2, name: 'Bærum 2027' })).toBeVisible();
});

test('"Slett meg" asks for the adult code; 5 wrong codes wait 30 s, also after a reload', async ({ page }) => {
	await page.clock.install();
	await createProfile(page, 'Ida');
	await openSettings(page);
	await makeAdultCode(page);
	const deleteIda = async () => {
		await page.getByRole('button', { name: nb('settings_delete'), exact: true }).click();
		await page.getByRole('button', { name: nb('delete_yes') }).click();
		await expect(ask(page).getByText(nb('adult_why_delete', { name: 'Ida' }))).toBeVisible();
	};
	await deleteIda();
	for (let i = 0; i < 5; i++) {
		await giveAdultCode(page, `99999${i}`);
		if (i < 4) await expect(ask(page).getByText(nb('adult_ask_wrong'))).toBeVisible();
	}
	const wait = ask(page).getByText(pattern('nb', 'unlock_wait'));
	await expect(wait).toBeVisible();
	await expect(ask(page).getByRole('button', { name: nb('adult_ask_ok') })).toBeDisabled();
	expect(await storedProfiles(page)).toHaveLength(1);

	await page.reload();
	await hydrated(page);
	await deleteIda();
	await expect(wait).toBeVisible();
	expect(Number((await wait.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(20);

	await page.clock.fastForward(30_000);
	await expect(wait).toHaveCount(0);
	await giveAdultCode(page, ADULT);
	await page.waitForURL((url) => url.pathname === '/');
	await startScreenReady(page);
	await expect(page.getByText(nb('profile_deleted', { name: 'Ida' }))).toBeVisible();
	expect(await storedProfiles(page)).toHaveLength(0);
});

test('changing or removing the adult code needs it, also when its address is opened directly', async ({ page }) => {
	await createProfile(page, 'Nora');
	await openSettings(page);
	await makeAdultCode(page);

	// A pupil who types the address gets the question, not the form.
	await page.goto('/settings/adult-code');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('adult_code_change') })).toBeVisible();
	await expect(ask(page).getByText(nb('adult_why_change'))).toBeVisible();
	await expect(page.getByLabel(nb('adult_setup_digits'))).toHaveCount(0);
	await ask(page).getByRole('button', { name: nb('cancel') }).click();
	await expect(page.getByRole('link', { name: nb('nav_back') }).last()).toBeVisible();
	await expect(page.getByLabel(nb('adult_setup_digits'))).toHaveCount(0);

	// With the code: a new one, made of 5 pictures this time.
	await page.reload();
	await hydrated(page);
	await giveAdultCode(page, ADULT);
	await page.getByRole('radio', { name: nb('adult_kind_pictures') }).check();
	const five = [nb('sym_pic_cat'), nb('sym_pic_fish'), nb('sym_pic_apple'), nb('sym_pic_banana'), nb('sym_pic_rocket')];
	await expect(page.getByRole('main').getByText(nb('adult_setup_pictures'))).toBeVisible();
	await tapPictures(page, five);
	await expect(page.getByRole('main').getByText(nb('adult_setup_pictures_repeat'))).toBeVisible();
	await tapPictures(page, five);
	await page.waitForURL(/\/settings$/);
	await expect(announcement(page, nb('adult_code_saved'))).toHaveCount(1);
	expect((await deviceRecords(page))[0]).toMatchObject({ kind: 'pictures', length: 5 });

	// Removing asks for the new code (the pictures); then the device is a personal one again.
	await page.getByRole('button', { name: nb('adult_code_remove') }).click();
	await expect(ask(page).getByText(nb('adult_why_remove'))).toBeVisible();
	await expect(ask(page).getByText(nb('adult_ask_pictures'))).toBeVisible();
	await tapPictures(page, five);
	await expect(adultCodeSection(page).getByText(nb('adult_code_off'), { exact: true })).toBeVisible();
	expect(await deviceRecords(page)).toEqual([]);
});

test('with 2 people who have picture codes and no adult code, Innstillinger suggest one', async ({ page }) => {
	await createProfile(page, 'Kari');
	await makePictureCode(page, PICTURE_CODE);
	// One person with a code: a personal phone, nothing to suggest.
	await expect(page.getByText(nb('adult_code_suggest'))).toHaveCount(0);
	await createProfile(page, 'Nora');
	await makePictureCode(page, PICTURE_CODE);
	const suggestion = page.getByText(nb('adult_code_suggest'));
	await expect(suggestion).toBeVisible();
	await expect(page.getByText(nb('adult_code_suggest_text'))).toBeVisible();
	await makeAdultCode(page);
	await expect(suggestion).toHaveCount(0);
});

/** Every new or changed state of the screens above, with how to reach it from Nora's settings. */
async function eachState(page: Page, visit: (label: string, part?: Locator) => Promise<void>) {
	await page.goto('/settings');
	await hydrated(page);
	await expect(page.getByText(nb('adult_code_suggest'))).toBeVisible();
	await visit('/settings (suggests an adult code)', adultCodeSection(page));
	await page.getByRole('link', { name: nb('adult_code_make') }).first().click();
	await hydrated(page);
	await page.getByRole('button', { name: nb('next') }).click();
	await expect(page.getByText(nb('adult_setup_too_short')).first()).toBeVisible();
	await visit('/settings/adult-code (digits, too short)');
	await page.getByRole('radio', { name: nb('adult_kind_pictures') }).check();
	await visit('/settings/adult-code (pictures)');
	await page.getByRole('radio', { name: nb('adult_kind_digits') }).check();
	await page.getByLabel(nb('adult_setup_digits')).fill(ADULT);
	await page.getByRole('button', { name: nb('next') }).click();
	await expect(page.getByLabel(nb('adult_setup_digits_repeat'))).toBeVisible();
	await visit('/settings/adult-code (step 2)');
	await page.getByLabel(nb('adult_setup_digits_repeat')).fill(ADULT);
	await page.getByRole('button', { name: nb('save') }).click();
	await page.waitForURL(/\/settings$/);
	await page.getByRole('button', { name: nb('adult_code_remove') }).click();
	await ask(page).getByRole('button', { name: nb('adult_forgot') }).click();
	await expect(ask(page).getByText(nb('adult_forgot_1'))).toBeVisible();
	await visit('/settings (asks for the adult code, forgotten open)', ask(page));
	await ask(page).getByRole('button', { name: nb('cancel') }).click();

	await toUnlock(page, 'Kari');
	await page.getByRole('button', { name: nb('unlock_forgot') }).click();
	await page.getByRole('button', { name: nb('unlock_remove_code') }).click();
	await expect(ask(page)).toBeVisible();
	await visit('/unlock (forgot, asks for the adult code)', ask(page));

	await signIn(page, 'Nora');
	await page.goto('/info/local');
	await hydrated(page);
	await page.getByRole('button', { name: nb('info_local_try_example') }).click();
	await giveAdultCode(page, ADULT);
	await expect(page.getByTestId('pack')).toHaveCount(1);
	await page.getByRole('button', { name: nb('info_local_try_example') }).click();
	await expect(page.getByText(nb('info_local_same', { name: PACK.name.nb }))).toBeVisible();
	await visit('/info/local (same pack: asked)', page.getByText(nb('info_local_same', { name: PACK.name.nb })));
	await page.getByRole('button', { name: nb('info_local_replace') }).click();
	await expect(ask(page)).toBeVisible();
	await visit('/info/local (asks for the adult code)', ask(page));

	await page.goto('/about');
	await hydrated(page);
	await expect(page.getByText(nb('about_data_16'))).toBeVisible();
	await visit('/about', page.getByText(nb('about_data_13')));

	// Back to how the next look starts: no adult code, no pack.
	await page.goto('/info/local');
	await hydrated(page);
	await page.getByRole('button', { name: new RegExp(`^${nb('info_local_remove')}`) }).click();
	await giveAdultCode(page, ADULT);
	await expect(page.getByTestId('pack')).toHaveCount(0);
	await page.goto('/settings');
	await hydrated(page);
	await page.getByRole('button', { name: nb('adult_code_remove') }).click();
	await giveAdultCode(page, ADULT);
	// Two people with picture codes and no adult code: the suggestion is back.
	await expect(adultCodeSection(page).getByText(nb('adult_code_suggest'))).toBeVisible();
}

/** Kari and Nora, both with a picture code; Nora is on screen. */
async function twoCodedPeople(page: Page) {
	await createProfile(page, 'Kari');
	await makePictureCode(page, PICTURE_CODE);
	await createProfile(page, 'Nora');
	await makePictureCode(page, PICTURE_CODE);
}

test('axe and 48 px targets on every new and changed state, in the default, dark and high-contrast themes', async ({ page }) => {
	test.setTimeout(420_000);
	await page.setViewportSize(PHONE);
	await twoCodedPeople(page);
	const found: string[] = [];
	for (const theme of ['default', 'dark', 'contrast'] as Theme[]) {
		await setLook(page, 'nb', 'nb', theme);
		await eachState(page, async (label) => {
			await axeBothSizes(page, `${theme} ${label}`, found, theme === 'default' ? undefined : [PHONE]);
			if (theme === 'default') for (const s of await smallTargets(page)) found.push(`${label}: small target ${s}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} fits a phone`).toBeLessThanOrEqual(PHONE.width);
		});
	}
	expect(found, found.join('\n')).toEqual([]);
});

test('look at it: the adult code screens at phone size', async ({ page }, info) => {
	test.setTimeout(180_000);
	await page.setViewportSize(PHONE);
	await twoCodedPeople(page);
	let n = 0;
	await eachState(page, async (label, part) => {
		const name = label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
		// What a phone shows at that moment, with the new part on screen.
		if (part) {
			// Below the sticky top bar, which would cover the part's first line.
			await part.first().evaluate((el) => (el.scrollIntoView({ block: 'start' }), scrollBy(0, -90)));
		}
		await page.screenshot({ path: info.outputPath(`adult-${n++}-${name}-390.png`) });
	});
	// The question in the dark and high-contrast themes.
	for (const theme of ['dark', 'contrast'] as Theme[]) {
		await setLook(page, 'nb', 'nb', theme);
		if (theme === 'dark') await makeAdultCode(page);
		await toUnlock(page, 'Kari');
		await page.getByRole('button', { name: nb('unlock_forgot') }).click();
		await page.getByRole('button', { name: nb('unlock_remove_code') }).click();
		await giveAdultCode(page, '000000');
		await expect(ask(page).getByText(nb('adult_ask_wrong')).first()).toBeVisible();
		await ask(page).evaluate((el) => (el.scrollIntoView({ block: 'start' }), scrollBy(0, -90)));
		await page.screenshot({ path: info.outputPath(`adult-${n++}-unlock-asks-wrong-${theme}-390.png`) });
		await signIn(page, 'Nora');
	}
});

test('replacing a person from a backup file asks for the adult code first; "Behold begge" does not', async ({ page }) => {
	test.setTimeout(120_000);
	await createProfile(page, 'Ida');
	const file = await makeBackup(page, 'Ida', test.info().outputPath('Ida.jobbvei.zip'));
	await makeAdultCode(page);
	const before = await storedProfiles(page);
	await restoreFrom(page, file);
	await page.getByRole('button', { name: nb('restore_replace', { name: 'Ida' }), exact: true }).click();
	await expect(ask(page).getByText(nb('adult_why_restore_replace', { name: 'Ida' }))).toBeVisible();
	await giveAdultCode(page, '999999');
	await expect(ask(page).getByText(nb('adult_ask_wrong'))).toBeVisible();
	expect(await storedProfiles(page)).toEqual(before);
	await giveAdultCode(page, ADULT);
	await expect(page.getByRole('main').getByText(nb('restore_done', { name: 'Ida' }))).toBeVisible();

	await restoreFrom(page, file);
	await page.getByRole('button', { name: nb('restore_keep_both'), exact: true }).click();
	await expect(page.getByRole('main').getByText(nb('restore_done', { name: 'Ida 2' }))).toBeVisible();
	await expect(ask(page)).toHaveCount(0);
});
