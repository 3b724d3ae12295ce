import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, escapeRegExp } from './fixtures';
import { LOOKS, VIEWPORTS, TAGS, setLook } from './support/a11y';

/**
 * "Informasjon": every option page read as a person reads it, a hard word opened from
 * another screen and followed to "Ord og forklaringer", and axe + 48 px targets on every new screen
 * in every theme, language and viewport (pattern: a11y-interests.e2e.ts).
 */
type Text3 = Record<Locale, string>;
interface Option {
	id: string;
	title: Text3;
	sentences: Text3[];
	ask: Text3;
	roles: string[];
	words: string[];
	try: 'plan' | 'list';
}
interface Entry {
	id: string;
	term: Text3;
	explanation: Text3;
}
const data = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../src/lib/domain/info/content/${file}.json`, import.meta.url), 'utf8')) as T;
const OPTIONS = data<Option[]>('options');
const GLOSSARY = data<Entry[]>('glossary');
const word = (id: string) => GLOSSARY.find((g) => g.id === id)!;

const SCREENS = ['/info', '/info/options', '/info/option?id=vta', '/info/option?id=uforetrygd', '/info/roles', '/info/words'];

async function ready(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	if (path.endsWith('id=nothing')) await expect(page.locator('.jv-message')).toBeVisible();
	else if (path.startsWith('/info/option?')) {
		await expect(page.getByTestId('option-text')).toBeVisible();
		// One hard word open as well: its panel and its link are part of the screen.
		await page.locator('button[aria-expanded]').first().click();
		await expect(page.locator('[role="note"]:not([hidden])')).toBeVisible();
	}
}

/** Every visible tap target smaller than 48 × 48 CSS px (the skip link waits off screen). */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"]')) {
			if (!el.checkVisibility({ visibilityProperty: true })) continue;
			const box = el.getBoundingClientRect();
			if (box.bottom + scrollY <= 0) continue;
			if (box.width < 47.5 || box.height < 47.5) out.push(`${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
		}
		return out;
	});
}

