import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	t,
	nb,
	type Locale,
	createProfile,
	openSettings,
	hydrated,
	personButton,
	profileId,
	startScreenReady
} from './fixtures';
import { LOOKS, type Theme } from './support/a11y';
import { languageName } from './support/messages';
import { seed } from './support/seed';

const THEME_LABEL: Record<Theme, string> = { default: 'theme_default', dark: 'theme_dark', contrast: 'theme_contrast' };
const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The person everyone uses is "Nora"; "Kari" has a picture code, for the unlock screen. */
interface People {
	kariId: string;
}

async function tap(page: Page, labels: string[]) {
	for (const label of labels) await page.getByRole('button', { name: label, exact: true }).click();
}

/** Makes Kari (with a picture code) and Nora (active, no code), through the app's own screens. */
async function makePeople(page: Page): Promise<People> {
	await createProfile(page, 'Kari', nb('sym_pic_lion'));
	await openSettings(page);
	await page.getByRole('link', { name: nb('code_make') }).click();
	await hydrated(page);
	const code = [nb('sym_pic_rocket'), nb('sym_pic_guitar'), nb('sym_pic_umbrella')];
	await tap(page, code);
	await page.getByRole('button', { name: nb('next') }).click();
	await tap(page, code);
	await page.waitForURL(/\/settings$/);
	await expect(page.getByText(nb('code_on'))).toBeVisible();
	const kariId = await profileId(page, 'Kari');
	await createProfile(page, 'Nora', nb('sym_pic_rainbow'));
	await seed(page, await profileId(page, 'Nora'), { meetings: [A11Y_MEETING] });
	return { kariId };
}

/** A screen, how to know it has finished loading, and (optionally) a state to open first. */
interface Screen {
	path: (people: People) => string;
	label: string;
	ready: (page: Page, locale: Locale) => Promise<void>;
}

const h1 = (page: Page, text: string) => expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();

/** Nora's meeting with two parents and the coordinator's questions, for the meeting screens below. */
const A11Y_MEETING = {
	id: 'a11y-meeting',
	kind: 'transition',
	attendees: [{ role: 'parent', names: ['Mor', 'Far'] }],
	points: [],
	questions: { suggested: [], own: [] },
	wishes: [],
	callerQuestions: [{ id: 'q-1', text: 'Vil du prøve en jobb?', symbol: 'doc_work' }, { id: 'q-2', text: 'Hva liker du å gjøre?' }],
	after: { agreed: '', steps: [] },
	partsBy: {},
	answeredBy: { kind: 'self' }
};

const SCREENS: Screen[] = [
	{ label: '/profiles/new', path: () => '/profiles/new', ready: (p, l) => h1(p, t(l, 'new_title')) },
	{ label: '/home', path: () => '/home', ready: (p, l) => h1(p, t(l, 'home_title', { name: 'Nora' })) },
	{ label: '/settings', path: () => '/settings', ready: (p, l) => h1(p, t(l, 'settings_title')) },
	{ label: '/me/situation', path: () => '/me/situation', ready: (p, l) => h1(p, t(l, 'situation_title')) },
	{ label: '/settings/picture-code', path: () => '/settings/picture-code', ready: (p, l) => h1(p, t(l, 'code_setup_title')) },
	{
		label: '/settings/adult-code',
		path: () => '/settings/adult-code',
		ready: async (p, l) => {
			await h1(p, t(l, 'adult_code_make'));
			await expect(p.getByLabel(t(l, 'adult_setup_digits'))).toBeVisible();
		}
	},
	{ label: '/about', path: () => '/about', ready: (p, l) => h1(p, t(l, 'about_title')) },
	{ label: '/meeting/step?part=who', path: () => '/meeting/step?id=a11y-meeting&part=who', ready: (p, l) => h1(p, t(l, 'meeting_part_who')) },
	{ label: '/meeting/step?part=caller', path: () => '/meeting/step?id=a11y-meeting&part=caller', ready: (p, l) => h1(p, t(l, 'meeting_part_caller')) },
	{ label: '/meeting/caller', path: () => '/meeting/caller?id=a11y-meeting&q=q-1', ready: (p) => h1(p, 'Vil du prøve en jobb?') },
	{ label: '/dev/components', path: () => '/dev/components', ready: (p, l) => h1(p, t(l, 'dev_title')) },
	{
		label: '/unlock?person=…',
		path: ({ kariId }) => `/unlock?person=${encodeURIComponent(kariId)}`,
		ready: async (p, l) => {
			await h1(p, t(l, 'unlock_title', { name: 'Kari' }));
			await expect(p.getByRole('button', { name: t(l, 'sym_pic_cat'), exact: true })).toBeVisible();
		}
	},
	// Last: the start screen signs the person out.
	{ label: '/', path: () => '/', ready: (p, l) => startScreenReady(p, l) }
];

