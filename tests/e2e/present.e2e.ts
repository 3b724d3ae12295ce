import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, profileId } from './fixtures';
import { OTHER_LOOKS, PHONE, TABLET, setLook, axeBothSizes, smallTargets, TAGS } from './support/a11y';
import AxeBuilder from '@axe-core/playwright';
import { noisePng } from './fixtures/noise-png';
import { DAYS, answerUrl, seedAnswers, seedTrial } from './support/reflect';

/**
 * "Vis fram selv": Nora shows her own export in the meeting, one part per screen,
 * stepped with big buttons, arrow keys or a switch (Space/Enter), each part read aloud on request.
 * It uses the same choice as the export: a part or trial she did not tick never shows.
 */
const SHOTS = process.env.PRESENT_SHOTS;

/** Nora with Om meg, a photo of herself, two trials (one with a photo) and a plan; "Til møtet" ticks Om meg and the first trial. */
async function prepare(page: Page) {
	await createProfile(page, 'Nora');
	const pid = await profileId(page, 'Nora');
	await seedTrial(page, pid, 'trial1');
	await seedTrial(page, pid, 'trial2');
	await seedAnswers(page, pid, {
		'about/liked_for': ['kind', 'helpful'],
		'about/liked_for/text': 'Jeg er god til å lytte.',
		'about/important': ['animals'],
		'plan/dream_job/text': 'Jeg vil jobbe med mat.',
		'export/choice/meeting': ['about', 'trials', 'photos', 'trial:trial1']
	});
	await page.goto(answerUrl('trial1', 'day', DAYS[0], 'photos'));
	await hydrated(page);
	await page.locator('label', { hasText: nb('trial_photo_choose') }).locator('input[type=file]').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: noisePng(400, 300, 3) });
	await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 1 }) })).toBeVisible();
	await page.goto('/me');
	await hydrated(page);
	await page.getByRole('region', { name: nb('me_photo_title') }).getByLabel(nb('me_photo_add')).setInputFiles({ name: 'meg.png', mimeType: 'image/png', buffer: noisePng(300, 300, 2) });
	await expect(page.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) })).toBeVisible();
}

/** The slides "Til møtet" gives: Nora's title slide, Om meg, the one ticked trial. */
const CANTEEN = { nb: 'Kantinemedarbeider', nn: 'Kantinemedarbeidar', en: 'Canteen assistant' } as const;
const headings = (locale: Locale) => ['Nora', t(locale, 'me_title'), t(locale, 'trial_title_job_place', { job: CANTEEN[locale], place: 'Scandic Bergen' })];
const HEADINGS = headings('nb');

async function openPresent(page: Page, query = '') {
	await page.goto(`/present${query}`);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Nora' })).toBeVisible();
}

async function expectSlide(page: Page, i: number, locale: Locale = 'nb') {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings(locale)[i]!);
	await expect(page.getByTestId('present-progress')).toHaveText(t(locale, 'present_progress', { current: i + 1, total: HEADINGS.length }));
}

