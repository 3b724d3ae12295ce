import { chromium, type Browser, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, appendFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
	test,
	expect,
	nb,
	APP_ORIGIN,
	createProfile,
	openSettings,
	personButton,
	startScreenReady,
	announcement,
	hydrated,
	storedProfiles,
	exportCachePass
} from './fixtures';
import { launchOwnChromium, type OwnChromium } from './support/chromium';
import { serveStatic } from './support/static-server.mjs';
import { noisePng } from './fixtures/noise-png';

/** The failure modes in docs/reliability.md, one test each. */

test.describe('hard kill (docs/reliability.md, "A crash can empty the database")', () => {
	test('10 hard kills while saving: no confirmed change is lost; a wiped database is announced', async ({ guard }) => {
		test.setTimeout(300_000);
		const userDataDir = mkdtempSync(join(tmpdir(), 'jobbvei-kill-'));
		let own: OwnChromium | undefined;
		let browser: Browser | undefined;

		const start = async (): Promise<Page> => {
			own = await launchOwnChromium(userDataDir);
			browser = await chromium.connectOverCDP(own.wsEndpoint);
			const context = browser.contexts()[0]!;
			await guard.attach(context);
			const page = context.pages()[0] ?? (await context.newPage());
			page.setDefaultNavigationTimeout(30_000);
			return page;
		};
		const killHard = async () => {
			await own!.kill();
			await browser!.close().catch(() => undefined);
		};
		const startScreen = async (page: Page) => {
			await page.goto(`${APP_ORIGIN}/`);
			await startScreenReady(page);
		};

		try {
			let page = await start();
			await createProfile(page, 'Nora 0', undefined, APP_ORIGIN);
			let confirmed = 'Nora 0';
			let wipes = 0;
			const lost: string[] = [];

			for (let round = 1; round <= 10; round++) {
				// Change something that is saved, and wait until the app says it is saved.
				await startScreen(page);
				await personButton(page, confirmed).click();
				await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: confirmed }) })).toBeVisible();
				await openSettings(page);
				const next = `Nora ${round}`;
				await page.getByRole('textbox', { name: nb('settings_rename') }).fill(next);
				await page.getByRole('button', { name: nb('save') }).click();
				await expect(announcement(page, nb('settings_name_saved'))).toHaveCount(1);
				confirmed = next;

				// Power cut, then start again on the same data.
				await killHard();
				page = await start();
				await startScreen(page);
				const wiped = page.getByText(nb('wiped_title'));
				if (await personButton(page, confirmed).isVisible()) continue;
				if (await wiped.isVisible()) {
					// Chromium can delete the whole database after a crash. The app must say so.
					wipes++;
					await expect(personButton(page, confirmed)).toHaveCount(0);
					await page.getByRole('button', { name: nb('wiped_ok') }).click();
					await expect(wiped).toHaveCount(0);
					await createProfile(page, confirmed, undefined, APP_ORIGIN);
					continue;
				}
				const names = (await storedProfiles(page)).map((p) => p.name);
				lost.push(`round ${round}: expected "${confirmed}", found ${JSON.stringify(names)}`);
				break;
			}
			test.info().annotations.push({ type: 'hard kills', description: `10 kills, ${wipes} database wipes detected, ${lost.length} confirmed changes lost` });
			expect(lost, 'confirmed changes lost after a hard kill').toEqual([]);
		} finally {
			if (own) await own.kill();
			await browser?.close().catch(() => undefined);
			rmSync(userDataDir, { recursive: true, force: true });
		}
	});
});

test('an emptied database is noticed and explained in easy-read', async ({ page, context }) => {
	await createProfile(page, 'Nora');
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: APP_ORIGIN, storageTypes: 'indexeddb' });

	await page.goto('/');
	await startScreenReady(page);
	await expect(page.getByText(nb('wiped_title'))).toBeVisible();
	await expect(page.getByText(nb('wiped_text'), { exact: false })).toBeVisible();
	await expect(personButton(page, 'Nora')).toHaveCount(0);
	// Once the person has read it, the app starts again from what it has.
	await page.getByRole('button', { name: nb('wiped_ok') }).click();
	await expect(page.getByText(nb('wiped_title'))).toHaveCount(0);
	await expect(page.getByText(nb('start_empty_title'))).toBeVisible();
	await page.reload();
	await startScreenReady(page);
	await expect(page.getByText(nb('wiped_title'))).toHaveCount(0);
});

