import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect, nb, APP_ORIGIN, createProfile, hydrated, makePictureCode, openSettings, personButton, startScreenReady, tapPictures, type Guard } from './fixtures';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

/**
 * "Bytt person", then Back, with the back/forward cache ON, as on real tablets. Playwright starts
 * Chromium with --disable-back-forward-cache; these tests start their own without that flag, and
 * prove each Back really took the page from the cache (pageshow's `persisted`).
 */

let browser: Browser;

test.beforeAll(async () => {
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});
test.afterAll(async () => {
	await browser.close();
});

interface Shown {
	persisted: boolean;
	/** What the person could read at the moment the page came back, before the app did anything. */
	visibleText: string;
}

/** A tab in the cache-enabled browser that notes every pageshow, and what could be seen at that moment. */
async function cachedTab(guard: Guard): Promise<Page> {
	const context = await browser.newContext({ baseURL: APP_ORIGIN, locale: 'nb-NO', serviceWorkers: 'allow' });
	await guard.attach(context);
	await context.addInitScript(() => {
		const shows: Shown[] = [];
		Object.defineProperty(window, '__jvShows', { value: shows });
		// Added before the app's own listener, so it sees the page exactly as the cache gave it back.
		addEventListener('pageshow', (event) => {
			const hidden = getComputedStyle(document.body).visibility === 'hidden';
			shows.push({ persisted: event.persisted, visibleText: hidden ? '' : document.body.innerText });
		});
	});
	const page = await context.newPage();
	// When Chromium does not restore from the cache, it says why: kept for the failure message.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Page.enable');
	cdp.on('Page.backForwardCacheNotUsed', (event) => notRestored.set(page, JSON.stringify(event.notRestoredExplanations)));
	return page;
}

const notRestored = new WeakMap<Page, string>();

/** What the page showed when it came back, after checking it came from the cache. */
async function cameBackFromCache(page: Page): Promise<Shown> {
	const shown = await page.evaluate(() => (window as unknown as { __jvShows: Shown[] }).__jvShows.at(-1)!);
	expect(shown.persisted, `Back took the page from the back/forward cache (not used: ${notRestored.get(page) ?? '-'})`).toBe(true);
	return shown;
}

/** Back, and wait only for the address: a page from the cache fires no load event. */
async function back(page: Page): Promise<void> {
	await page.goBack({ waitUntil: 'commit' });
}

/** The next pupil opens the app's address directly, in the same tab. */
async function nextPupilOpensTheApp(page: Page): Promise<void> {
	await page.goto('/');
	await startScreenReady(page);
}

async function expectStartScreen(page: Page, name: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: nb('start_title') })).toBeVisible();
	await expect(page).toHaveURL(`${APP_ORIGIN}/`);
	await expect(page.getByRole('heading', { name: nb('home_title', { name }) })).toHaveCount(0);
}

test('Siri: "Bytt person", the next pupil opens one of the app\'s addresses, Back twice: Siri\'s page never comes back', async ({ guard }) => {
	const page = await cachedTab(guard);
	await createProfile(page, 'Siri');
	await openSettings(page);
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	// Not "/" itself: Chromium opens the address the tab already shows in place of that entry, so Back
	// would load a fresh page instead of the cached one. "Om appen" is an address a helper may share.
	await page.goto('/about');
	await hydrated(page);

	await back(page);
	const shown = await cameBackFromCache(page);
	expect(shown.visibleText, 'the page came back covered').toBe('');
	await expectStartScreen(page, 'Siri');

	// One more Back is Siri's settings, inside the page that came back: still nobody's.
	await back(page);
	await expectStartScreen(page, 'Siri');
	await expect(page.getByRole('heading', { level: 1, name: nb('settings_title') })).toHaveCount(0);
	await page.context().close();
});

test('Siri on her home page, the next pupil opens the address, Back: "Hvem er du?", not Siri', async ({ guard }) => {
	const page = await cachedTab(guard);
	await createProfile(page, 'Siri');
	await openSettings(page);
	await nextPupilOpensTheApp(page);

	await back(page);
	const shown = await cameBackFromCache(page);
	// The page came back covered: nothing of Siri's settings could be read before the app checked.
	expect(shown.visibleText, 'the page came back covered').toBe('');
	await expectStartScreen(page, 'Siri');
	await expect(page.getByRole('heading', { level: 1, name: nb('settings_title') })).toHaveCount(0);
	await page.context().close();
});

test('a person with a picture code, unlocked, then the next pupil opens the address, Back: locked again', async ({ guard }) => {
	const page = await cachedTab(guard);
	const code = [nb('sym_pic_rocket'), nb('sym_pic_guitar'), nb('sym_pic_umbrella')];
	await createProfile(page, 'Kari');
	await makePictureCode(page, code);
	// Kari unlocks with her code, as every morning.
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await startScreenReady(page);
	await personButton(page, 'Kari').click();
	await page.waitForURL(/\/unlock\?person=/);
	await tapPictures(page, code);
	await page.waitForURL(/\/home$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name: 'Kari' }) })).toBeVisible();

	await nextPupilOpensTheApp(page);
	await back(page);
	const shown = await cameBackFromCache(page);
	expect(shown.visibleText, 'the page came back covered').toBe('');
	await expectStartScreen(page, 'Kari');

	// Kari's things open again only with her code. (No waitForURL: it would wait for a load event,
	// and a page from the cache has had none.)
	await personButton(page, 'Kari').click();
	await expect(page).toHaveURL(/\/unlock\?person=/);
	await expect(page.getByRole('heading', { level: 1, name: nb('unlock_title', { name: 'Kari' }) })).toBeVisible();
	await page.context().close();
});
