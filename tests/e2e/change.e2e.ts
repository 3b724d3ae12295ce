import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, t, nb, LOCALES, type Locale, createProfile, hydrated, profileId, escapeRegExp } from './fixtures';
import { THEMES, PHONE, TABLET, TAGS, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { seedTrial } from './support/reflect';
import { journeyScreens, openPart, seedAnswers } from './support/journeys';

/**
 * "Jeg vil prøve noe annet": Jonas works at a sheltered workplace (VTA) and wants
 * to try something else. He writes the request by keyboard only and sees the finished page for the
 * meeting with NAV and the municipality, with his job taster listed without being asked again.
 */
const SCREENS = journeyScreens('change');
const TRIED = 'Jobbsmak på Scandic Bergen';

/**
 * Axe at phone size only. Every screen gets both sizes (axeBothSizes) in bokmål; the other languages
 * change words, not layout, so they are checked where most people are, to keep the run short.
 */
async function axePhone(page: Page, label: string, found: string[]): Promise<void> {
	await page.setViewportSize(PHONE);
	const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
	for (const v of result.violations) found.push(`${label}/${PHONE.width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
	for (let i = 0; i < most && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
}

const region = (page: Page, part: string) => page.getByRole('region', { name: nb(`change_part_${part}`) });
const card = (page: Page, part: string, key: string) => page.getByRole('group', { name: nb(`change_part_${part}`) }).getByRole('button', { name: nb(key) });

async function jonas(page: Page): Promise<string> {
	await createProfile(page, 'Jonas', undefined, '', 'vta');
	const pid = await profileId(page, 'Jonas');
	await seedTrial(page, pid);
	// He has been there (told about the first day): a trial only planned is not "tried" yet.
	await seedAnswers(page, pid, { 'trials/trial1/day/2026-03-02/day': 'good' });
	return pid;
}

test.describe('Jeg vil prøve noe annet', () => {
	test('Jonas writes his change request by keyboard only and sees the finished page with his trial', async ({ page }) => {
		test.setTimeout(150_000);
		await jonas(page);
		await page.goto('/change');
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('change_title') })).toBeVisible();
		await expect(region(page, 'tried').getByText(TRIED)).toBeVisible();

		const fill = page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('change_fill'))}\\s*: ${escapeRegExp(nb('change_part_now'))}$`) });
		await tabTo(page, fill);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/change\/part\?id=now$/);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('change_part_now') })).toBeVisible();
		const vta = card(page, 'now', 'change_card_now_vta');
		await tabTo(page, vta);
		await page.keyboard.press('Space');
		await expect(vta).toHaveAttribute('aria-pressed', 'true');
		const where = page.getByRole('textbox', { name: nb('change_where') });
		await tabTo(page, where);
		await page.keyboard.type('Fretex Asker');
		await page.keyboard.press('Tab');

		const next = page.getByRole('link', { name: nb('next'), exact: true });
		await tabTo(page, next);
		await page.keyboard.press('Enter');
		await page.waitForURL(/id=want$/);
		await expect(page.getByRole('heading', { level: 1, name: nb('change_part_want') })).toBeVisible();
		await tabTo(page, card(page, 'want', 'change_card_want_vto'));
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(card(page, 'want', 'change_card_want_job_support')).toHaveAttribute('aria-pressed', 'true');

		await tabTo(page, next);
		await page.keyboard.press('Enter');
		await page.waitForURL(/id=why$/);
		await tabTo(page, card(page, 'why', 'change_card_why_bored'));
		await page.keyboard.press('Space');
		await tabTo(page, page.getByRole('button', { name: nb('trial_text_write') }));
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('textbox', { name: nb('trial_text_label') }));
		await page.keyboard.type('Jeg vil jobbe i en butikk.');
		await page.keyboard.press('Tab');

		await tabTo(page, next);
		await page.keyboard.press('Enter');
		await page.waitForURL(/id=help$/);
		await tabTo(page, card(page, 'help', 'change_card_help_job_coach'));
		await page.keyboard.press('Space');
		const done = page.getByRole('link', { name: nb('done'), exact: true });
		await tabTo(page, done);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/change$/);

		for (let round = 0; round < 2; round++) {
			await expect(page.getByText(nb('change_name_line', { name: 'Jonas' }) + ' ' + nb('change_want_line'))).toBeVisible();
			await expect(region(page, 'now').getByRole('listitem')).toHaveText([nb('change_card_now_vta'), nb('change_where_line', { where: 'Fretex Asker' })]);
			await expect(region(page, 'want').getByRole('listitem')).toHaveText([nb('change_card_want_vto'), nb('change_card_want_job_support')]);
			await expect(region(page, 'why').getByRole('listitem')).toHaveText([nb('change_card_why_bored'), /Jeg vil jobbe i en butikk\./]);
			await expect(region(page, 'tried').getByText(TRIED)).toBeVisible();
			await expect(region(page, 'help').getByRole('listitem')).toHaveText([nb('change_card_help_job_coach')]);
			await page.reload();
			await hydrated(page);
		}
	});

	test('an adult in VTA finds the change on Home, says how many days he wants to work, and the request says it', async ({ page }) => {
		await jonas(page);
		// Home leads an adult to the change first.
		await page.goto('/home');
		await hydrated(page);
		const start = page.getByRole('main').getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('change_title'))}`) });
		await expect(start).toBeVisible();
		await start.click();
		await page.waitForURL(/\/change$/);
		await hydrated(page);
		// Where he is now comes from his profile: it is not asked again.
		await expect(region(page, 'now').getByRole('listitem').first()).toContainText(nb('situation_line_vta'));

		await openPart(page, 'change', 'want');
		await card(page, 'want', 'change_card_want_ordinary_leave').click();
		const week = page.getByRole('group', { name: nb('change_days_title') });
		await week.getByRole('radio', { name: nb('change_days_choice', { count: 3 }) }).check();
		await expect(week.getByRole('radio', { name: nb('change_days_choice', { count: 3 }) })).toBeChecked();
		// The percent is for helpers: Jonas himself sees days.
		await expect(page.getByText(nb('change_days_helper_note', { percent: 60 }))).toHaveCount(0);
		await page.goto('/change');
		await hydrated(page);
		await expect(region(page, 'want').getByRole('listitem')).toHaveText([
			nb('change_card_want_ordinary_leave'),
			// The percent stands above the line, as a trial's dates do.
			new RegExp(`${escapeRegExp(nb('change_days_percent', { percent: 60 }))}\\s*${escapeRegExp(nb('change_days_line', { count: 3 }))}`)
		]);
		await expect(page.getByRole('link', { name: nb('change_share') })).toHaveAttribute('href', '/export?for=change');
	});

	test('a helper’s words are marked as the helper’s', async ({ page }) => {
		const pid = await jonas(page);
		await page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'job_coach', name: 'Anne' } })), pid);
		await openPart(page, 'change', 'help');
		await card(page, 'help', 'change_card_help_visit').click();
		await expect(page.getByTestId('answered-by')).toHaveText(nb('answered_by_helper', { helper: 'Anne, jobbspesialist' }));
		// A helper sees the working time as the percent NAV and the places use.
		await openPart(page, 'change', 'want');
		await page.getByRole('radio', { name: nb('change_days_choice', { count: 4 }) }).check();
		await expect(page.getByText(nb('change_days_helper_note', { percent: 80 }))).toBeVisible();
		await page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
		await page.goto('/change');
		await hydrated(page);
		await expect(region(page, 'help').getByText(nb('cv_by_helper', { helper: 'Anne, jobbspesialist' }))).toBeVisible();
		await expect(region(page, 'now').getByText(/Anne/)).toHaveCount(0);
	});

	test('screenshots at phone and tablet size, 48 px targets, no sideways scrolling', async ({ page }, info) => {
		test.setTimeout(120_000);
		await page.setViewportSize(PHONE);
		const pid = await jonas(page);
		await page.goto('/change');
		await hydrated(page);
		await page.screenshot({ path: info.outputPath('change-empty-390.png'), fullPage: true });
		await seedAnswers(page, pid, {
			'change/now': ['vta'],
			'change/now/where': 'Fretex Asker',
			'change/want': ['vto', 'jobbsmak'],
			'change/want/days': 3,
			'change/why': ['bored', 'more_pay'],
			'change/why/text': 'Jeg vil jobbe i en butikk.',
			'change/help': ['job_coach', 'visit']
		});
		const problems: string[] = [];
		for (const path of SCREENS) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('main')).not.toContainText(nb('change_not_found'));
			problems.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
			const name = path.replace(/[^a-z]+/g, '-');
			await page.screenshot({ path: info.outputPath(`change${name}-390.png`), fullPage: true });
			await page.setViewportSize(TABLET);
			await page.screenshot({ path: info.outputPath(`change${name}-1024.png`), fullPage: true });
			await page.setViewportSize(PHONE);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	for (const theme of THEMES) {
		// Colours change with the theme, words with the language: other themes are checked in bokmål (support/a11y OTHER_LOOKS).
		const locales: Locale[] = theme === 'default' ? LOCALES : ['nb'];
		test(`axe in the ${theme} theme and every language, empty and filled`, async ({ page }) => {
			test.setTimeout(600_000);
			const pid = await jonas(page);
			const found: string[] = [];
			let current: Locale = 'nb';
			for (const locale of locales) {
				await setLook(page, current, locale, theme);
				current = locale;
				await page.goto('/change');
				await hydrated(page);
				await expect(page.getByRole('heading', { level: 1, name: t(locale, 'change_title') })).toBeVisible();
				await (locale === 'nb' ? axeBothSizes : axePhone)(page, `${theme}/${locale} /change empty`, found);
			}
			await seedAnswers(page, pid, {
				'change/now': ['vta'],
				'change/now/where': 'Fretex Asker',
				'change/want': ['vto'],
				'change/want/days': 3,
				'change/why': ['bored'],
				'change/why/text': 'Jeg vil jobbe i en butikk.',
				'change/help': ['job_coach']
			});
			for (const locale of [...locales].reverse()) {
				await setLook(page, current, locale, theme);
				current = locale;
				for (const path of SCREENS) {
					await page.goto(path);
					await hydrated(page);
					await expect(page.getByRole('heading', { level: 1, name: path === '/change' ? t(locale, 'change_title') : /.+/ })).toBeVisible();
					await (locale === 'nb' ? axeBothSizes : axePhone)(page, `${theme}/${locale} ${path}`, found);
				}
			}
			expect(found, found.join('\n')).toEqual([]);
		});
	}
});
