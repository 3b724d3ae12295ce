import { test, expect, nb, t, createProfile, openSettings, hydrated, storedProfiles } from './fixtures';
import { languageName } from './support/messages';
import type { Page } from '@playwright/test';

function radio(page: Page, group: string, name: string) {
	return page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });
}

test('language changes at once, without a reload, and is kept', async ({ page }) => {
	await createProfile(page, 'Nora');
	await openSettings(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	// A marker on window: if the page reloaded, it would be gone.
	await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'still here'));

	// Language names are written in their own language, and so are their radio names.
	await radio(page, nb('settings_language'), languageName('nn')).check();
	await expect(page.getByRole('heading', { level: 1, name: t('nn', 'settings_title') })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: t('nn', 'settings_code') })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.getByRole('link', { name: t('nn', 'nav_switch_person') })).toBeVisible();

	await radio(page, t('nn', 'settings_language'), languageName('en')).check();
	await expect(page.getByRole('heading', { level: 1, name: t('en', 'settings_title') })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: t('en', 'read_aloud'), exact: true })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('still here');
	await expect(radio(page, t('en', 'settings_language'), languageName('en'))).toBeChecked();
	// Its radio label says which language it is in, for screen readers.
	await expect(page.locator('label[lang="nn"]')).toHaveText(languageName('nn'));

	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: t('en', 'settings_title') })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(radio(page, t('en', 'settings_language'), languageName('en'))).toBeChecked();
	expect((await storedProfiles(page))[0]?.locale).toBe('en');

	// The start screen is in the last language used, too.
	await page.getByRole('link', { name: t('en', 'nav_switch_person') }).click();
	await expect(page.getByRole('heading', { level: 1, name: t('en', 'start_title') })).toBeVisible();
});

test('themes, text size and reading speed', async ({ page }) => {
	await createProfile(page, 'Jonas');
	await openSettings(page);
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-theme', 'default');

	await radio(page, nb('settings_theme'), nb('theme_dark')).check();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(darkBackground).toBe('rgb(18, 20, 23)');

	await radio(page, nb('settings_theme'), nb('theme_contrast')).check();
	await expect(html).toHaveAttribute('data-theme', 'contrast');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
	// High-contrast symbols are drawn from their own set.
	await expect(page.locator('svg.jv-symbol use').first()).toHaveAttribute('href', /^\/symbols\/hc\.svg#[a-z0-9_]+$/);
	// …from the one sprite, and actually drawn (a missing drawing has no size).
	await expect.poll(() => page.locator('svg.jv-symbol use').first().evaluate((use) => (use as SVGUseElement).getBBox().width)).toBeGreaterThan(0);

	await radio(page, nb('settings_text_size'), nb('text_size_4')).check();
	await expect(html).toHaveAttribute('data-text-size', '4');
	await expect(page.locator('body')).toHaveCSS('font-size', '32px');

	await radio(page, nb('settings_speech'), nb('speed_slow')).check();
	await expect(radio(page, nb('settings_speech'), nb('speed_slow'))).toBeChecked();
	await expect.poll(async () => (await storedProfiles(page))[0]?.settings).toEqual({
		theme: 'contrast',
		textSize: 4,
		speechRate: 'slow'
	});

	// All kept after a reload, and painted before any script runs (the boot script in app.html): check the raw HTML attributes
	// as soon as the document is parsed.
	await page.reload({ waitUntil: 'domcontentloaded' });
	await expect(html).toHaveAttribute('data-theme', 'contrast');
	await expect(html).toHaveAttribute('data-text-size', '4');
	await hydrated(page);
	await expect(page.locator('body')).toHaveCSS('font-size', '32px');
	await expect(radio(page, nb('settings_theme'), nb('theme_contrast'))).toBeChecked();
	await expect(radio(page, nb('settings_text_size'), nb('text_size_4'))).toBeChecked();
	await expect(radio(page, nb('settings_speech'), nb('speed_slow'))).toBeChecked();

	await radio(page, nb('settings_speech'), nb('speed_fast')).check();
	await radio(page, nb('settings_text_size'), nb('text_size_1')).check();
	await expect(page.locator('body')).toHaveCSS('font-size', '18px');
	await page.reload();
	await hydrated(page);
	await expect(radio(page, nb('settings_speech'), nb('speed_fast'))).toBeChecked();
	await expect(radio(page, nb('settings_speech'), nb('speed_slow'))).not.toBeChecked();
});

test("each person keeps their own look", async ({ page }) => {
	await createProfile(page, 'Ada');
	await openSettings(page);
	await radio(page, nb('settings_theme'), nb('theme_dark')).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await createProfile(page, 'Ben');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'default');
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await page.getByRole('button', { name: 'Ada', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