test.describe('storage full (docs/reliability.md, "A full device")', () => {
	// The service worker's precache counts against the same quota; this test is about IndexedDB.
	test.use({ serviceWorkers: 'block' });

	test('the photo is not saved, the person is told in easy-read, nothing saved is lost', async ({ page, context }) => {
		// Chromium reads an origin's quota when its database is first opened, so the override comes
		// first. 128 KiB: room for people, not for a photo (a re-encoded photo is ~150 KiB).
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN, quotaSize: 128 * 1024 });
		try {
			await createProfile(page, 'Nora');
			await page.getByRole('link', { name: nb('nav_switch_person') }).click();
			await startScreenReady(page);
			await page.getByRole('link', { name: nb('start_new_person') }).click();
			await hydrated(page);
			await page.getByRole('textbox', { name: nb('new_name_label') }).fill('Ola');
			await page.getByRole('button', { name: nb('next') }).click();
			// The photo button is a label around a file input.
			await page.getByLabel(nb('new_picture_photo')).setInputFiles({
				name: 'stoy.png',
				mimeType: 'image/png',
				buffer: noisePng(900, 900, 7)
			});
			await expect(page.getByText(nb('new_picture_photo_chosen')).first()).toBeVisible();
			await page.getByRole('button', { name: nb('next') }).click();
			await page.getByRole('button', { name: nb('new_situation_skip') }).click();

			const notices = page.getByRole('region', { name: nb('notices_label') });
			await expect(notices.getByText(nb('problem_full'))).toBeVisible();
			expect(nb('problem_full')).toBe('Telefonen er full. Vi kunne ikke lagre. Slett noen bilder, og prøv igjen.');
			// The person stays where they were, and can try again.
			await expect(page).toHaveURL(/\/profiles\/new$/);
			await expect(page.getByRole('button', { name: nb('new_situation_skip') })).toBeEnabled();
		} finally {
			await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN });
		}

		// Nothing that was saved before is lost, and no photo was half-stored.
		await page.goto('/');
		await startScreenReady(page);
		await expect(personButton(page, 'Nora')).toBeVisible();
		await expect(personButton(page, 'Ola')).toHaveCount(0);
		const media = await page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('jobbvei');
					request.onsuccess = () => {
						const count = request.result.transaction('media').objectStore('media').count();
						count.onsuccess = () => {
							request.result.close();
							resolve(count.result);
						};
					};
					request.onerror = () => reject(request.error);
				})
		);
		expect(media).toBe(0);
	});
});

test('two tabs: a newer database version in another tab is let in at once, and the old tab says so', async ({ page, context }) => {
	await createProfile(page, 'Nora');
	await expect(page).toHaveURL(/\/home$/);

	const other = await context.newPage();
	await other.goto('/about');
	await hydrated(other);
	const current = await other.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'jobbvei')?.version ?? 0);
	expect(current).toBeGreaterThan(0);
	const result = await other.evaluate(
		(newer) =>
			new Promise<{ ms: number; blocked: number; version: number }>((resolve, reject) => {
				const started = performance.now();
				let blocked = 0;
				// A newer Jobbvei in this tab: one version above what the app uses now.
				const request = indexedDB.open('jobbvei', newer);
				request.onblocked = () => blocked++;
				request.onupgradeneeded = () => undefined;
				request.onsuccess = () => {
					const version = request.result.version;
					request.result.close();
					resolve({ ms: performance.now() - started, blocked, version });
				};
				request.onerror = () => reject(request.error);
				setTimeout(() => reject(new Error(`still waiting after 5 s (blocked ${blocked}×)`)), 5_000);
			}),
		current + 1
	);
	expect(result.version).toBe(current + 1);
	expect(result.ms, 'the upgrade must not wait for the old tab').toBeLessThan(2_000);
	test.info().annotations.push({ type: 'upgrade', description: `${Math.round(result.ms)} ms, blocked events: ${result.blocked}` });

	const notices = page.getByRole('region', { name: nb('notices_label') });
	await expect(notices.getByText(nb('problem_upgraded_elsewhere'))).toBeVisible();
	expect(nb('problem_upgraded_elsewhere')).toBe('Appen er oppdatert i en annen fane. Last inn siden på nytt.');

	// After the reload this (older) app meets a newer database: it says so instead of breaking it.
	await notices.getByRole('button', { name: nb('problem_reload') }).click();
	await hydrated(page);
	await expect(page.getByText(nb('problem_newer'))).toBeVisible();
	await other.close();
});

