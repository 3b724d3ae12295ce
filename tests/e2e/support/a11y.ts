import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { hydrated, openSettings } from '../fixtures';
import { languageName, t, type Locale } from './messages';

/**
 * What every screen is checked against (docs/easy-read.md, "Contrast and themes"; WCAG 2.2 AA plus AAA contrast): the themes,
 * the viewports, axe's rule tags, and 48 × 48 px tap targets. One copy for every a11y test file.
 */
export const THEMES = ['default', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
const THEME_LABEL = { default: 'theme_default', dark: 'theme_dark', contrast: 'theme_contrast' } as const;
export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 1024, height: 768 };
export const DESKTOP = { width: 1280, height: 800 };
/** The two sizes every screen is checked at: a phone first (where most people are), then a desktop. */
export const VIEWPORTS = [PHONE, DESKTOP];
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The looks each new screen is checked in besides the default theme in bokmål: colours change with
 * the theme, words and their length with the language, so every theme is checked in bokmål and every
 * other language in the default theme (4 looks instead of 8 more; the suite runs on 2 cores in CI).
 */
export const OTHER_LOOKS: readonly { theme: Theme; locale: Locale }[] = [
	{ theme: 'dark', locale: 'nb' },
	{ theme: 'contrast', locale: 'nb' },
	{ theme: 'default', locale: 'nn' },
	{ theme: 'default', locale: 'en' }
];

/**
 * Every look the many-screen a11y files run through in one test (one set-up, not one per theme):
 * the default theme in bokmål at both sizes, then OTHER_LOOKS on a phone, where space is tightest.
 */
export const LOOKS: readonly { theme: Theme; locale: Locale; viewports: readonly { width: number; height: number }[] }[] = [
	{ theme: 'default', locale: 'nb', viewports: VIEWPORTS },
	...OTHER_LOOKS.map((look) => ({ ...look, viewports: [PHONE] }))
];

/** Switches language (from the one showing) and theme in Innstillinger, reached from Home as a person does. */
export async function setLook(page: Page, from: Locale, locale: Locale, theme: Theme): Promise<void> {
	await page.goto('/home');
	await hydrated(page);
	await openSettings(page, from);
	if (from !== locale) {
		await page.getByRole('group', { name: t(from, 'settings_language') }).getByRole('radio', { name: languageName(locale), exact: true }).check();
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
	}
	await page.getByRole('group', { name: t(locale, 'settings_theme') }).getByRole('radio', { name: t(locale, THEME_LABEL[theme]), exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Runs axe on the screen as it is, on a phone and a desktop; violations are added to `found`. */
export async function axeBothSizes(page: Page, label: string, found: string[], viewports: readonly { width: number; height: number }[] = VIEWPORTS): Promise<void> {
	for (const viewport of viewports) {
		await page.setViewportSize(viewport);
		const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
		for (const v of result.violations) found.push(`${label}/${viewport.width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}
	await page.setViewportSize(PHONE);
}

/** Every visible control smaller than 48 × 48 px (inputs inside a bigger label count as the label). */
export async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"]')) {
			if (!el.checkVisibility({ visibilityProperty: true })) continue;
			if (el.tagName === 'INPUT' && el.closest('label, .jv-choice')) continue;
			const box = el.getBoundingClientRect();
			if (box.bottom + scrollY <= 0) continue; // the skip link waits off screen
			if (box.width < 47.5 || box.height < 47.5) out.push(`${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
		}
		return out;
	});
}
