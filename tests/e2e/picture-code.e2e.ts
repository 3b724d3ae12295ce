import { test, expect, nb, pattern, createProfile, openSettings, personButton, startScreenReady, announcement, hydrated, makePictureCode } from './fixtures';
import type { Page } from '@playwright/test';

const CODE = [nb('sym_pic_cat'), nb('sym_pic_fish'), nb('sym_pic_apple'), nb('sym_pic_banana')];
const WRONG = [nb('sym_pic_banana'), nb('sym_pic_apple'), nb('sym_pic_fish'), nb('sym_pic_cat')];

async function tap(page: Page, pictures: string[]) {
	for (const picture of pictures) await page.getByRole('button', { name: picture, exact: true }).click();
}

test('picture code: make it, a wrong code, a 30 s wait after 5 wrong tries, the right code, and "Glemt koden?"', async ({ page }) => {
	// Time is faked so the 30 s wait can be skipped; it flows normally otherwise.
	await page.clock.install();
	await createProfile(page, 'Nora');
	await openSettings(page);
	await expect(page.getByText(nb('code_none'))).toBeVisible();

	await page.getByRole('link', { name: nb('code_make') }).click();
	await page.waitForURL(/\/settings\/picture-code$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('code_setup_title') })).toBeVisible();
	const next = page.getByRole('button', { name: nb('next') });
	await expect(next).toBeDisabled();
	await tap(page, CODE);
	await expect(page.getByRole('main').getByText(nb('unlock_chosen', { count: 4 }))).toBeAttached();
	await next.click();
	await expect(page.getByText(nb('code_setup_repeat')).first()).toBeVisible();
	await tap(page, CODE);
	await page.waitForURL(/\/settings$/);
	await expect(page.getByText(nb('code_on'))).toBeVisible();
	await expect(announcement(page, nb('code_setup_saved'))).toHaveCount(1);

	// Choosing the person now asks for the code.
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await expect(personButton(page, 'Nora')).toHaveAccessibleName(`Nora (${nb('start_has_code')})`);
	await personButton(page, 'Nora').click();
	await page.waitForURL(/\/unlock\?person=/);
	await expect(page.getByRole('heading', { level: 1, name: nb('unlock_title', { name: 'Nora' }) })).toBeVisible();

	await tap(page, WRONG);
	await expect(page.getByRole('main').getByText(nb('unlock_wrong'))).toBeVisible();
	await expect(page).toHaveURL(/\/unlock\?person=/);

	// Four more wrong tries: now the person must wait, and the picture keys are off.
	for (let i = 2; i <= 5; i++) await tap(page, WRONG);
	const wait = page.getByRole('main').getByText(pattern('nb', 'unlock_wait'));
	await expect(wait).toBeVisible();
	// The countdown starts at 30 s (WAIT_MS) and ticks every second.
	const seconds = Number((await wait.textContent())?.match(/\d+/)?.[0]);
	expect(seconds).toBeGreaterThan(20);
	expect(seconds).toBeLessThanOrEqual(30);
	for (const picture of CODE) await expect(page.getByRole('button', { name: picture, exact: true })).toBeDisabled();

	// 30 seconds later the keys work again and the right code opens /home.
	await page.clock.fastForward(30_000);
	await expect(page.getByRole('button', { name: CODE[0]!, exact: true })).toBeEnabled();
	await expect(page.getByRole('main').getByText(pattern('nb', 'unlock_wait'))).toHaveCount(0);
	await tap(page, CODE);
	await page.waitForURL(/\/home$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Nora' }) })).toBeVisible();

	// An adult can remove a forgotten code from the unlock screen.
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await personButton(page, 'Nora').click();
	await page.waitForURL(/\/unlock\?person=/);
	await hydrated(page);
	const forgot = page.getByRole('button', { name: nb('unlock_forgot') });
	await expect(forgot).toHaveAttribute('aria-expanded', 'false');
	await forgot.click();
	await expect(forgot).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByText(nb('unlock_forgot_text'))).toBeVisible();
	await page.getByRole('button', { name: nb('unlock_remove_code') }).click();
	await page.waitForURL(/\/home$/);
	await openSettings(page);
	await expect(page.getByText(nb('code_none'))).toBeVisible();

	// No code any more: choosing the person opens /home at once, also after a reload.
	await page.reload();
	await hydrated(page);
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await expect(personButton(page, 'Nora')).toHaveAccessibleName('Nora');
	await personButton(page, 'Nora').click();
	await page.waitForURL(/\/home$/);
});

test('picture code: two different codes are not saved', async ({ page }) => {
	await createProfile(page, 'Jonas');
	await openSettings(page);
	await page.getByRole('link', { name: nb('code_make') }).click();
	await hydrated(page);
	await tap(page, CODE);
	await page.getByRole('button', { name: nb('next') }).click();
	await tap(page, WRONG);
	await expect(page.getByText(nb('code_setup_mismatch')).first()).toBeVisible();
	await expect(page).toHaveURL(/\/settings\/picture-code$/);
	await page.getByRole('link', { name: nb('nav_back') }).click();
	await expect(page.getByText(nb('code_none'))).toBeVisible();
});

test('picture code: the wait after 5 wrong tries survives a reload, and the right code still opens after it', async ({ page }) => {
	await page.clock.install();
	await createProfile(page, 'Ida');
	await makePictureCode(page, CODE);

	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await personButton(page, 'Ida').click();
	await page.waitForURL(/\/unlock\?person=/);
	for (let i = 1; i <= 5; i++) await tap(page, WRONG);
	const wait = page.getByRole('main').getByText(pattern('nb', 'unlock_wait'));
	await expect(wait).toBeVisible();

	// A reload used to give 5 new tries at once. Now the wait is still there, and the keys are off.
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('unlock_title', { name: 'Ida' }) })).toBeVisible();
	await expect(wait).toBeVisible();
	expect(Number((await wait.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(20);
	for (const picture of CODE) await expect(page.getByRole('button', { name: picture, exact: true })).toBeDisabled();
	// Also from the start screen: choosing Ida again shows the same wait.
	await page.getByRole('link', { name: nb('nav_back') }).click();
	await startScreenReady(page);
	await personButton(page, 'Ida').click();
	await expect(wait).toBeVisible();

	await page.clock.fastForward(30_000);
	await expect(wait).toHaveCount(0);
	await tap(page, CODE);
	await page.waitForURL(/\/home$/);
	// The right code cleared the tries: nothing of them is left on the device.
	expect(await page.evaluate(() => new Promise<number>((resolve) => {
		const open = indexedDB.open('jobbvei');
		open.onsuccess = () => {
			const count = open.result.transaction('code-tries').objectStore('code-tries').count();
			count.onsuccess = () => resolve(count.result);
		};
	}))).toBe(0);
});
