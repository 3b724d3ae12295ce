import type { Locator, Page } from '@playwright/test';
import { test, expect, nb, hydrated, startScreenReady } from './fixtures';

/**
 * What has keyboard focus, and whether a sighted keyboard user can see it: the focused element (or
 * the card drawn around it, for the invisible radio inputs) has an outline or a box-shadow ring and
 * is not transparent.
 */
async function focusState(page: Page): Promise<{ visible: boolean; what: string }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body || el === document.documentElement) return { visible: false, what: 'body' };
		const name = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '')
			.trim()
			.replace(/\s+/g, ' ')
			.slice(0, 50);
		const what = `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> "${name}"`;
		const opacity = (node: Element | null): number => {
			let o = 1;
			for (let n = node; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
			return o;
		};
		let node: Element | null = el;
		for (let depth = 0; depth < 3 && node; depth++, node = node.parentElement) {
			const style = getComputedStyle(node);
			const ring =
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== '');
			if (ring && opacity(node) > 0.1) return { visible: true, what };
		}
		return { visible: false, what };
	});
}

async function expectFocusVisible(page: Page) {
	const state = await focusState(page);
	expect(state.visible, `focus must be visible on ${state.what}`).toBe(true);
	return state.what;
}

/** Presses Tab until `target` has focus, checking the focus ring at every stop. */
async function tabTo(page: Page, target: Locator, maxStops = 60) {
	for (let i = 0; i < maxStops; i++) {
		await page.keyboard.press('Tab');
		await expectFocusVisible(page);
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Tabs through the whole page once and returns what got focus, in order. */
async function tabThrough(page: Page, maxStops = 80): Promise<string[]> {
	const seen: string[] = [];
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (let i = 0; i < maxStops; i++) {
		await page.keyboard.press('Tab');
		const state = await focusState(page);
		if (state.what === 'body') break; // past the last element: focus left the page
		expect(state.visible, `focus must be visible on ${state.what}`).toBe(true);
		if (seen.length > 0 && state.what === seen[0]) break;
		seen.push(state.what);
	}
	return seen;
}

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
