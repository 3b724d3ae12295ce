import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, profileId, escapeRegExp } from './fixtures';
import { LOOKS, PHONE, TABLET, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { journeyScreens, openPart, partUrl, seedAnswers, seedRecords } from './support/journeys';

/**
 * "Min CV": Nora has filled Om meg and done two job tasters. Her CV is built from
 * them without asking again; she changes one line, hides one, adds her school and a job of her own.
 */
const CAFE = 'Jobbsmak på Kafé Mix';
const HOTEL = 'Jobbsmak på Scandic Bergen som romassistent på hotell';
const SCREENS = [...journeyScreens('cv'), '/cv/entry?kind=job', '/cv/entry?kind=reference'];

/** Two trials as trials-repo.ts createTrial stores them: a café for a day and a hotel for two. */
function seedTrials(page: Page, pid: string): Promise<void> {
	return seedRecords(page, 'trials', pid, [
		{ id: 'cafe', kind: 'jobbsmak', workplace: 'Kafé Mix', days: ['2026-03-02'], ownTasks: [] },
		{
			id: 'hotel',
			kind: 'jobbsmak',
			job: { kind: 'catalogue', jobId: 'hotel_room_attendant' },
			workplace: 'Scandic Bergen',
			days: ['2026-04-13', '2026-04-14'],
			ownTasks: [{ id: 'own_1', label: 'Re senger' }]
		}
	]);
}

/** Nora with Om meg filled and two trials answered, ready for her CV. */
async function nora(page: Page): Promise<string> {
	await createProfile(page, 'Nora');
	const pid = await profileId(page, 'Nora');
	await seedTrials(page, pid);
	await seedAnswers(page, pid, {
		'about/liked_for': ['kind', 'helpful'],
		'about/liked_for/text': 'Jeg er god til å lytte.',
		'about/important': ['animals'],
		'trials/cafe/day/2026-03-02/tasks': ['act_make_coffee', 'act_wash_dishes'],
		'trials/cafe/after/can_do': ['act_make_coffee'],
		'trials/hotel/day/2026-04-13/tasks': ['own_1', 'act_clean'],
		'trials/hotel/after/can_do': ['own_1'],
		'trials/hotel/after/work_here': 'yes'
	});
	return pid;
}

async function openCv(page: Page) {
	await page.goto('/cv');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('cv_title') })).toBeVisible();
}

const region = (page: Page, section: string) => page.getByRole('region', { name: nb(`cv_section_${section}`) });
/** "Ta med i CV-en" or "Endre teksten" with the line it is for, as a screen reader hears it. */
const named = (label: string, line: string) => new RegExp(`^${escapeRegExp(label)}\\s*: ${escapeRegExp(line)}$`);
const include = (page: Page, line: string) => page.getByRole('switch', { name: named(nb('cv_include'), line) });

