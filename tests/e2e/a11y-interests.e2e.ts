import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated } from './fixtures';
import { LOOKS, VIEWPORTS, setLook, axeBothSizes } from './support/a11y';

/**
 * axe and tap-target checks for every screen of "Hva vil jeg jobbe med?", in every theme and
 * language, on a phone and a desktop. The foundation's screens are in a11y.e2e.ts.
 */
const SCREENS = ['/interests', '/interests/sort', '/interests/results', '/interests/job?id=stable_hand', '/interests/job?id=municipal_outdoor_crew', '/interests/compare', '/interests/import'];

/** Nora has sorted every card once (keys only), so the results board is full. */
async function sortEverything(page: Page) {
	await page.goto('/interests/sort');
	await hydrated(page);
	const card = page.getByTestId('sort-card');
	// The cards come after the person's saved answers are read; counting before that finds none.
	await expect(card).toBeVisible();
	for (let i = 0; i < 200 && (await card.count()) > 0; i++) {
		const before = await card.getAttribute('aria-label');
		await page.keyboard.press(String(1 + (i % 3)));
		await expect(card.or(page.getByRole('button', { name: nb('sort_see_results') }))).not.toHaveAttribute('aria-label', before ?? '');
	}
	await page.getByRole('button', { name: nb('sort_see_results') }).click();
	await page.waitForURL(/\/interests\/results$/);
	await page.getByRole('article').first().getByRole('button', { name: nb('star_add') }).click();
}

async function ready(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	if (path === '/interests/sort') await expect(page.getByTestId('sort-card')).toBeVisible();
	if (path === '/interests/results') await expect(page.getByRole('article').first()).toBeVisible();
	if (path.startsWith('/interests/job')) await expect(page.getByRole('button', { name: /.+/ }).last()).toBeVisible();
}

test('axe: interests screens in every look (themes in nb, nn and en), phone and desktop', async ({ page }) => {
	test.setTimeout(360_000);
	await createProfile(page, 'Nora');
	await sortEverything(page);
	const found: string[] = [];
	let current: Locale = 'nb';
	for (const { theme, locale, viewports } of LOOKS) {
		await setLook(page, current, locale, theme);
		current = locale;
		for (const path of SCREENS) {
			await ready(page, path);
			if (path === '/interests/results') {
				// Open the move menu of one card as well: it is part of the board.
				await page.locator('[data-pile] button[aria-expanded]').first().click();
			}
			await axeBothSizes(page, `${theme}/${locale} ${path}`, found, viewports);
		}
	}
	expect(found, found.join('\n')).toEqual([]);
});

test('interests: every tap target is at least 48 × 48 on a phone', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	await createProfile(page, 'Nora');
	await sortEverything(page);
	const problems: string[] = [];
	for (const path of SCREENS) {
		await ready(page, path);
		if (path === '/interests/results') await page.locator('[data-pile] button[aria-expanded]').first().click();
		const small = await page.evaluate(() => {
			const out: string[] = [];
			for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"]')) {
				if (!el.checkVisibility({ visibilityProperty: true })) continue;
				if (el.tagName === 'INPUT' && el.closest('label')) continue;
				const box = el.getBoundingClientRect();
				if (box.bottom + scrollY <= 0) continue; // the skip link waits off screen
				if (box.width < 47.5 || box.height < 47.5) out.push(`${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
			}
			return out;
		});
		problems.push(...small.map((s) => `${path}: ${s}`));
	}
	expect(problems, problems.join('\n')).toEqual([]);
});

test('look at it: card and results screens at phone size', async ({ page }, info) => {
	test.setTimeout(120_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	await createProfile(page, 'Nora');
	await page.goto('/interests/sort');
	await hydrated(page);
	await expect(page.getByTestId('sort-card')).toBeVisible();
	await page.screenshot({ path: info.outputPath('interests-card-390.png'), fullPage: true });
	await sortEverything(page);
	await page.screenshot({ path: info.outputPath('interests-results-390.png') });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
