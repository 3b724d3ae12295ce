import { test, expect, nb, hydrated, startScreenReady } from './fixtures';
import { expectFocusVisible, tabThrough, tabTo } from './support/keyboard';

test('keyboard only: make a person, then walk /home and /settings and change the theme with arrow keys', async ({ page }) => {
	await page.goto('/');
	await startScreenReady(page);

	// "/" → "Ny person" with Tab and Enter.
	const newPerson = page.getByRole('link', { name: nb('start_new_person') });
	await tabTo(page, newPerson);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/profiles\/new$/);
	await hydrated(page);
	await expect(page.getByRole('button', { name: nb('next') })).toBeEnabled();

	const name = page.getByRole('textbox', { name: nb('new_name_label') });
	await tabTo(page, name);
	await page.keyboard.type('Nora');
	await page.keyboard.press('Enter');

	// Step 2: the pictures are radio buttons; arrow keys move between them and choose.
	const pictures = page.getByRole('group', { name: nb('new_picture_label') });
	await expect(pictures).toBeVisible();
	const first = pictures.getByRole('radio', { name: nb('sym_pic_cat'), exact: true });
	await tabTo(page, first);
	await expect(first).toBeChecked();
	await page.keyboard.press('ArrowRight');
	const second = pictures.getByRole('radio', { name: nb('sym_pic_fish'), exact: true });
	await expect(second).toBeChecked();
	await expect(second).toBeFocused();
	await expectFocusVisible(page);
	await page.keyboard.press('ArrowRight');
	const third = pictures.getByRole('radio', { name: nb('sym_pic_apple'), exact: true });
	await expect(third).toBeChecked();

	await tabTo(page, page.getByRole('button', { name: nb('next') }));
	await page.keyboard.press('Enter');

	// Step 3: where the person is now, radio buttons again; Space chooses.
	const where = page.getByRole('group', { name: nb('situation_title') });
	await expect(where).toBeVisible();
	const school = where.getByRole('radio', { name: nb('situation_school') });
	await tabTo(page, school);
	await page.keyboard.press('Space');
	await expect(school).toBeChecked();
	const done = page.getByRole('button', { name: nb('done') });
	await tabTo(page, done);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/home$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Nora' }) })).toBeVisible();

	// Every stop on /home shows where focus is.
	const homeStops = await tabThrough(page);
	expect(homeStops.length).toBeGreaterThanOrEqual(6);
	expect(homeStops.join('\n')).toContain(nb('skip_to_main'));
	expect(homeStops.join('\n')).toContain(nb('nav_switch_person'));

	// To settings by keyboard.
	const settingsCard = page.getByRole('link', { name: new RegExp(`^${nb('home_settings')}`) });
	await tabTo(page, settingsCard);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/settings$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('settings_title') })).toBeVisible();

	const settingsStops = await tabThrough(page, 120);
	expect(settingsStops.length).toBeGreaterThanOrEqual(15);
	// One stop per radio group (the checked one), as for native radios.
	expect(settingsStops.filter((s) => s.startsWith('<input type=radio')).length).toBe(4);

	// Theme with arrow keys: "Vanlig" → "Mørk" → "Sterk kontrast".
	const themes = page.getByRole('group', { name: nb('settings_theme') });
	const normal = themes.getByRole('radio', { name: nb('theme_default'), exact: true });
	await tabTo(page, normal, 120);
	await page.keyboard.press('ArrowRight');
	await expect(themes.getByRole('radio', { name: nb('theme_dark'), exact: true })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expectFocusVisible(page);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await expectFocusVisible(page);

	// The focus ring is still visible in the new theme, on every stop.
	await tabThrough(page, 120);
});

test('the skip link jumps to the main content', async ({ page }) => {
	await page.goto('/about');
	await hydrated(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: nb('skip_to_main') });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await expectFocusVisible(page);
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// The next Tab lands inside main, not in the top bar.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});
