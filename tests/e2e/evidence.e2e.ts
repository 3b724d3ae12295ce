import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, nb, t, createProfile, hydrated, profileId, type Locale } from './fixtures';
import { PHONE, axeBothSizes, smallTargets } from './support/a11y';
import { seed } from './support/seed';

/**
 * Every document says what the person said ([Note: evidence model] in the app): Nora planned five
 * days at Bogstad gård as a stable hand and has told about two of them, one of them "veldig sliten".
 * The CV, the trial's page, the easy-read PDF, the employer's PDF and the Word file all say 2 of 5.
 */
const SELF = { kind: 'self' };
const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
const answer = (key: string, value: unknown, answeredBy: unknown = SELF) => ({ key, value, answeredBy });

async function seedStableTrial(page: Page, pid: string, more: Record<string, unknown>[] = []): Promise<void> {
	await seed(page, pid, {
		trials: [{ id: 'stable', kind: 'jobbsmak', workplace: 'Bogstad gård', job: { kind: 'catalogue', jobId: 'stable_hand' }, days: DAYS, ownTasks: [], answeredBy: SELF }],
		answers: [
			answer(`trials/stable/day/${DAYS[0]}/day`, 'good'),
			answer(`trials/stable/day/${DAYS[0]}/tired`, 'bit'),
			answer(`trials/stable/day/${DAYS[1]}/day`, 'ok'),
			answer(`trials/stable/day/${DAYS[1]}/tired`, 'very'),
			...more
		]
	});
}

const next = (page: Page, locale: Locale = 'nb') => page.getByRole('button', { name: t(locale, 'export_next'), exact: true }).click();

/** Export → a recipient → (ticks) → language → the preview. */
async function toPreview(page: Page, preset: 'meeting' | 'nav' | 'employer', tick: (page: Page) => Promise<void> = async () => {}, locale: Locale = 'nb'): Promise<void> {
	await page.goto('/export');
	await hydrated(page);
	await page.getByRole('radio', { name: t(locale, `export_preset_${preset}`) }).check();
	await next(page, locale);
	await tick(page);
	await next(page, locale);
	await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
	await next(page, locale);
	await expect(page.getByTestId('export-preview')).toBeVisible();
}