test.describe('Vis fram selv', () => {
	test('steps through the ticked parts with buttons and keys; an unticked part never shows; fits a tablet; axe in every look', async ({ page }) => {
		test.setTimeout(120_000);
		await prepare(page);
		await page.setViewportSize(TABLET);
		await openPresent(page, '?preset=meeting');
		const next = page.getByRole('button', { name: nb('next'), exact: true });
		const back = page.getByRole('button', { name: nb('nav_back'), exact: true });
		const live = page.locator('[role="status"][aria-live="polite"]');
		await expect(back).toHaveAttribute('aria-disabled', 'true');
		// The title slide: her photo and "Dette er meg".
		await expect(page.getByRole('img', { name: nb('me_photo_alt', { name: 'Nora' }) })).toHaveAttribute('src', /^blob:/);
		await expect(page.getByText(nb('present_hello'), { exact: true })).toBeVisible();

		// With the buttons, forward to the end: every slide has its heading, "Les opp" and no scrolling at 1024 × 768.
		for (let i = 0; i < HEADINGS.length; i++) {
			await expectSlide(page, i);
			await expect(page.getByRole('button', { name: nb('read_aloud'), exact: true })).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight), `slide ${i} scrolls`).toBeLessThanOrEqual(1);
			if (i < HEADINGS.length - 1) {
				await next.click();
				await expect(live).toHaveText(nb('present_announce', { current: i + 2, total: HEADINGS.length, title: HEADINGS[i + 1]! }));
			}
		}
		// What the slides hold: Om meg's cards and words, the trial's photo; nothing that was not ticked.
		await expect(page.getByRole('img', { name: nb('export_trial_photo_alt') })).toHaveAttribute('src', /^blob:/);
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		// At the end Neste stays where it is and does nothing: focus stays, so a switch user is not lost.
		await next.focus();
		await page.keyboard.press('Enter');
		await expectSlide(page, HEADINGS.length - 1);
		await expect(next).toBeFocused();

		// Keys: arrows and Page Up/Down step from anywhere; Space on a button presses only that button.
		await page.keyboard.press('ArrowLeft');
		await expectSlide(page, 1);
		await expect(page.getByText('Jeg er god til å lytte.')).toBeVisible();
		await expect(page.getByText(nb('me_card_liked_for_kind'))).toBeVisible();
		await page.keyboard.press('PageUp');
		await expectSlide(page, 0);
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 1);
		await back.focus();
		await page.keyboard.press('Space');
		await expectSlide(page, 0);
		// Off the buttons, Space and Enter mean "Neste" (a switch is usually one of them).
		await page.locator('main').focus();
		await page.keyboard.press('Space');
		await expectSlide(page, 1);
		await page.keyboard.press('Enter');
		await expectSlide(page, 2);
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, 2);

		// Back to the start with the button; never a plan slide, the other trial or the plan's words.
		await back.click();
		await back.click();
		await expectSlide(page, 0);
		await expect(page.getByText('Jeg vil jobbe med mat.')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: nb('plan_title') })).toHaveCount(0);

		// Full screen where the browser has it; the screen stays the same.
		const full = page.getByRole('button', { name: nb('present_fullscreen') });
		if (await full.isVisible()) {
			await full.click();
			await expect(full).toHaveAttribute('aria-pressed', 'true');
			await full.click();
			await expect(full).toHaveAttribute('aria-pressed', 'false');
		}
		// "Ferdig" goes back to the export screen, with the same recipient.
		await expect(page.getByTestId('present-done')).toHaveAttribute('href', '/export?preset=meeting');

		// axe on the first, middle and last slide at phone and desktop size; 48 px targets.
		await openPresent(page);
		const found: string[] = [];
		const targets: string[] = [];
		for (let i = 0; i < HEADINGS.length; i++) {
			await expectSlide(page, i);
			await axeBothSizes(page, `default/nb slide ${i}`, found);
			targets.push(...(await smallTargets(page)).map((s) => `slide ${i}: ${s}`));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `slide ${i} on a phone`).toBeLessThanOrEqual(PHONE.width);
			// PRESENT_SHOTS=/some/dir keeps pictures of every slide at tablet and phone size to look at.
			for (const size of SHOTS ? [TABLET, PHONE] : []) {
				await page.setViewportSize(size);
				await page.screenshot({ path: `${SHOTS}/present-${i}-${size.width}.png`, fullPage: true });
			}
			await page.keyboard.press('ArrowRight');
		}
		expect(targets, targets.join('\n')).toEqual([]);

		// Colours change with the theme and words with the language: the middle slide (symbols, words, a helper's mark) in each.
		let current: Locale = 'nb';
		for (const look of OTHER_LOOKS) {
			await setLook(page, current, look.locale, look.theme);
			current = look.locale;
			await openPresent(page);
			await page.keyboard.press('ArrowRight');
			await expectSlide(page, 1, look.locale);
			const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
			for (const v of result.violations) found.push(`${look.theme}/${look.locale}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-${look.theme}-${look.locale}.png` });
		}
		expect(found, found.join('\n')).toEqual([]);
	});
});