/** Everything Nora does on her CV, by the screens' roles and names. */
async function writeCv(page: Page) {
	await openCv(page);
	// Built from what she already did: both trials, Om meg, and "Jeg kan …" from the trials.
	const experience = region(page, 'experience');
	await expect(experience.getByText(CAFE)).toBeVisible();
	await expect(experience.getByText(HOTEL)).toBeVisible();
	await expect(experience.getByText('Jeg var på Scandic Bergen i 1 av 2 dager. Jeg prøvde jobben som romassistent på hotell. Jeg gjorde dette: re senger og gjøre rent. Jeg vil gjerne jobbe der.')).toBeVisible();
	await expect(region(page, 'about').getByText('Jeg er god til å lytte.')).toBeVisible();
	await expect(region(page, 'skills').getByText('Jeg kan lage kaffe.')).toBeVisible();

	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('cv_change'))}\\s*: ${nb('cv_section_experience')}$`) }).click();
	await page.waitForURL(/\/cv\/part\?id=experience$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('cv_section_experience') })).toBeVisible();
	const cafeLine = page.locator('[data-line="trial:cafe"]');
	await expect(cafeLine.getByText(nb('cv_generated'))).toBeVisible();

	// She changes what the app wrote about the café.
	await page.getByRole('button', { name: named(nb('cv_edit_line'), CAFE) }).click();
	const box = cafeLine.getByRole('textbox', { name: nb('cv_line_label') });
	await box.fill('Jeg lagde kaffe til gjestene.');
	await box.blur();
	await expect(cafeLine.getByText(nb('cv_generated'))).toHaveCount(0);
	await expect(cafeLine.locator('.jv-cvline__text')).toHaveText('Jeg lagde kaffe til gjestene.');

	// She leaves the hotel out: a real switch, and the line stays here, marked.
	const hotelSwitch = include(page, HOTEL);
	await expect(hotelSwitch).toHaveAttribute('aria-checked', 'true');
	await hotelSwitch.click();
	await expect(hotelSwitch).toHaveAttribute('aria-checked', 'false');
	await expect(page.locator('[data-line="trial:hotel"]').getByText(nb('cv_hidden_note'))).toBeVisible();

	// A job the app does not know.
	await page.getByRole('link', { name: nb('cv_add_entry') }).click();
	await page.waitForURL(/\/cv\/entry\?kind=job$/);
	await hydrated(page);
	await page.getByRole('radio', { name: new RegExp(`^${nb('cv_entry_kind_job')}`) }).check();
	const what = page.getByRole('textbox', { name: nb('cv_entry_what') });
	await what.fill('Jeg fylte hyller.');
	await what.blur();
	const place = page.getByRole('textbox', { name: nb('cv_entry_place') });
	await place.fill('Rema 1000');
	await place.blur();
	await page.waitForURL(/\/cv\/entry\?id=/);
	await page.getByLabel(nb('cv_entry_from'), { exact: true }).fill('2025-06');
	await page.getByLabel(nb('cv_entry_from'), { exact: true }).blur();
	await expect(page.getByRole('heading', { level: 1, name: 'Rema 1000' })).toBeVisible();
	await page.getByRole('link', { name: nb('done'), exact: true }).click();
	await page.waitForURL(/\/cv\/part\?id=experience$/);
	await expect(page.locator('[data-line^="entry:"]').getByText('Rema 1000', { exact: true })).toBeVisible();

	// School: only what the app cannot know is asked.
	await openPart(page, 'cv', 'school');
	for (const [label, value] of [
		['cv_school_name', 'Nordby skole'],
		['cv_school_programme', 'Arbeidslivstrening'],
		['cv_school_from', '2023'],
		['cv_school_to', '2026']
	]) {
		const field = page.getByRole('textbox', { name: nb(label!) });
		await field.fill(value!);
		await field.blur();
	}
	await expect(page.locator('[data-line="school"]').getByText('2023 til 2026')).toBeVisible();
	await page.getByRole('link', { name: nb('done'), exact: true }).click();
	await page.waitForURL(/\/cv$/);
}

test.describe('Min CV', () => {
	test('Nora gets a CV from Om meg and two trials, changes a line, hides one, adds school and a job', async ({ page }) => {
		test.setTimeout(120_000);
		await nora(page);
		await writeCv(page);
		for (let round = 0; round < 2; round++) {
			const experience = region(page, 'experience');
			await expect(experience.getByText(CAFE)).toBeVisible();
			await expect(experience.getByText('Jeg lagde kaffe til gjestene.')).toBeVisible();
			// Hidden from the finished CV, not deleted.
			await expect(experience.getByText(HOTEL)).toHaveCount(0);
			await expect(experience.getByText('Rema 1000')).toBeVisible();
			await expect(experience.getByText(/^Jobb, fra juni 2025$/)).toBeVisible();
			await expect(region(page, 'school').getByText('Nordby skole')).toBeVisible();
			await page.reload();
			await hydrated(page);
		}
		// Back in when shown again.
		await openPart(page, 'cv', 'experience');
		await include(page, HOTEL).click();
		await expect(include(page, HOTEL)).toHaveAttribute('aria-checked', 'true');
		await openCv(page);
		await expect(region(page, 'experience').getByText(HOTEL)).toBeVisible();
	});

	test('a helper’s line is marked as the helper’s; the skill cards work by keyboard', async ({ page }) => {
		await nora(page);
		const pid = await profileId(page, 'Nora');
		await page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } })), pid);
		await openPart(page, 'cv', 'skills');
		const cook = page.getByRole('group', { name: nb('cv_skills_cards') }).getByRole('button', { name: 'Lage mat' });
		for (let i = 0; i < 60 && !(await cook.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(cook).toBeFocused();
		await page.keyboard.press('Space');
		await expect(cook).toHaveAttribute('aria-pressed', 'true');
		const line = page.locator('[data-line="skill:act_cook"]');
		await expect(line.getByText('Jeg kan lage mat.', { exact: true })).toBeVisible();
		await expect(line.getByText(nb('cv_by_helper', { helper: 'Kari, lærer' }))).toBeVisible();
		// Kari's own long sentence gets a gentle easy-read hint; it is saved all the same.
		const words = page.getByRole('textbox', { name: nb('cv_own_words') });
		await words.fill('Nora kan også hjelpe til med å rydde lageret og sortere varer når det er mye å gjøre på jobben.');
		await words.blur();
		await expect(page.getByTestId('easy-read-hint')).toHaveText(nb('own_words_hint_long'));
		await expect(page.locator('[data-line="skill:text"]')).toBeVisible();
		await page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
		await openCv(page);
		// Her card and her words: both marked as Kari's.
		await expect(region(page, 'skills').getByText(nb('cv_by_helper', { helper: 'Kari, lærer' }))).toHaveCount(2);
		await expect(region(page, 'about').getByText(nb('cv_by_helper', { helper: 'Kari, lærer' }))).toHaveCount(0);
	});

	test('screenshots at phone and tablet size, 48 px targets, no sideways scrolling', async ({ page }, info) => {
		test.setTimeout(180_000);
		await page.setViewportSize(PHONE);
		await createProfile(page, 'Nora');
		await openCv(page);
		await page.screenshot({ path: info.outputPath('cv-empty-390.png'), fullPage: true });
		await page.goto('/home');
		await hydrated(page);
		const pid = await profileId(page, 'Nora');
		await seedTrials(page, pid);
		await seedRecords(page, 'cv-entries', pid, [{ id: 'rema', kind: 'job', place: 'Rema 1000', what: 'Jeg fylte hyller.', from: '2025-06' }]);
		await seedAnswers(page, pid, { 'about/liked_for': ['kind'], 'cv/school/name': 'Nordby skole', 'cv/travel': ['bus'], 'cv/hidden': ['trial:hotel'], 'trials/cafe/after/can_do': ['act_make_coffee'], 'trials/hotel/day/2026-04-13/tasks': ['act_clean'], 'trials/cafe/day/2026-03-02/tasks': ['act_make_coffee'] });
		const problems: string[] = [];
		for (const path of [...SCREENS, '/cv/entry?id=rema']) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('main')).not.toContainText(nb('cv_not_found'));
			problems.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
			const name = path.replace(/[^a-z]+/g, '-');
			await page.screenshot({ path: info.outputPath(`cv${name}-390.png`), fullPage: true });
			await page.setViewportSize(TABLET);
			await page.screenshot({ path: info.outputPath(`cv${name}-1024.png`), fullPage: true });
			await page.setViewportSize(PHONE);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	test('axe in every look (themes in nb, nn and en): empty and filled CV, every part', async ({ page }) => {
		test.setTimeout(600_000);
		await createProfile(page, 'Nora');
		const found: string[] = [];
		const pid = await profileId(page, 'Nora');
		await page.goto('/cv');
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: t('nb', 'cv_title') })).toBeVisible();
		await axeBothSizes(page, 'default/nb /cv empty', found);
		await seedTrials(page, pid);
		await seedRecords(page, 'cv-entries', pid, [{ id: 'rema', kind: 'job', place: 'Rema 1000', what: 'Jeg fylte hyller.', from: '2025-06' }]);
		await seedAnswers(page, pid, {
			'about/liked_for': ['kind'],
			'cv/phone': '900 00 000',
			'cv/school/name': 'Nordby skole',
			'cv/skills': ['act_cook'],
			'cv/languages': ['norwegian'],
			'cv/travel': ['bus'],
			'cv/hidden': ['trial:hotel'],
			'trials/cafe/after/can_do': ['act_make_coffee'],
			'trials/hotel/day/2026-04-13/tasks': ['act_clean'],
			'trials/cafe/day/2026-03-02/tasks': ['act_make_coffee']
		});
		let current: Locale = 'nb';
		for (const { theme, locale, viewports } of LOOKS) {
			await setLook(page, current, locale, theme);
			current = locale;
			for (const path of [...SCREENS, '/cv/entry?id=rema']) {
				await page.goto(path);
				await hydrated(page);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				if (path === partUrl('cv', 'experience')) await expect(page.locator('[data-line="trial:hotel"]')).toBeVisible();
				await axeBothSizes(page, `${theme}/${locale} ${path}`, found, viewports);
			}
		}
		expect(found, found.join('\n')).toEqual([]);
	});
});