async function download(page: Page, name: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	const path = test.info().outputPath(file.suggestedFilename());
	await file.saveAs(path);
	return path;
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-']).toString().replace(/\s+/g, ' ');
const docxText = (path: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('a 5-day trial with 2 days told about: the trial, the CV, the PDF and the Word file say 2 of 5, and "veldig sliten" stays', async ({ page }) => {
	test.setTimeout(120_000);
	await createProfile(page, 'Nora');
	await seedStableTrial(page, await profileId(page, 'Nora'));

	await page.goto('/trials/trial?id=stable');
	await hydrated(page);
	const main = page.getByRole('main');
	await expect(main.getByText(/Jeg var på Bogstad gård som stallhjelp i 2 av 5 dager\./).first()).toBeVisible();
	await expect(main.getByText(/veldig sliten/).first()).toBeVisible();
	await expect(main).not.toContainText(/\bDu (var|ble)\b/);

	await page.goto('/cv');
	await hydrated(page);
	await expect(page.getByRole('main')).toContainText('2 av 5 dager');
	await expect(page.getByRole('main')).not.toContainText('i 5 dager');

	await toPreview(page, 'employer', async (p) => {
		await p.getByRole('group', { name: nb('export_trials_label') }).getByRole('button', { name: /^Stallhjelp på Bogstad gård/ }).click();
	});
	const easy = pdfText(await download(page, nb('export_make_pdf')));
	const cvPdf = pdfText(await download(page, nb('export_cv_pdf')));
	const word = docxText(await download(page, nb('export_cv_docx')));
	for (const [what, text] of [['easy-read PDF', easy], ['CV PDF', cvPdf], ['Word', word]] as const) {
		expect(text, what).toContain('2 av 5 dager');
		expect(text, what).not.toMatch(/\bi 5 dager/);
		expect(text, what).toContain('stallhjelp');
	}
	expect(easy).toContain('veldig sliten');
	expect(easy).not.toMatch(/\bDu (var|ble|vil)\b/);
});

test('a card tapped on an English screen ("Call NAV", as a helper reading English would): the bokmål PDF says "Ringe NAV", as the card, not as own words', async ({ page }) => {
	test.setTimeout(90_000);
	await createProfile(page, 'Nora');
	const pid = await profileId(page, 'Nora');
	await page.evaluate(
		async (pid) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onsuccess = () => {
					const tx = open.result.transaction('profiles', 'readwrite');
					const store = tx.objectStore('profiles');
					const get = store.get(pid);
					get.onsuccess = () => store.put({ ...get.result, locale: 'en' });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		pid
	);
	await page.goto('/plan/step');
	await hydrated(page);
	await page.getByRole('group', { name: t('en', 'plan_step_ideas') }).getByRole('button', { name: t('en', 'plan_idea_call_nav') }).click();
	await page.getByRole('group', { name: t('en', 'plan_step_who') }).getByRole('radio').first().check();
	await page.getByRole('button', { name: t('en', 'plan_step_save') }).click();
	await page.waitForURL(/\/plan$/);

	await toPreview(page, 'meeting', async () => {}, 'en');
	const preview = page.getByTestId('export-preview');
	await expect(preview).toContainText(nb('plan_idea_call_nav'));
	await expect(preview).not.toContainText(t('en', 'plan_idea_call_nav'));
	const easy = pdfText(await download(page, t('en', 'export_make_pdf')));
	expect(easy).toContain(nb('plan_idea_call_nav'));
	expect(easy).not.toContain(t('en', 'plan_idea_call_nav'));
});

test('the change request PDF has "Dette har jeg prøvd" with the trial, and what the person does now is in the CV', async ({ page }) => {
	test.setTimeout(90_000);
	await createProfile(page, 'Jonas');
	await seedStableTrial(page, await profileId(page, 'Jonas'), [answer('change/now', ['vta']), answer('change/now/where', 'Fretex Asker'), answer('change/why', ['bored'])]);
	// NAV: the change request and the CV, with no trial ticked.
	await toPreview(page, 'nav', async (p) => {
		const parts = p.getByRole('group', { name: nb('export_step_what') });
		const trials = parts.getByRole('button', { name: nb('export_part_trials') });
		if ((await trials.getAttribute('aria-pressed')) === 'true') await trials.click();
		await expect(trials).toHaveAttribute('aria-pressed', 'false');
	});
	const easy = pdfText(await download(page, nb('export_make_pdf')));
	expect(easy).toContain(nb('change_part_tried'));
	expect(easy).toContain('Jobbsmak på Bogstad gård som stallhjelp');
	expect(easy).toContain('Fretex Asker');
	const word = docxText(await download(page, nb('export_cv_docx')));
	expect(word).toContain('Fretex Asker');
});

test('axe and 48 px targets on the changed screens: CV contact, the change request, the meeting page', async ({ page }) => {
	test.setTimeout(120_000);
	await createProfile(page, 'Jonas');
	const pid = await profileId(page, 'Jonas');
	await seedStableTrial(page, pid, [answer('change/now', ['vta']), answer('change/why', ['bored']), answer('about/support', ['checklist']), answer('about/liked_for', ['kind']), answer('cv/surname', 'Berg'), answer('cv/place', 'Asker')]);
	await seed(page, pid, {
		meetings: [
			{
				id: 'm1',
				kind: 'change',
				attendees: [{ role: 'me' }],
				points: [{ id: 'about/liked_for/kind', from: 'about', text: 'I am kind', symbol: 'me_kind' }],
				questions: { suggested: [], own: [] },
				wishes: [],
				after: { agreed: '', steps: [] },
				partsBy: {},
				answeredBy: SELF
			}
		]
	});
	const found: string[] = [];
	await page.setViewportSize(PHONE);
	for (const [path, ready] of [
		['/cv/part?id=contact', () => page.getByRole('textbox', { name: nb('cv_surname') })],
		['/change', () => page.getByRole('heading', { name: nb('change_part_tried') })],
		['/meeting/view?id=m1', () => page.getByText(nb('me_card_liked_for_kind'))]
	] as const) {
		await page.goto(path);
		await hydrated(page);
		await expect(ready()).toBeVisible();
		await axeBothSizes(page, path, found);
		expect(await smallTargets(page), path).toEqual([]);
		if (process.env.SHOTS) await page.screenshot({ path: test.info().outputPath(`${path.replace(/\W+/g, '-')}.png`), fullPage: true });
	}
	await page.goto('/cv/part?id=contact');
	await hydrated(page);
	await expect(page.getByRole('textbox', { name: nb('cv_surname') })).toHaveValue('Berg');
	await expect(page.getByRole('main')).toContainText('Jonas Berg');
	expect(found).toEqual([]);
});
