import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, profileId, escapeRegExp } from './fixtures';
import { LOOKS, PHONE, TABLET, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { noisePng } from './fixtures/noise-png';
import { journeyScreens, openPart, writeOwnWords } from './support/journeys';

/**
 * "Om meg": the one-page profile Nora fills with symbol cards and her own words,
 * seen as the finished page, with a helper's answers marked as the helper's.
 */
async function openMe(page: Page) {
	await page.goto('/home');
	await hydrated(page);
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_home'))}`) }).click();
	await page.waitForURL(/\/me$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('me_title') })).toBeVisible();
}

/** Nora's profile as the e2e tests leave it: cards in every part, words in one, Kari's help in one. */
async function fillAll(page: Page) {
	await openMe(page);
	await expect(page.getByText(nb('me_filled', { count: 0 }))).toBeVisible();
	// The link says which part it fills ("Fyll ut: Det folk liker ved meg") to a screen reader.
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_fill'))}\\s*: ${escapeRegExp(nb('me_part_liked_for'))}$`) }).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('me_part_liked_for') })).toBeVisible();
	const cards = page.getByRole('group', { name: nb('me_part_liked_for') });
	await cards.getByRole('button', { name: nb('me_card_liked_for_kind') }).click();
	await cards.getByRole('button', { name: nb('me_card_liked_for_helpful') }).click();
	await cards.getByRole('button', { name: nb('me_card_liked_for_on_time') }).click();
	await expect(cards.getByRole('button', { name: nb('me_card_liked_for_helpful') })).toHaveAttribute('aria-pressed', 'true');
	// A second tap takes a card away again.
	await cards.getByRole('button', { name: nb('me_card_liked_for_on_time') }).click();
	await expect(cards.getByRole('button', { name: nb('me_card_liked_for_on_time') })).toHaveAttribute('aria-pressed', 'false');
	await writeOwnWords(page, 'Jeg er god til å lytte.');

	// "Neste" and "Ferdig" are links: everything is saved already, they only move on.
	await page.getByRole('link', { name: nb('next'), exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('me_part_important') })).toBeVisible();
	await page.getByRole('group', { name: nb('me_part_important') }).getByRole('button', { name: nb('me_card_important_animals') }).click();
	await page.getByRole('group', { name: nb('me_part_important') }).getByRole('button', { name: nb('me_card_important_music') }).click();

	// Kari, her teacher, helps with the last part: her name goes with the answer.
	const pid = await profileId(page, 'Nora');
	await page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } })), pid);
	await openPart(page, 'about', 'support');
	// Loaded straight from its address, the part shows its own symbol (not the prerendered page's).
	const symbol = page.locator('.jv-heading .jv-symbol');
	await expect(symbol).toHaveAttribute('data-symbol', 'sup_help');
	await expect(symbol).toHaveAttribute('src', '/symbols/flat/sup_help.svg');
	await page.getByRole('group', { name: nb('me_part_support') }).getByRole('button', { name: nb('me_card_support_checklist') }).click();
	await expect(page.getByTestId('answered-by')).toHaveText(nb('answered_by_helper', { helper: 'Kari, lærer' }));
	await page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
	await page.getByRole('link', { name: nb('done'), exact: true }).click();
	await page.waitForURL(/\/me$/);
}

