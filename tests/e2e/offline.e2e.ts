import { test, expect, nb, createProfile, hydrated, startScreenReady, personButton, profileId, underServiceWorker } from './fixtures';

test('works offline after the first visit: pages come from the service worker, data is still there', async ({ page, context, guard }) => {
	await page.goto('/');
	await startScreenReady(page);
	// The service worker installs on the first visit.
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(scope).toBe(new URL('/', page.url()).href);

	await createProfile(page, 'Nora');

	await underServiceWorker(page);

	await context.setOffline(true);
	try {
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		const start = await page.goto('/');
		expect(start?.fromServiceWorker()).toBe(true);
		await startScreenReady(page);
		await expect(personButton(page, 'Nora')).toBeVisible();
		await personButton(page, 'Nora').click();
		await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Nora' }) })).toBeVisible();

		const settings = await page.goto('/settings');
		expect(settings?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('settings_title') })).toBeVisible();
		await expect(page.getByRole('textbox', { name: nb('settings_rename') })).toHaveValue('Nora');
		// Symbols (one SVG file each) are cached too, and show.
		const symbol = page.locator('img.jv-symbol[data-symbol]').first();
		const src = await symbol.getAttribute('src');
		expect(src).toMatch(/^\/symbols\/flat\/[a-z0-9_]+\.svg$/);
		expect(await page.evaluate(async (href) => (await fetch(href)).ok, src!)).toBe(true);
		await expect.poll(() => symbol.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

		// Saving works offline as well.
		await page.getByRole('textbox', { name: nb('settings_rename') }).fill('Nora Offline');
		await page.getByRole('button', { name: nb('save') }).click();
		await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText(nb('settings_name_saved'));

		// A page that reads its query in the browser is still itself offline (not the start page).
		const id = await profileId(page, 'Nora Offline');
		const unlock = await page.goto(`/unlock?person=${encodeURIComponent(id)}`);
		expect(unlock?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('unlock_title', { name: 'Nora Offline' }) })).toBeVisible();

		const other = await page.goto('/about');
		expect(other?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('about_title') })).toBeVisible();
	} finally {
		await context.setOffline(false);
	}

	await page.goto('/');
	await startScreenReady(page);
	await expect(personButton(page, 'Nora Offline')).toBeVisible();
	// The guard saw the service worker's own requests (so it would have seen foreign ones too).
	expect(guard.serviceWorkerRequests).toBeGreaterThan(0);
	expect(guard.foreignRequests).toEqual([]);
});
