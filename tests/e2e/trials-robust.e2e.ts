import type { Page } from '@playwright/test';
import { test, expect, nb, APP_ORIGIN, createProfile, hydrated, profileId, underServiceWorker } from './fixtures';
import { noisePng } from './fixtures/noise-png';
import { answerUrl, DAYS, seedTrial, storedAll, storedAnswers } from './support/reflect';
import { nextMonth, quickTrial } from './support/trials';

/**
 * Jobbsmak where it gets hard: at the workplace with no network, and on a phone that is
 * full. The reflection must keep working offline, and a photo that does not fit must never cost
 * the person the words they already gave.
 */

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const heading = (page: Page, key: string) => page.getByRole('heading', { level: 1, name: nb(key) });

async function choosePhoto(page: Page, buffer: Buffer) {
	await page.locator('label', { hasText: nb('trial_photo_choose') }).locator('input[type=file]').setInputFiles({ name: 'jobben.png', mimeType: 'image/png', buffer });
}

async function writeOwnWords(page: Page, text: string) {
	await button(page, nb('trial_text_write')).click();
	const box = page.getByRole('textbox', { name: nb('trial_text_label') });
	await box.fill(text);
	// The words are saved when the person leaves the box.
	await box.blur();
}

test('offline at the workplace: plan a jobbsmak, reflect on a day with a photo, everything is there after a reload', async ({ page, context, guard }) => {
	test.setTimeout(180_000);
	await createProfile(page, 'Nora');
	await underServiceWorker(page);

	await context.setOffline(true);
	try {
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		await quickTrial(page, nb('trial_kind_jobbsmak'), [3, 4]);
		const id = new URL(page.url()).searchParams.get('id')!;
		const day = `${nextMonth()}-03`;

		// How was the day: a face and the person's own words.
		const answer = await page.goto(answerUrl(id, 'day', day, 'day'));
		expect(answer?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await expect(heading(page, 'trial_q_day')).toBeVisible();
		await writeOwnWords(page, 'Jeg bar kasser.');
		await button(page, nb('trial_face_good')).click();
		await expect(heading(page, 'trial_q_tasks')).toBeVisible();

		// A photo from the workplace, re-encoded on the device with no network at all.
		await page.goto(answerUrl(id, 'day', day, 'photos'));
		await hydrated(page);
		await expect(heading(page, 'trial_q_photos')).toBeVisible();
		await choosePhoto(page, noisePng(900, 700, 3));
		await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 1 }) })).toBeVisible();

		// Still offline: the list and the trial come back from the device after a reload.
		const list = await page.goto('/trials');
		expect(list?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('trials_title') })).toBeVisible();
		await expect(page.getByRole('link', { name: new RegExp(nb('trial_kind_jobbsmak')) }).first()).toBeVisible();
		await page.goto(`/trials/trial?id=${encodeURIComponent(id)}`);
		await hydrated(page);
		// The day's thumbnail on the trial page is named after the day, and its bytes come from the device.
		const thumb = page.getByRole('img', { name: /^Dag 1: / });
		await expect(thumb).toBeVisible();
		await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

		const answers = await storedAnswers(page);
		expect(answers[`trials/${id}/day/${day}/day`]?.value).toBe('good');
		expect(answers[`trials/${id}/day/${day}/day/text`]?.value).toBe('Jeg bar kasser.');
		expect(await storedAll(page, 'media')).toHaveLength(1);
	} finally {
		await context.setOffline(false);
	}
	expect(guard.foreignRequests).toEqual([]);
});

test.describe('storage full (docs/reliability.md, "A full device")', () => {
	// The service worker's precache counts against the same quota; this test is about IndexedDB.
	test.use({ serviceWorkers: 'block' });

	test('a day photo that does not fit is not stored, the person is told, and the day can go on', async ({ page, context }) => {
		test.setTimeout(120_000);
		// Chromium reads the quota when the database is first opened, so the override comes first.
		// 128 KiB: room for a person, a trial and answers, not for a photo (~150 KiB re-encoded).
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN, quotaSize: 128 * 1024 });
		let id = '';
		try {
			await createProfile(page, 'Nora');
			id = await seedTrial(page, await profileId(page, 'Nora'));
			await page.goto(answerUrl(id, 'day', DAYS[0], 'photos'));
			await hydrated(page);
			await expect(heading(page, 'trial_q_photos')).toBeVisible();
			await choosePhoto(page, noisePng(1600, 1200, 11));
			await expect(page.getByText(nb('trial_photo_full')).first()).toBeVisible();
			await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 1 }) })).toHaveCount(0);
		} finally {
			// Room again (the person deleted some photos). Since database v5 Chromium counts the refused
			// photo's write against the quota until it compacts, so the words come after this.
			await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN });
		}
		await page.goto(answerUrl(id, 'day', DAYS[0], 'day'));
		await hydrated(page);
		await writeOwnWords(page, 'Det var en fin dag.');
		await button(page, nb('trial_face_good')).click();
		await expect(heading(page, 'trial_q_tasks')).toBeVisible();

		// After a reload: the words are there, no photo was half-stored, the trial is whole.
		await page.goto(`/trials/trial?id=${encodeURIComponent(id)}`);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 2, name: nb('trials_steps_title') })).toBeVisible();
		const answers = await storedAnswers(page);
		expect(answers[`trials/${id}/day/${DAYS[0]}/day`]?.value).toBe('good');
		expect(answers[`trials/${id}/day/${DAYS[0]}/day/text`]?.value).toBe('Det var en fin dag.');
		expect(Object.keys(answers).filter((key) => key.endsWith('/photos'))).toEqual([]);
		expect(await storedAll(page, 'media')).toHaveLength(0);
		expect(await storedAll(page, 'trials')).toHaveLength(1);
	});
});
