import type { Page } from '@playwright/test';
import { test, expect, nb, APP_ORIGIN, createProfile, hydrated, openSettings, personButton, startScreenReady, escapeRegExp, type Locale } from './fixtures';
import { OTHER_LOOKS, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { storedAll } from './support/reflect';
import { makeBackup, mediaDigests, restoreFrom } from './support/backup';
import { noisePng } from './fixtures/noise-png';

/**
 * No restore loses work: before anything is written the person sees what is newer where, with the
 * file's date; "Bytt ut" can be undone ("Angre gjenoppretting"), and every record and photo comes
 * back byte for byte; a coded person kept twice opens with the code they know; and a person of the
 * same name from another device is asked about.
 */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const said = (page: Page, key: string, params: Record<string, string> = {}) => page.getByRole('main').getByText(nb(key, params));
const STORES = ['profiles', 'answers', 'media', 'explorations', 'trials', 'plan-steps', 'plan-versions', 'meetings', 'cv-entries'];
const CODE = [nb('sym_pic_cat'), nb('sym_pic_fish'), nb('sym_pic_apple'), nb('sym_pic_banana')];

/** Everything of every person on this device, media as SHA-256. */
async function device(page: Page): Promise<string> {
	const out: Record<string, unknown> = {};
	for (const store of STORES) {
		if (store === 'media') continue;
		out[store] = (await storedAll<{ id?: string }>(page, store)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
	}
	out['media'] = await mediaDigests(page);
	return JSON.stringify(out);
}

async function addStep(page: Page, what: string) {
	await page.goto('/plan/step');
	await hydrated(page);
	await page.getByRole('textbox', { name: nb('plan_step_what') }).fill(what);
	await page.getByRole('group', { name: nb('plan_step_who') }).getByRole('radio').first().check();
	await button(page, nb('plan_step_save')).click();
	await page.waitForURL(/\/plan$/);
	await expect(page.getByRole('article', { name: what })).toBeVisible();
}

async function addPhoto(page: Page, seed: number) {
	await page.goto('/me');
	await hydrated(page);
	const photoOf = async () => (await storedAll<{ key: string; value: unknown }>(page, 'answers')).find((a) => a.key === 'about/photo')?.value;
	const old = await photoOf();
	const region = page.getByRole('region', { name: nb('me_photo_title') });
	await region.getByLabel(new RegExp(`${escapeRegExp(nb('me_photo_add'))}|${escapeRegExp(nb('me_photo_change'))}`)).setInputFiles({ name: 'meg.png', mimeType: 'image/png', buffer: noisePng(200, 200, seed) });
	await expect(page.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) })).toBeVisible();
	// A changed photo shows the old one until the new one is stored: wait for the new one.
	await expect.poll(photoOf).not.toBe(old);
}

async function choose(page: Page, name: string) {
	await page.goto('/');
	await startScreenReady(page);
	await personButton(page, name).click();
	await page.waitForURL(/\/home$/);
}

async function setCode(page: Page) {
	await openSettings(page);
	await page.getByRole('link', { name: nb('code_make') }).click();
	await page.waitForURL(/\/settings\/picture-code$/);
	for (const round of [1, 2]) {
		for (const picture of CODE) await button(page, picture).click();
		if (round === 1) await button(page, nb('next')).click();
	}
	await page.waitForURL(/\/settings$/);
	await expect(page.getByText(nb('code_on'))).toBeVisible();
}

