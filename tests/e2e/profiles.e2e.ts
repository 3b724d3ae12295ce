import { test, expect, nb, createProfile, finishSituation, switchTo, openSettings, personButton, startScreenReady, announcement, hydrated, storedProfiles } from './fixtures';
import { noisePng } from './fixtures/noise-png';

test('two people: create, list, switch, rename, delete with undo, and everything survives a reload', async ({ page }) => {
	await createProfile(page, 'Nora', nb('sym_pic_fish'));

	// A second person, from "Bytt person".
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await page.getByRole('link', { name: nb('start_new_person') }).click();
	await hydrated(page);
	await page.getByRole('textbox', { name: nb('new_name_label') }).fill('Jonas');
	await page.getByRole('button', { name: nb('next') }).click();
	await page.getByRole('button', { name: nb('next') }).click();
	// Jonas works in a VTA place: he says so at once, and his profile keeps it.
	await finishSituation(page, 'vta');
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Jonas' }) })).toBeVisible();
	expect((await storedProfiles(page)).find((p) => p.name === 'Jonas')?.situation).toBe('vta');

	// Both are on "Hvem er du?", oldest first.
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('start_title') })).toBeVisible();
	const people = page.getByRole('main').getByRole('listitem');
	await expect(people).toHaveCount(2);
	await expect(people.nth(0)).toContainText('Nora');
	await expect(people.nth(1)).toContainText('Jonas');

	// Switching person takes two taps from /home: "Bytt person", then the person.
	await personButton(page, 'Jonas').click();
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Jonas' }) })).toBeVisible();
	await switchTo(page, 'Nora');
	await expect(page).toHaveURL(/\/home$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Nora' }) })).toBeVisible();

	// Rename in settings.
	await openSettings(page);
	const rename = page.getByRole('textbox', { name: nb('settings_rename') });
	await expect(rename).toHaveValue('Nora');
	await rename.fill('Nora Berg');
	await page.getByRole('button', { name: nb('save') }).click();
	await expect(announcement(page, nb('settings_name_saved'))).toHaveCount(1);
	await page.getByRole('link', { name: nb('nav_home') }).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Nora Berg' }) })).toBeVisible();

	// "Slett meg" asks first, then deletes and offers "Angre" on the start screen.
	await openSettings(page);
	await page.getByRole('button', { name: nb('settings_delete'), exact: true }).click();
	await expect(page.getByText(nb('delete_title'))).toBeVisible();
	await page.getByRole('button', { name: nb('delete_yes') }).click();
	await page.waitForURL((url) => url.pathname === '/');
	await startScreenReady(page);
	await expect(page.getByText(nb('profile_deleted', { name: 'Nora Berg' }))).toBeVisible();
	await expect(personButton(page, 'Nora Berg')).toHaveCount(0);
	await expect(personButton(page, 'Jonas')).toBeVisible();

	await page.getByRole('button', { name: nb('undo'), exact: true }).click();
	await expect(personButton(page, 'Nora Berg')).toBeVisible();
	await expect(announcement(page, nb('profile_restored', { name: 'Nora Berg' }))).toHaveCount(1);
	await expect(page.getByText(nb('profile_deleted', { name: 'Nora Berg' }))).toHaveCount(0);

	// Everything is stored: a reload shows both people, in the same order.
	await page.reload();
	await startScreenReady(page);
	await expect(people).toHaveCount(2);
	await expect(people.nth(0)).toContainText('Nora Berg');
	await expect(people.nth(1)).toContainText('Jonas');

	// And the restored person still opens, with her picture and name.
	await personButton(page, 'Nora Berg').click();
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Nora Berg' }) })).toBeVisible();
});

test('deleting for real: after leaving the start screen the person is gone for good', async ({ page }) => {
	await createProfile(page, 'Ida');
	await openSettings(page);
	await page.getByRole('button', { name: nb('settings_delete'), exact: true }).click();
	await page.getByRole('button', { name: nb('delete_yes') }).click();
	await page.waitForURL((url) => url.pathname === '/');
	await startScreenReady(page);
	await page.reload();
	await startScreenReady(page);
	await expect(personButton(page, 'Ida')).toHaveCount(0);
	await expect(page.getByText(nb('start_empty_title'))).toBeVisible();
});

test('a person can use their own photo', async ({ page }) => {
	await page.goto('/');
	await startScreenReady(page);
	await page.getByRole('link', { name: nb('start_new_person') }).click();
	await hydrated(page);
	await page.getByRole('textbox', { name: nb('new_name_label') }).fill('Ada');
	await page.getByRole('button', { name: nb('next') }).click();
	await page.getByLabel(nb('new_picture_photo')).setInputFiles({ name: 'meg.png', mimeType: 'image/png', buffer: noisePng(300, 200, 3) });
	await expect(page.getByText(nb('new_picture_photo_chosen')).first()).toBeVisible();
	await page.getByRole('button', { name: nb('next') }).click();
	await finishSituation(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Ada' }) })).toBeVisible();

	// The photo is stored as re-encoded JPEG bytes and shown on the start screen, also after a reload.
	const stored = await storedProfiles(page);
	expect(stored[0]?.picture).toMatchObject({ kind: 'photo' });
	await page.goto('/');
	await startScreenReady(page);
	const photo = page.getByRole('main').getByRole('listitem').first().locator('img[src^="blob:"]');
	await expect(photo).toBeVisible();
	await expect(photo).toHaveAttribute('src', /^blob:/);
	expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	// A file that is not a picture is refused in easy-read.
	await page.getByRole('link', { name: nb('start_new_person') }).click();
	await hydrated(page);
	await page.getByRole('textbox', { name: nb('new_name_label') }).fill('Bo');
	await page.getByRole('button', { name: nb('next') }).click();
	await page.getByLabel(nb('new_picture_photo')).setInputFiles({ name: 'tekst.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
	await expect(page.getByRole('main').getByText(nb('photo_not_image'))).toBeVisible();
});
