import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, nb, type Locale, APP_ORIGIN, createProfile, hydrated, personButton, startScreenReady } from './fixtures';
import { OTHER_LOOKS, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { storedAll } from './support/reflect';
import { makeBackup as makeBackupFile, mediaDigests, restoreFrom } from './support/backup';
import { noisePng } from './fixtures/noise-png';

/**
 * Backup and restore, and the home screen's backup reminder: Nora makes a backup in
 * settings, a new phone gets everything back from the file, a bad file changes nothing, and the
 * emptied-database message offers the backup right there (docs/reliability.md, "A crash can empty the database").
 */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** Text on the screen itself (the live region repeats announcements for screen readers). */
const said = (page: Page, key: string, params: Record<string, string> = {}) => page.getByRole('main').getByText(nb(key, params));

async function fillSomeAnswers(page: Page) {
	await page.goto('/me/part?id=liked_for');
	await hydrated(page);
	const cards = page.getByRole('group', { name: nb('me_part_liked_for') });
	await cards.getByRole('button', { name: nb('me_card_liked_for_kind') }).click();
	await expect(cards.getByRole('button', { name: nb('me_card_liked_for_kind') })).toHaveAttribute('aria-pressed', 'true');
	for (const part of ['important', 'support'] as const) {
		await page.goto(`/me/part?id=${part}`);
		await hydrated(page);
		const first = page.getByRole('group', { name: nb(`me_part_${part}`) }).getByRole('button').first();
		await first.click();
		await expect(first).toHaveAttribute('aria-pressed', 'true');
	}
	await page.goto('/me/part?id=liked_for');
	await hydrated(page);
	await button(page, nb('trial_text_write')).click();
	const box = page.getByRole('textbox', { name: nb('trial_text_label') });
	await box.fill('Jeg er god til å lytte.');
	await box.blur();
	// The words are written as the box is left; wait for the write before leaving the page, as a person
	// would see their words stay before moving on.
	await expect.poll(async () => (await storedAll<{ key: string }>(page, 'answers')).length).toBeGreaterThanOrEqual(4);
	await page.goto('/me/part?id=important');
	await hydrated(page);
	await button(page, nb('trial_text_write')).click();
	await page.getByRole('textbox', { name: nb('trial_text_label') }).fill('Katten min.');
	await page.getByRole('textbox', { name: nb('trial_text_label') }).blur();
	await expect.poll(async () => (await storedAll<{ key: string }>(page, 'answers')).length).toBeGreaterThanOrEqual(5);
}

/** Nora's first backup; returns where the file was saved. */
async function makeBackup(page: Page): Promise<string> {
	const path = test.info().outputPath('Nora.jobbvei.zip');
	await makeBackupFile(page, 'Nora', path, true);
	return path;
}

test.describe('backup and restore', () => {
	test('Nora backs up; a new phone gets everything back; a second restore asks, and keeps both', async ({ page, browser }) => {
		test.setTimeout(120_000);
		await createProfile(page, 'Nora');
		await fillSomeAnswers(page);
		// A photo on Om meg: the restore must bring back the very same bytes (and decode them to check).
		await page.goto('/me');
		await hydrated(page);
		await page.getByRole('region', { name: nb('me_photo_title') }).getByLabel(nb('me_photo_add')).setInputFiles({ name: 'meg.png', mimeType: 'image/png', buffer: noisePng(300, 300, 2) });
		await expect(page.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) })).toBeVisible();
		const media = await mediaDigests(page);
		expect(media.length).toBeGreaterThan(0);
		const path = await makeBackup(page);
		const zip = { name: 'Nora.jobbvei.zip', mimeType: 'application/zip', buffer: readFileSync(path) };

		// A new phone: a fresh browser with nothing stored.
		const phone = await browser.newContext({ baseURL: APP_ORIGIN, acceptDownloads: true });
		const fresh = await phone.newPage();
		await restoreFrom(fresh, zip);
		await expect(said(fresh, 'restore_done', { name: 'Nora' })).toBeVisible();
		await fresh.getByRole('link', { name: nb('restore_to_start') }).click();
		await startScreenReady(fresh);
		await personButton(fresh, 'Nora').click();
		await fresh.waitForURL(/\/home$/);
		await fresh.goto('/me');
		await hydrated(fresh);
		const liked = fresh.getByRole('region', { name: nb('me_part_liked_for') });
		await expect(liked.getByRole('listitem')).toHaveText([nb('me_card_liked_for_kind')]);
		await expect(liked.getByText('Jeg er god til å lytte.')).toBeVisible();
		await expect(fresh.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) })).toBeVisible();
		expect(await mediaDigests(fresh)).toEqual(media);

		// The same file again: Nora is here already, so the app shows what is newer where, and asks.
		await restoreFrom(fresh, zip);
		await expect(said(fresh, 'restore_compare_title', { name: 'Nora' })).toBeVisible();
		await expect(said(fresh, 'restore_nothing_newer_here')).toBeVisible();
		await button(fresh, nb('restore_keep_both')).click();
		await expect(said(fresh, 'restore_done', { name: 'Nora 2' })).toBeVisible();
		await fresh.getByRole('link', { name: nb('restore_to_start') }).click();
		await startScreenReady(fresh);
		await expect(personButton(fresh, 'Nora')).toBeVisible();
		await expect(personButton(fresh, 'Nora 2')).toBeVisible();
		await phone.close();
	});

	test('a wrong, empty or damaged file is named in easy-read and nothing changes', async ({ page }) => {
		await createProfile(page, 'Nora');
		const before = await storedAll(page, 'profiles');
		const cases = [
			{ file: { name: 'bilde.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }, title: 'restore_problem_not_jobbvei' },
			{ file: { name: 'tom.jobbvei.zip', mimeType: 'application/zip', buffer: Buffer.alloc(0) }, title: 'restore_problem_empty' },
			{ file: { name: 'brukket.jobbvei.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 this is not really a zip file at all') }, title: 'restore_problem_damaged' }
		];
		for (const { file, title } of cases) {
			await restoreFrom(page, file);
			const main = page.getByRole('main');
			await expect(main.getByText(nb(title))).toBeVisible();
			await expect(main.getByText(nb('restore_nothing_changed'), { exact: false })).toBeVisible();
			// The person can try another file at once.
			await expect(page.getByLabel(nb('restore_choose'))).toBeAttached();
		}
		expect(await storedAll(page, 'profiles')).toEqual(before);
	});

	test('the home screen reminds once there is something to lose; "Ikke nå" waits 30 days', async ({ page }) => {
		await createProfile(page, 'Nora');
		await expect(page.getByText(nb('backup_reminder_title'))).toHaveCount(0);
		await fillSomeAnswers(page);
		await page.goto('/home');
		await hydrated(page);
		const reminder = page.getByText(nb('backup_reminder_title'));
		await expect(reminder).toBeVisible();
		await button(page, nb('backup_reminder_later')).click();
		await expect(reminder).toHaveCount(0);
		await page.reload();
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(reminder).toHaveCount(0);
	});

	test('after a crash emptied the database, the message offers the backup right there', async ({ page, context }) => {
		test.setTimeout(90_000);
		await createProfile(page, 'Nora');
		await fillSomeAnswers(page);
		const path = await makeBackup(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: APP_ORIGIN, storageTypes: 'indexeddb' });
		await page.goto('/');
		await startScreenReady(page);
		await expect(page.getByText(nb('wiped_title'))).toBeVisible();
		await page.getByRole('link', { name: nb('wiped_restore') }).click();
		await page.waitForURL(/\/restore$/);
		await hydrated(page);
		await page.getByLabel(nb('restore_choose')).setInputFiles({ name: 'Nora.jobbvei.zip', mimeType: 'application/zip', buffer: readFileSync(path) });
		await expect(said(page, 'restore_done', { name: 'Nora' })).toBeVisible();
		await page.getByRole('link', { name: nb('restore_to_start') }).click();
		await startScreenReady(page);
		await expect(personButton(page, 'Nora')).toBeVisible();
		await expect(page.getByText(nb('wiped_title'))).toHaveCount(0);
		await page.reload();
		await startScreenReady(page);
		await expect(page.getByText(nb('wiped_title'))).toHaveCount(0);
	});

	test('axe and 48 px targets on every restore state, the backup section and the reminder', async ({ page }) => {
		test.setTimeout(420_000);
		await createProfile(page, 'Nora');
		await fillSomeAnswers(page);
		const found: string[] = [];
		const targets: string[] = [];
		const check = async (label: string) => {
			await axeBothSizes(page, label, found);
			targets.push(...(await smallTargets(page)).map((s) => `${label}: ${s}`));
		};
		await page.goto('/home');
		await hydrated(page);
		await expect(page.getByText(nb('backup_reminder_title'))).toBeVisible();
		await check('home with reminder');
		await page.screenshot({ path: test.info().outputPath('home-reminder-390.png'), fullPage: true });
		const path = await makeBackup(page);
		await check('settings after backup');
		await page.screenshot({ path: test.info().outputPath('settings-backup-390.png'), fullPage: true });
		const zip = { name: 'Nora.jobbvei.zip', mimeType: 'application/zip', buffer: readFileSync(path) };

		const looks = [{ theme: 'default' as const, locale: 'nb' as Locale }, ...OTHER_LOOKS];
		let current: Locale = 'nb';
		for (const { theme, locale } of looks) {
			{
				await setLook(page, current, locale, theme);
				current = locale;
				await page.goto('/restore');
				await hydrated(page);
				await check(`${theme}/${locale} restore: choose`);
				await page.getByRole('main').locator('input[type=file]').setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('hei') });
				await expect(page.getByRole('main').locator('.jv-message[data-variant="error"]')).toBeVisible();
				await check(`${theme}/${locale} restore: problem`);
				if (theme === 'default' && locale === 'nb') await page.screenshot({ path: test.info().outputPath('restore-problem-390.png'), fullPage: true });
				await page.getByRole('main').locator('input[type=file]').setInputFiles(zip);
				await expect(page.getByRole('main').locator('.jv-message[data-variant="info"]')).toBeVisible();
				await check(`${theme}/${locale} restore: compare`);
				if (theme === 'default' && locale === 'nb') await page.screenshot({ path: test.info().outputPath('restore-compare-390.png'), fullPage: true });
			}
		}
		await setLook(page, current, 'nb', 'default');
		await page.goto('/restore');
		await hydrated(page);
		await page.getByLabel(nb('restore_choose')).setInputFiles(zip);
		await button(page, nb('restore_replace', { name: 'Nora' })).click();
		await expect(said(page, 'restore_done', { name: 'Nora' })).toBeVisible();
		await check('restore: done');
		await page.screenshot({ path: test.info().outputPath('restore-done-390.png'), fullPage: true });
		await button(page, nb('restore_undo')).click();
		await expect(said(page, 'restore_undone', { name: 'Nora' })).toBeVisible();
		await check('restore: undone');
		expect(found, found.join('\n')).toEqual([]);
		expect(targets, targets.join('\n')).toEqual([]);
	});
});