test('from Home to an option: Informasjon → Hva finnes etter skolen? → VTA', async ({ page }) => {
	await createProfile(page, 'Amina');
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('info_home'))}`) }).click();
	await page.waitForURL(/\/info$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('info_title') })).toBeVisible();
	for (const key of ['info_options', 'info_roles', 'info_words']) await expect(page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb(key))}`) })).toBeVisible();
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('info_options'))}`) }).click();
	await page.waitForURL(/\/info\/options$/);
	for (const key of ['info_group_work', 'info_group_try', 'info_group_other']) await expect(page.getByRole('heading', { level: 2, name: nb(key), exact: true })).toBeVisible();
	await expect(page.locator('main a[href^="/info/option?id="]')).toHaveCount(OPTIONS.length);
	await page.getByRole('link', { name: /^VTA/ }).click();
	await page.waitForURL(/\/info\/option\?id=vta$/);
	await expect(page.getByRole('heading', { level: 1, name: 'VTA' })).toBeVisible();
});

test('every option page: heading, 3–6 sentences with read-aloud, who to ask, and "Vil du prøve dette?"', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	for (const option of OPTIONS) {
		await page.goto(`/info/option?id=${option.id}`);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: option.title.nb, exact: true })).toBeVisible();
		const body = page.getByTestId('option-text');
		await expect(body.locator('p')).toHaveText(option.sentences.map((s) => s.nb));
		await expect(body.getByRole('button', { name: nb('speak_label', { text: option.sentences.map((s) => s.nb).join(' ') }) })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: nb('info_option_ask') })).toBeVisible();
		await expect(page.getByTestId('option-ask')).toContainText(option.ask.nb);
		for (const role of option.roles) await expect(page.locator(`main a[href="/info/roles#${role}"]`)).toBeVisible();
		for (const id of option.words) await expect(page.getByRole('button', { name: new RegExp(`^${escapeRegExp(word(id).term.nb)}`) })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: nb('info_option_try') })).toBeVisible();
		const tryLink = page.getByRole('link', { name: nb(option.try === 'plan' ? 'info_option_try_plan' : 'info_option_try_list') });
		await expect(tryLink).toHaveAttribute('href', option.try === 'plan' ? '/trials/new' : '/trials');
		// Long words (Arbeidsutprøving) wrap: nothing is wider than a phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth), option.id).toBeLessThanOrEqual(390);
	}
	// An unknown id says so and leads back to the list.
	await page.goto('/info/option?id=nothing');
	await hydrated(page);
	await expect(page.getByText(nb('info_option_not_found'))).toBeVisible();
});

test('a hard word on another screen opens its glossary entry: "Om appen" → sikkerhetskopi → Ord og forklaringer', async ({ page }) => {
	await page.goto('/about');
	await hydrated(page);
	const backup = word('backup');
	await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(nb('word_backup'))}`) }).click();
	await expect(page.locator('[role="note"]:not([hidden])')).toContainText(backup.explanation.nb);
	await page.getByRole('link', { name: nb('info_word_more', { word: backup.term.nb }) }).click();
	await page.waitForURL(/\/info\/words#backup$/);
	await hydrated(page);
	const entry = page.locator('#backup');
	await expect(entry.getByRole('heading', { level: 2, name: backup.term.nb })).toBeInViewport();
	await expect(entry).toContainText(backup.explanation.nb);
	await expect(entry).toHaveAttribute('data-chosen', 'true');
	// Every word of the glossary is on the page, each with read-aloud.
	await expect(page.locator('main li[id]')).toHaveCount(GLOSSARY.length);
	// From the entry to its option page, and from a word there back to the glossary (?id= works too).
	await page.goto('/info/words?id=uforetrygd');
	await hydrated(page);
	await expect(page.locator('#uforetrygd')).toBeInViewport();
	await page.locator('#uforetrygd').getByRole('link').click();
	await page.waitForURL(/\/info\/option\?id=uforetrygd$/);
	const vta = word('vta');
	await page.getByRole('button', { name: new RegExp(`^${vta.term.nb}`) }).click();
	await expect(page.locator('[role="note"]:not([hidden])')).toContainText(vta.explanation.nb);
	await page.getByRole('link', { name: nb('info_word_more', { word: vta.term.nb }) }).click();
	await page.waitForURL(/\/info\/words#vta$/);
	await expect(page.locator('#vta')).toBeInViewport();
});

test('axe and 48 px targets: information screens in every look (themes in nb, nn and en), phone and desktop', async ({ page }) => {
	test.setTimeout(300_000);
	await createProfile(page, 'Nora');
	const found: string[] = [];
	let current: Locale = 'nb';
	for (const { theme, locale, viewports } of LOOKS) {
		await setLook(page, current, locale, theme);
		current = locale;
		for (const path of SCREENS) {
			await ready(page, path);
			for (const viewport of viewports) {
				await page.setViewportSize(viewport);
				const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
				for (const v of result.violations) found.push(`${theme}/${locale}/${viewport.width} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				for (const s of await smallTargets(page)) found.push(`${theme}/${locale}/${viewport.width} ${path}: small target ${s}`);
				if (viewport.width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits ${locale}`).toBeLessThanOrEqual(390);
			}
			await page.setViewportSize(VIEWPORTS[0]!);
		}
	}
	expect(found, found.join('\n')).toEqual([]);
});

test('look at it: information screens at phone size', async ({ page }, info) => {
	test.setTimeout(120_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	await createProfile(page, 'Nora');
	await page.screenshot({ path: info.outputPath('info-home-390.png'), fullPage: true });
	for (const [name, path] of [
		['hub', '/info'],
		['options', '/info/options'],
		['option-vta', '/info/option?id=vta'],
		['option-arbeidsutproving', '/info/option?id=arbeidsutproving'],
		['roles', '/info/roles'],
		['words', '/info/words#vta']
	] as const) {
		await ready(page, path);
		await page.screenshot({ path: info.outputPath(`info-${name}-390.png`), fullPage: true });
	}
});
