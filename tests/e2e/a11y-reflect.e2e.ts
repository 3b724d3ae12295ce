import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, profileId } from './fixtures';
import { LOOKS, VIEWPORTS, setLook, axeBothSizes } from './support/a11y';
import { noisePng } from './fixtures/noise-png';
import { DAYS, answerUrl, seedTrial } from './support/reflect';
import { seedAnswers } from './support/journeys';

/**
 * axe and tap-target checks for every kind of question in the jobbsmak reflection: one
 * choice (three faces, yes/no, "Likte du dette?"), many choices, task cards, photos with and
 * without pictures, text, with words written and with a recording kept, and a helper's note — in
 * every theme and language, on a phone and a desktop.
 */
const ID = 'trial1';
const [D1, D2] = [DAYS[0]!, DAYS[1]!];

/** Every question type, by name (also the screenshot's file name). */
const SCREENS: Record<string, string> = {
	'one-faces-with-text': answerUrl(ID, 'before', undefined, 'expect'),
	'many-topics': answerUrl(ID, 'before', undefined, 'look_forward'),
	'one-faces-with-recording': answerUrl(ID, 'day', D1, 'day'),
	'tasks': answerUrl(ID, 'day', D1, 'tasks'),
	'one-liked-task': answerUrl(ID, 'day', D1, 'liked:act_cook'),
	'many-place': answerUrl(ID, 'day', D1, 'place'),
	'one-yes-no': answerUrl(ID, 'day', D1, 'people_kind'),
	'tasks-proud': answerUrl(ID, 'day', D1, 'proud'),
	'photos-with': answerUrl(ID, 'day', D1, 'photos'),
	'photos-without': answerUrl(ID, 'day', D2, 'photos'),
	'one-work-here': answerUrl(ID, 'after', undefined, 'work_here'),
	'text-summary': answerUrl(ID, 'after', undefined, 'summary')
};

/** Nora's trial with day 1 answered in part, a kept recording, a photo and a teacher's note. */
async function prepare(page: Page) {
	await createProfile(page, 'Nora');
	const pid = await profileId(page, 'Nora');
	await seedTrial(page, pid, ID);
	const k = (rest: string) => `trials/${ID}/${rest}`;
	await seedAnswers(page, pid, {
		[k('before/expect')]: 'good',
		[k('before/expect/text')]: 'Jeg gleder meg til å lage mat.',
		[k(`day/${D1}/tasks`)]: ['act_cook', 'act_serve'],
		[k(`day/${D1}/liked:act_cook`)]: 'like',
		[k(`day/${D1}/place`)]: ['cond_noisy', 'cond_indoors']
	});
	await page.goto(answerUrl(ID, 'day', D1, 'photos'));
	await hydrated(page);
	await page.locator('label', { hasText: nb('trial_photo_choose') }).locator('input[type=file]').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: noisePng(300, 200) });
	await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 1 }) })).toBeVisible();
	await page.goto(answerUrl(ID, 'day', D1, 'day'));
	await hydrated(page);
	await page.getByRole('button', { name: nb('trial_text_record'), exact: true }).click();
	await page.getByRole('button', { name: nb('voice_record'), exact: true }).click();
	await expect(page.getByText(nb('voice_seconds', { seconds: 1, max: 60 }))).toBeVisible();
	await page.getByRole('button', { name: nb('voice_stop'), exact: true }).click();
	await page.getByRole('button', { name: nb('voice_keep'), exact: true }).click();
	await expect(page.getByText(nb('voice_kept'))).toBeAttached();
	// A teacher's note on day 1, written while the teacher helps.
	await page.evaluate((pid) => {
		sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } }));
	}, pid);
	await page.reload();
	await hydrated(page);
	const note = page.getByTestId('helper-note');
	await note.getByRole('button', { name: nb('trial_note_add') }).click();
	await note.getByRole('textbox').fill('Nora jobbet godt i dag.');
	await note.getByRole('button', { name: nb('trial_note_save') }).click();
	await expect(note).toContainText('Nora jobbet godt i dag.');
}

async function ready(page: Page, name: string) {
	await page.goto(SCREENS[name]!);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	if (name === 'photos-with') await expect(page.locator('img[src^="blob:"]')).toHaveCount(1);
	if (name.endsWith('recording')) await expect(page.locator('[data-voice="play"]')).toBeVisible();
	if (name.endsWith('with-text')) await expect(page.getByRole('textbox').first()).toBeVisible();
}

test('axe: every reflection question type in every look (themes in nb, nn and en), phone and desktop', async ({ page }) => {
	test.setTimeout(600_000);
	await prepare(page);
	const found: string[] = [];
	let current: Locale = 'nb';
	for (const { theme, locale, viewports } of LOOKS) {
		await setLook(page, current, locale, theme);
		current = locale;
		for (const name of Object.keys(SCREENS)) {
			await ready(page, name);
			await axeBothSizes(page, `${theme}/${locale} ${name}`, found, viewports);
		}
	}
	expect(found, found.join('\n')).toEqual([]);
});

test('reflection: every tap target is at least 48 × 48, on a phone and a desktop', async ({ page }) => {
	test.setTimeout(240_000);
	await prepare(page);
	const problems: string[] = [];
	for (const viewport of VIEWPORTS) {
		await page.setViewportSize(viewport);
		for (const name of Object.keys(SCREENS)) {
			await ready(page, name);
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
			problems.push(...small.map((s) => `${viewport.width} ${name}: ${s}`));
		}
	}
	expect(problems, problems.join('\n')).toEqual([]);
});

test('look at it: every reflection question type at phone size', async ({ page }, info) => {
	test.setTimeout(240_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	await prepare(page);
	for (const name of Object.keys(SCREENS)) {
		await ready(page, name);
		await page.screenshot({ path: info.outputPath(`reflect-${name}-390.png`), fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
	}
});