test.describe('Om meg', () => {
	test('Nora fills the three parts with cards and her own words; the finished page shows them, also after a reload', async ({ page }) => {
		test.setTimeout(120_000);
		await createProfile(page, 'Nora');
		await fillAll(page);
		for (let round = 0; round < 2; round++) {
			await expect(page.getByText(nb('me_filled', { count: 3 }))).toBeVisible();
			const liked = page.getByRole('region', { name: nb('me_part_liked_for') });
			await expect(liked.getByRole('listitem')).toHaveText([nb('me_card_liked_for_kind'), nb('me_card_liked_for_helpful')]);
			await expect(liked.getByText('Jeg er god til å lytte.')).toBeVisible();
			await expect(page.getByRole('region', { name: nb('me_part_important') }).getByRole('listitem')).toHaveText([nb('me_card_important_animals'), nb('me_card_important_music')]);
			const support = page.getByRole('region', { name: nb('me_part_support') });
			await expect(support.getByRole('listitem')).toHaveText([nb('me_card_support_checklist')]);
			await expect(support.getByText(nb('answered_by_helper', { helper: 'Kari, lærer' }))).toBeVisible();
			// Only the helper's part says so: Nora's own parts carry no helper line.
			await expect(liked.getByText(nb('answered_by_helper', { helper: 'Kari, lærer' }))).toHaveCount(0);
			await page.reload();
			await hydrated(page);
		}
	});

	test('a photo of me: added, kept after a reload, a wrong file said in easy-read, taken away again', async ({ page }) => {
		await createProfile(page, 'Nora');
		await openMe(page);
		const photo = page.getByRole('region', { name: nb('me_photo_title') });
		await expect(photo.getByText(nb('me_photo_none'))).toBeVisible();
		// No tick at "0 av 3": nothing is done yet.
		await expect(page.locator('.jv-count [data-symbol="ui_done"]')).toHaveCount(0);
		await photo.getByLabel(nb('me_photo_add')).setInputFiles({ name: 'meg.png', mimeType: 'image/png', buffer: noisePng(600, 400, 5) });
		const img = photo.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) });
		await expect(img).toBeVisible();
		await expect(img).toHaveAttribute('src', /^blob:/);
		await page.reload();
		await hydrated(page);
		await expect(img).toBeVisible();
		// A file that is not a picture changes nothing and says why.
		await photo.getByLabel(nb('me_photo_change')).setInputFiles({ name: 'tull.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
		await expect(photo.getByText(nb('photo_not_image'))).toBeVisible();
		await expect(img).toBeVisible();
		await photo.getByRole('button', { name: nb('me_photo_remove') }).click();
		await expect(img).toHaveCount(0);
		await expect(photo.getByText(nb('me_photo_none'))).toBeVisible();
	});

	test("a helper's long sentences get a gentle easy-read hint; Nora's own words never do", async ({ page }) => {
		await createProfile(page, 'Nora');
		const long = 'Nora trenger at noen viser henne oppgaven først og så sjekker at hun har forstått alt sammen.';
		await openPart(page, 'about', 'support');
		await writeOwnWords(page, long);
		await expect(page.getByTestId('easy-read-hint')).toHaveCount(0);
		const pid = await profileId(page, 'Nora');
		await page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'job_coach', name: 'Ali' } })), pid);
		await page.reload();
		await hydrated(page);
		const box = page.getByRole('textbox', { name: nb('trial_text_label') });
		await box.fill(long + ' ');
		await box.blur();
		const hint = page.getByTestId('easy-read-hint');
		await expect(hint).toHaveText(nb('own_words_hint_long'));
		await expect(box).toHaveAccessibleDescription(new RegExp(escapeRegExp(nb('own_words_hint_long'))));
		// Not blocking: the words are saved as written.
		await box.fill('Vis meg først. Sjekk etterpå.');
		await box.blur();
		await expect(hint).toHaveCount(0);
		await page.goto('/me');
		await hydrated(page);
		await expect(page.getByRole('region', { name: nb('me_part_support') }).getByText('Vis meg først. Sjekk etterpå.')).toBeVisible();
	});

	test('a whole part by keyboard only', async ({ page }) => {
		await createProfile(page, 'Nora');
		await openPart(page, 'about', 'important');
		const family = page.getByRole('button', { name: nb('me_card_important_family') });
		for (let i = 0; i < 40 && !(await family.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(family).toBeFocused();
		await page.keyboard.press('Space');
		await expect(family).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: nb('me_card_important_friends') })).toHaveAttribute('aria-pressed', 'true');
		await page.goto('/me');
		await hydrated(page);
		await expect(page.getByRole('region', { name: nb('me_part_important') }).getByRole('listitem')).toHaveText([nb('me_card_important_family'), nb('me_card_important_friends')]);
	});

	test('axe in every theme and language, 48 px targets, screenshots at phone and tablet size', async ({ page }, info) => {
		test.setTimeout(360_000);
		await createProfile(page, 'Nora');
		const found: string[] = [];
		await page.goto('/me');
		await hydrated(page);
		await axeBothSizes(page, 'empty', found);
		await page.screenshot({ path: info.outputPath('me-empty-390.png'), fullPage: true });
		await fillAll(page);
		await page.getByRole('region', { name: nb('me_photo_title') }).getByLabel(nb('me_photo_add')).setInputFiles({ name: 'meg.png', mimeType: 'image/png', buffer: noisePng(300, 300, 2) });
		await expect(page.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) })).toBeVisible();

		const screens = journeyScreens('about');
		const problems: string[] = [];
		for (const path of screens) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			problems.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
			const name = path.replace(/[^a-z]+/g, '-');
			await page.screenshot({ path: info.outputPath(`me${name}-390.png`), fullPage: true });
			await page.setViewportSize(TABLET);
			await page.screenshot({ path: info.outputPath(`me${name}-1024.png`), fullPage: true });
			await page.setViewportSize(PHONE);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
		}
		expect(problems, problems.join('\n')).toEqual([]);

		let current: Locale = 'nb';
		for (const { theme, locale, viewports } of LOOKS) {
			await setLook(page, current, locale, theme);
			current = locale;
			for (const path of screens) {
				await page.goto(path);
				await hydrated(page);
				await expect(page.getByRole('heading', { level: 1, name: path === '/me' ? t(locale, 'me_title') : /.+/ })).toBeVisible();
				await axeBothSizes(page, `${theme}/${locale} ${path}`, found, viewports);
			}
		}
		expect(found, found.join('\n')).toEqual([]);
	});
});