test.describe('restore never loses work', () => {
	test('an older backup over newer work: what is newer is listed with the file date; "Bytt ut" then "Angre gjenoppretting" brings every byte back', async ({ page }) => {
		test.setTimeout(180_000);
		await createProfile(page, 'Nora');
		await addPhoto(page, 1);
		await addStep(page, 'Søke jobbsmak på Meny');
		const file = await makeBackup(page, 'Nora', test.info().outputPath('Nora.jobbvei.zip'));
		// Work done after the backup: two plan steps and a new photo instead of the old one.
		await addStep(page, 'Ringe NAV');
		await addStep(page, 'Kjøpe busskort');
		await addPhoto(page, 2);
		const before = await device(page);

		await restoreFrom(page, file);
		await expect(said(page, 'restore_compare_title', { name: 'Nora' })).toBeVisible();
		const year = String(new Date().getFullYear());
		await expect(page.getByRole('main').getByText(new RegExp(`^${escapeRegExp(nb('restore_file_from', { date: 'X' })).replace('X', `.+ ${year}`)}$`))).toBeVisible();
		const newerHere = page.getByRole('list', { name: nb('restore_newer_here') });
		await expect(newerHere.getByRole('listitem')).toHaveText([nb('restore_kind_plan_steps', { count: 2 }), nb('restore_kind_answers', { count: 1 }), nb('restore_kind_photos', { count: 1 })]);
		// The photo that was swapped here is still in the file.
		await expect(page.getByRole('list', { name: nb('restore_newer_in_file') }).getByRole('listitem')).toHaveText([nb('restore_kind_photos', { count: 1 })]);
		// Nothing is written before the person chooses.
		expect(await device(page)).toBe(before);

		await button(page, nb('restore_replace', { name: 'Nora' })).click();
		await expect(said(page, 'restore_done', { name: 'Nora' })).toBeVisible();
		const steps = (await storedAll<{ what: string }>(page, 'plan-steps')).map((s) => s.what);
		expect(steps).toEqual(['Søke jobbsmak på Meny']);

		// Later, in settings: the undo says what would be lost since, then puts everything back.
		await choose(page, 'Nora');
		await openSettings(page);
		await expect(page.getByText(new RegExp(escapeRegExp(nb('undo_restore_text', { date: 'X', until: 'Y' })).replace('X', '.+').replace('Y', '.+')))).toBeVisible();
		await button(page, nb('restore_undo')).click();
		await expect(page.getByText(nb('undo_restore_ask'))).toBeVisible();
		await button(page, nb('undo_restore_yes')).click();
		await expect(page.getByRole('main').getByText(nb('restore_undo'))).toHaveCount(0);
		expect(await device(page)).toBe(before);
	});

	test('"Behold begge" on a person with a picture code: the copy is told apart and opens with the same code', async ({ page }) => {
		test.setTimeout(120_000);
		await createProfile(page, 'Siri');
		await setCode(page);
		const file = await makeBackup(page, 'Siri', test.info().outputPath('Siri.jobbvei.zip'));
		await restoreFrom(page, file);
		await expect(said(page, 'restore_compare_title', { name: 'Siri' })).toBeVisible();
		await button(page, nb('restore_keep_both')).click();
		await expect(said(page, 'restore_done', { name: 'Siri 2' })).toBeVisible();
		await page.getByRole('link', { name: nb('restore_to_start') }).click();
		await startScreenReady(page);
		const copy = personButton(page, 'Siri 2');
		await expect(copy).toContainText(nb('restore_from_backup_undated'));
		await copy.click();
		await page.waitForURL(/\/unlock\?person=/);
		await hydrated(page);
		for (const picture of CODE) await button(page, picture).click();
		await page.waitForURL(/\/home$/);
		await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Siri 2' }) })).toBeVisible();
	});

	test('another device\'s Ola beside the Ola here is asked about; "no" keeps both, told apart by the backup date', async ({ page, browser }) => {
		test.setTimeout(120_000);
		const other = await browser.newContext({ baseURL: APP_ORIGIN, acceptDownloads: true });
		const tablet = await other.newPage();
		await createProfile(tablet, 'Ola');
		const file = await makeBackup(tablet, 'Ola', test.info().outputPath('Ola.jobbvei.zip'));
		await other.close();

		await createProfile(page, 'Ola');
		await restoreFrom(page, file);
		await expect(said(page, 'restore_same_name', { name: 'Ola' })).toBeVisible();
		await expect(said(page, 'restore_same_name_text')).toBeVisible();
		expect(await storedAll(page, 'profiles')).toHaveLength(1);
		await button(page, nb('restore_same_no')).click();
		await expect(said(page, 'restore_done', { name: 'Ola' })).toBeVisible();
		await page.getByRole('link', { name: nb('restore_to_start') }).click();
		await startScreenReady(page);
		const people = page.getByRole('main').getByRole('listitem');
		await expect(people).toHaveCount(2);
		await expect(people.nth(0)).not.toContainText(nb('restore_from_backup_undated'));
		await expect(people.nth(1)).toContainText(new RegExp(`${escapeRegExp(nb('restore_from_backup_undated'))} .+`));

		// "Ja, samme person" instead: the comparison with the Ola here comes first.
		await restoreFrom(page, file);
		await expect(said(page, 'restore_compare_title', { name: 'Ola' })).toBeVisible();
	});

	test('axe and 48 px targets on the new restore and undo screens, in every look', async ({ page }) => {
		test.setTimeout(420_000);
		await createProfile(page, 'Nora');
		await addStep(page, 'Søke jobbsmak på Meny');
		const file = await makeBackup(page, 'Nora', test.info().outputPath('Nora.jobbvei.zip'));
		await addStep(page, 'Ringe NAV');
		const found: string[] = [];
		const targets: string[] = [];
		const check = async (label: string) => {
			await axeBothSizes(page, label, found);
			targets.push(...(await smallTargets(page)).map((s) => `${label}: ${s}`));
		};
		let current: Locale = 'nb';
		for (const { theme, locale } of [{ theme: 'default' as const, locale: 'nb' as Locale }, ...OTHER_LOOKS]) {
			await setLook(page, current, locale, theme);
			current = locale;
			await page.goto('/restore');
			await hydrated(page);
			await page.getByRole('main').locator('input[type=file]').setInputFiles(file);
			await expect(page.getByRole('list').first()).toBeVisible();
			await check(`${theme}/${locale} restore: compare with changes`);
			if (theme === 'default') await page.screenshot({ path: test.info().outputPath(`restore-compare-${locale}-390.png`), fullPage: true });
		}
		await setLook(page, current, 'nb', 'default');
		await page.goto('/restore');
		await hydrated(page);
		await page.getByLabel(nb('restore_choose')).setInputFiles(file);
		await button(page, nb('restore_replace', { name: 'Nora' })).click();
		await expect(said(page, 'restore_done', { name: 'Nora' })).toBeVisible();
		await check('restore: done with undo');
		await choose(page, 'Nora');
		await openSettings(page);
		await button(page, nb('restore_undo')).click();
		await expect(page.getByText(nb('undo_restore_ask'))).toBeVisible();
		await check('settings: undo asks');
		await page.screenshot({ path: test.info().outputPath('settings-undo-390.png'), fullPage: true });
		expect(found, found.join('\n')).toEqual([]);
		expect(targets, targets.join('\n')).toEqual([]);
	});
});