test.describe('a new version while the person is typing (docs/reliability.md, "Updates wait for a tap")', () => {
	let site: Awaited<ReturnType<typeof serveStatic>>;
	let root: string;

	test.beforeAll(async () => {
		// A copy of the build on a plain static server (a free port on 127.0.0.1), so the test can
		// change sw.js the way a new release would.
		const build = resolve(process.env.E2E_BUILD_DIR ?? 'build');
		if (!existsSync(join(build, 'sw.js'))) throw new Error(`No build at ${build}: run npm run build first`);
		root = mkdtempSync(join(tmpdir(), 'jobbvei-site-'));
		cpSync(build, root, { recursive: true });
		site = await serveStatic(root, 0);
	});
	test.afterAll(async () => {
		await site?.close();
		if (root) rmSync(root, { recursive: true, force: true });
	});

	test('the update waits for a tap: banner, no reload, typed text kept; the tap reloads', async ({ page, guard }) => {
		guard.allowedOrigins.push(site.url);
		await createProfile(page, 'Nora', undefined, site.url);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// Loaded from the service worker from now on (the first page was only taken over by it).
		await page.reload();
		await hydrated(page);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await openSettings(page);

		const field = page.getByRole('textbox', { name: nb('settings_rename') });
		await field.fill('Nora med ny');
		await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'no reload'));

		// Version 2 appears on the server; the app checks for it.
		appendFileSync(join(root, 'sw.js'), '\n// v2\n');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration!.update();
		});

		const notices = page.getByRole('region', { name: nb('notices_label') });
		await expect(notices.getByText(nb('update_available'))).toBeVisible();
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
		// Nothing happened by itself: same page, same typed text.
		expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('no reload');
		await expect(field).toHaveValue('Nora med ny');

		// The person taps "Oppdater nå": now the new version takes over and the page reloads.
		const reloaded = page.waitForEvent('load');
		await notices.getByRole('button', { name: nb('update_now') }).click();
		await reloaded;
		await hydrated(page);
		expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBeUndefined();
		await expect(page.getByRole('heading', { level: 1, name: nb('settings_title') })).toBeVisible();
		await expect(page.getByText(nb('update_available'))).toHaveCount(0);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true);
		// The new version kept the export files cached for offline (same files, so nothing downloaded again).
		const pass = await exportCachePass(page);
		expect(pass.listed).toBeGreaterThan(0);
		expect(pass).toMatchObject({ fetched: 0, removed: 0 });
	});
});

test('a wrong clock does not change the order: people are listed by when they were made, not by the date', async ({ page }) => {
	await page.clock.install({ time: new Date('2031-01-01T09:00:00') });
	await createProfile(page, 'Framtid');
	await page.clock.setSystemTime(new Date('2019-01-01T09:00:00'));
	await createProfile(page, 'Fortid');

	await page.goto('/');
	await startScreenReady(page);
	const people = page.getByRole('main').getByRole('listitem');
	await expect(people).toHaveCount(2);
	await expect(people.nth(0)).toContainText('Framtid');
	await expect(people.nth(1)).toContainText('Fortid');
	const stored = await storedProfiles(page);
	const rev = (name: string) => stored.find((p) => p.name === name)!.createdRev;
	expect(rev('Framtid')).toBeLessThan(rev('Fortid'));

	// Still in that order after a reload with the clock back to normal.
	await page.clock.setSystemTime(new Date('2026-11-25T09:00:00'));
	await page.reload();
	await startScreenReady(page);
	await expect(people.nth(0)).toContainText('Framtid');
});
