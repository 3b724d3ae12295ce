import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, profileId } from './fixtures';
import { LOOKS, VIEWPORTS, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { seedAnswers } from './support/reflect';
import { nextMonth, quickTrial } from './support/trials';

/**
 * axe and tap-target checks for every jobbsmak screen, in every theme and language, on a
 * phone and a desktop. Shared with the reflection screens (/trials/answer): each adds its screens
 * to SCREENS. Several screens per test keep it fast: the person and trials are made once per theme.
 */

interface Screen {
	name: string;
	/** Opens the screen in its state; `ids` are the two trials made for the test. */
	open: (page: Page, ids: string[]) => Promise<void>;
}

/** A plan screen part-way through "Planlegg": the step and draft a reload would resume. */
async function planStep(page: Page, step: number) {
	await page.goto('/home');
	await hydrated(page);
	await page.evaluate(
		([step, month]) => {
			sessionStorage.setItem('jobbvei:new-trial-step', String(step));
			sessionStorage.setItem('jobbvei:new-trial', JSON.stringify({ kind: 'jobbsmak', days: [`${month}-10`, `${month}-11`], findOut: 'om jeg liker det' }));
		},
		[step, nextMonth()] as const
	);
	await page.goto('/trials/new');
	await hydrated(page);
	await expect(page.getByRole('button', { name: /.+/ }).last()).toBeEnabled();
}

async function at(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const SCREENS: Screen[] = [
	{
		name: 'list',
		open: async (page) => {
			await at(page, '/trials');
			await expect(page.getByRole('article')).toHaveCount(2);
		}
	},
	{
		name: 'list, asking before delete',
		open: async (page) => {
			await at(page, '/trials');
			await page.getByRole('article').first().getByRole('button', { name: /.+/ }).last().click();
			await expect(page.getByRole('article').first().getByRole('button')).toHaveCount(3 + 1);
		}
	},
	{ name: 'plan: kind', open: (page) => planStep(page, 1) },
	{ name: 'plan: job', open: (page) => planStep(page, 2) },
	{
		name: 'plan: days',
		open: async (page) => {
			await planStep(page, 4);
			await expect(page.locator('[aria-pressed="true"][data-day]').first()).toBeAttached();
			// The keyboard hint shows while the month has focus: part of the screen too.
			await page.locator('[data-day][tabindex="0"]').focus();
		}
	},
	{ name: 'plan: time', open: (page) => planStep(page, 5) },
	{ name: 'plan: find out', open: (page) => planStep(page, 9) },
	{
		name: 'trial',
		open: async (page, ids) => {
			await at(page, `/trials/trial?id=${ids[0]}`);
			await expect(page.locator('dl')).toBeVisible();
		}
	},
	{
		name: 'compare: choose',
		open: async (page) => {
			await at(page, '/trials/compare');
			await page.getByRole('checkbox').first().check();
		}
	},
	{
		name: 'compare: side by side',
		open: async (page, ids) => {
			await at(page, `/trials/compare?ids=${ids.join(',')}`);
			await expect(page.getByRole('article')).toHaveCount(2);
			// What both trials share comes first: inside, a checklist helped.
			await expect(page.locator('#same-title')).toBeVisible();
			await expect(page.locator('.jv-same li')).toHaveCount(2);
		}
	}
];

async function makeTrials(page: Page): Promise<string[]> {
	const ids: string[] = [];
	await quickTrial(page, nb('trial_kind_jobbsmak'), [3, 4, 5]);
	ids.push(new URL(page.url()).searchParams.get('id')!);
	await quickTrial(page, nb('trial_kind_hospitering'), [17]);
	ids.push(new URL(page.url()).searchParams.get('id')!);
	// A day of each answered alike, so the trial page has a summary and the comparison says what is the same.
	const month = nextMonth();
	const days = [`${month}-03`, `${month}-17`];
	await seedAnswers(
		page,
		await profileId(page, 'Nora'),
		Object.fromEntries(
			ids.flatMap((id, i) => [
				[`trials/${id}/day/${days[i]}/day`, 'good'],
				[`trials/${id}/day/${days[i]}/place`, ['cond_indoors']],
				[`trials/${id}/day/${days[i]}/help`, ['checklist']]
			])
		)
	);
	return ids;
}

test('axe: jobbsmak screens in every look (themes in nb, nn and en), phone and desktop', async ({ page }) => {
	test.setTimeout(600_000);
	await createProfile(page, 'Nora');
	const found: string[] = [];
	// The empty list (what a person sees first) and the home card.
	await at(page, '/trials');
	await axeBothSizes(page, 'default/nb empty list', found);
	const ids = await makeTrials(page);
	let current: Locale = 'nb';
	for (const { theme, locale, viewports } of LOOKS) {
		await setLook(page, current, locale, theme);
		current = locale;
		for (const screen of SCREENS) {
			await screen.open(page, ids);
			await axeBothSizes(page, `${theme}/${locale} ${screen.name}`, found, viewports);
		}
	}
	expect(found, found.join('\n')).toEqual([]);
});

test('jobbsmak: every tap target is at least 48 × 48 on a phone; screenshots', async ({ page }, info) => {
	test.setTimeout(300_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	await createProfile(page, 'Nora');
	const problems: string[] = [];
	await at(page, '/trials');
	problems.push(...(await smallTargets(page)).map((s) => `empty list: ${s}`));
	await page.screenshot({ path: info.outputPath('trials-empty-390.png'), fullPage: true });
	const ids = await makeTrials(page);
	for (const screen of SCREENS) {
		await screen.open(page, ids);
		problems.push(...(await smallTargets(page)).map((s) => `${screen.name}: ${s}`));
		await page.screenshot({ path: info.outputPath(`trials-${screen.name.replace(/[^a-z]+/g, '-')}-390.png`), fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth), screen.name).toBeLessThanOrEqual(390);
	}
	expect(problems, problems.join('\n')).toEqual([]);
});