/** Signs Nora in again (the start screen signed her out) and opens settings. */
async function asNora(page: Page, locale: Locale) {
	await page.goto('/');
	await startScreenReady(page, locale);
	await personButton(page, 'Nora').click();
	await h1(page, t(locale, 'home_title', { name: 'Nora' }));
	await openSettings(page, locale);
}

/** Changes language and theme through the settings screen, like a person would. */
async function useLook(page: Page, from: Locale, locale: Locale, theme: Theme) {
	await asNora(page, from);
	if (from !== locale) {
		await page
			.getByRole('group', { name: t(from, 'settings_language') })
			.getByRole('radio', { name: languageName(locale), exact: true })
			.check();
		await h1(page, t(locale, 'settings_title'));
	}
	await page
		.getByRole('group', { name: t(locale, 'settings_theme') })
		.getByRole('radio', { name: t(locale, THEME_LABEL[theme]), exact: true })
		.check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

interface Found {
	where: string;
	id: string;
	impact: string;
	help: string;
	targets: string[];
}

async function audit(page: Page, where: string, found: Found[]) {
	// Legacy mode runs axe in the page itself: the app has no iframes, and the default mode opens an
	// extra blank page for every run (3× slower on these 2-core machines). Only violations are needed.
	const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
	for (const v of result.violations) {
		found.push({
			where,
			id: v.id,
			impact: v.impact ?? '',
			help: v.help,
			targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`)
		});
	}
}

function report(found: Found[]): string {
	return found.map((f) => `${f.where}: ${f.id} (${f.impact}) ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
}

// One set-up, then every look: the default theme in bokmål at both sizes, the other themes in bokmål
// and the other languages in the default theme on a phone (support/a11y.ts LOOKS).
test('axe: every screen in every look (themes in nb, nn and en), phone and desktop', async ({ page }) => {
	// About a minute on an idle 2-core machine; generous, because CI machines are often shared.
	test.setTimeout(420_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	const people = await makePeople(page);
	const found: Found[] = [];
	let current: Locale = 'nb';
	for (const { theme, locale, viewports } of LOOKS) {
		await useLook(page, current, locale, theme);
		current = locale;
		for (const screen of SCREENS) {
			await page.goto(screen.path(people));
			await hydrated(page);
			await screen.ready(page, locale);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			for (const viewport of viewports) {
				await page.setViewportSize(viewport);
				await audit(page, `${theme}/${locale}/${viewport.width}×${viewport.height} ${screen.label}`, found);
			}
			await page.setViewportSize(VIEWPORTS[0]!);
			if (screen.label === '/profiles/new') {
				// Step 2 of the same screen: the picture choices and the photo button.
				await page.getByRole('textbox', { name: t(locale, 'new_name_label') }).fill('Test');
				await page.getByRole('button', { name: t(locale, 'next') }).click();
				await expect(page.getByRole('group', { name: t(locale, 'new_picture_label') })).toBeVisible();
				for (const viewport of viewports) {
					await page.setViewportSize(viewport);
					await audit(page, `${theme}/${locale}/${viewport.width}×${viewport.height} /profiles/new (step 2)`, found);
				}
				await page.setViewportSize(VIEWPORTS[0]!);
				// Step 3: where the person is now.
				await page.getByRole('button', { name: t(locale, 'next') }).click();
				await page.getByRole('radio', { name: t(locale, 'situation_vta') }).check();
				for (const viewport of viewports) {
					await page.setViewportSize(viewport);
					await audit(page, `${theme}/${locale}/${viewport.width}×${viewport.height} /profiles/new (step 3)`, found);
				}
				await page.setViewportSize(VIEWPORTS[0]!);
			}
		}
	}
	expect(found, `axe violations:\n${report(found)}`).toEqual([]);
});

/** Every visible thing a finger can tap, with its box. */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], label:has(input)';
		const small: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
			// An input inside its label is tapped through the label, which is measured instead.
			if (el.tagName === 'INPUT' && el.closest('label')) continue;
			let box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			// A skip link waits off screen until it gets focus: measure it as it is then.
			if (box.bottom + scrollY <= 0 || box.right + scrollX <= 0) {
				el.focus();
				box = el.getBoundingClientRect();
				el.blur();
				if (box.bottom + scrollY <= 0 || box.right + scrollX <= 0) continue;
			}
			if (box.width < 47.5 || box.height < 47.5) {
				const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
				small.push(`<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${name}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
			}
		}
		return small;
	});
}

test('every tap target is at least 48 × 48 CSS px on a phone (default theme, bokmål)', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const people = await makePeople(page);
	await asNora(page, 'nb');
	const problems: string[] = [];
	const measure = async (where: string) => {
		for (const s of await smallTargets(page)) problems.push(`${where}: ${s}`);
	};
	for (const screen of SCREENS) {
		await page.goto(screen.path(people));
		await hydrated(page);
		await screen.ready(page, 'nb');
		await measure(screen.label);
		// Open what a tap opens, and measure that too.
		if (screen.label === '/profiles/new') {
			await page.getByRole('textbox', { name: nb('new_name_label') }).fill('Test');
			await page.getByRole('button', { name: nb('next') }).click();
			await expect(page.getByRole('group', { name: nb('new_picture_label') })).toBeVisible();
			await measure('/profiles/new (step 2)');
			await page.getByRole('button', { name: nb('next') }).click();
			await expect(page.getByRole('group', { name: nb('situation_title') })).toBeVisible();
			await measure('/profiles/new (step 3)');
		} else if (screen.label === '/home') {
			await page.getByRole('button', { name: nb('helper_change') }).click();
			await page.getByRole('radio', { name: nb('helper_teacher') }).check();
			await expect(page.getByRole('textbox', { name: nb('helper_name_label') })).toBeVisible();
			await measure('/home (helper open)');
		} else if (screen.label === '/settings') {
			await page.getByRole('button', { name: nb('settings_delete'), exact: true }).click();
			await expect(page.getByRole('button', { name: nb('delete_no') })).toBeVisible();
			await measure('/settings (delete asked)');
		} else if (screen.label === '/about') {
			await page.getByRole('button', { name: new RegExp(`^${nb('word_backup')}`) }).click();
			await expect(page.getByText(nb('word_backup_explained'))).toBeVisible();
			await measure('/about (word explained)');
		} else if (screen.label.startsWith('/unlock')) {
			await page.getByRole('button', { name: nb('unlock_forgot') }).click();
			await expect(page.getByRole('button', { name: nb('unlock_remove_code') })).toBeVisible();
			await measure('/unlock (forgot open)');
		}
	}
	expect(problems, `targets smaller than 48 × 48:\n${problems.join('\n')}`).toEqual([]);
});

test('right-to-left: Back sits at the start (right), and the top bar buttons never overlap', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await createProfile(page, 'Nora');
	const back = page.getByRole('link', { name: nb('nav_back') });
	const home = page.getByRole('link', { name: nb('nav_home') });
	const ltrBack = (await back.boundingBox())!;
	const ltrHome = (await home.boundingBox())!;
	expect(ltrBack.x + ltrBack.width).toBeLessThanOrEqual(ltrHome.x + 0.5);

	await page.evaluate(() => (document.documentElement.dir = 'rtl'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect
		.poll(async () => {
			const b = (await back.boundingBox())!;
			const h = (await home.boundingBox())!;
			return b.x >= h.x + h.width - 0.5;
		})
		.toBe(true);

	const boxes = await page.getByRole('navigation', { name: nb('nav_label') }).evaluate((nav) =>
		[...nav.querySelectorAll<HTMLElement>('a, button')].map((el) => {
			const r = el.getBoundingClientRect();
			return { name: el.textContent?.trim() ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
		})
	);
	expect(boxes.length).toBeGreaterThanOrEqual(4);
	const overlaps: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
			const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
			if (w > 0.5 && h > 0.5) overlaps.push(`${a.name} × ${b.name}`);
		}
	}
	expect(overlaps).toEqual([]);
	// "Les opp" and "Bytt person" are at the end: on the left in right-to-left.
	const switchBox = (await page.getByRole('link', { name: nb('nav_switch_person') }).boundingBox())!;
	expect(switchBox.x).toBeLessThan((await home.boundingBox())!.x);
});
