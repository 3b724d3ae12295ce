import type { Situation } from '../../src/lib/domain/profile/situation';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { nb, t, type Locale } from './support/messages';
import { EXPORT_CACHED_MARK, type ExportCachePass } from '../../src/lib/pwa/export-cache';

export { expect };
export { nb, t, pattern, LOCALES, type Locale } from './support/messages';

/** The app's own origin (playwright.config.ts: E2E_PORT, default 4173). */
export const APP_ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

interface CspViolation {
	directive: string;
	blocked: string;
	source: string;
	sample: string;
	page: string;
}

/**
 * Watches one or more browser contexts for the three things Jobbvei must never do (docs/reliability.md, "What the app must never do"):
 * send a request to another origin (service worker included), break its own CSP, or throw.
 */
export class Guard {
	readonly foreignRequests: string[] = [];
	readonly pageErrors: string[] = [];
	readonly cspViolations: CspViolation[] = [];
	/** How many requests the service worker made (shows the guard sees them). */
	serviceWorkerRequests = 0;
	readonly contexts = new Set<BrowserContext>();
	readonly #pages = new WeakSet<Page>();

	readonly allowedOrigins: string[];

	constructor(allowedOrigins: readonly string[]) {
		// A copy: a test may allow one more origin (its own server) without touching the others.
		this.allowedOrigins = [...allowedOrigins];
	}

	#allowed(url: string): boolean {
		// data: URLs never leave the page; blob: URLs carry their creator's origin.
		if (url.startsWith('data:')) return true;
		let origin: string;
		try {
			origin = new URL(url).origin;
		} catch {
			return false;
		}
		return this.allowedOrigins.includes(origin);
	}

	watchPage(page: Page): void {
		if (this.#pages.has(page)) return;
		this.#pages.add(page);
		page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
	}

	async attach(context: BrowserContext): Promise<void> {
		if (this.contexts.has(context)) return;
		this.contexts.add(context);
		context.on('request', (request) => {
			if (request.serviceWorker()) this.serviceWorkerRequests++;
			if (this.#allowed(request.url())) return;
			const from = request.serviceWorker() ? 'service worker' : (request.frame()?.url() ?? '?');
			this.foreignRequests.push(`${request.method()} ${request.url()} (from ${from})`);
		});
		context.on('page', (page) => this.watchPage(page));
		for (const page of context.pages()) this.watchPage(page);
		// Violations are also reported through a binding, so those seen before a navigation are kept.
		await context.exposeBinding('__jvReportCsp', ({ page }, v: Omit<CspViolation, 'page'>) => {
			this.cspViolations.push({ ...v, page: page?.url() ?? '?' });
		});
		await context.addInitScript(() => {
			const list: unknown[] = [];
			Object.defineProperty(window, '__cspViolations', { value: list, configurable: false });
			document.addEventListener(
				'securitypolicyviolation',
				(e) => {
					const v = {
						directive: e.violatedDirective,
						blocked: e.blockedURI,
						source: `${e.sourceFile}:${e.lineNumber}`,
						sample: e.sample
					};
					list.push(v);
					(window as unknown as { __jvReportCsp?: (v: unknown) => void }).__jvReportCsp?.(v);
				},
				true
			);
		});
	}

	/** Fails the test if anything was seen. Reads window.__cspViolations on every page still open. */
	async check(): Promise<void> {
		for (const context of this.contexts) {
			let pages: Page[] = [];
			try {
				pages = context.pages();
			} catch {
				continue;
			}
			for (const page of pages) {
				if (page.isClosed()) continue;
				const inPage = await page
					.evaluate(() => (window as unknown as { __cspViolations?: unknown[] }).__cspViolations ?? [])
					.catch(() => [] as unknown[]);
				expect(inPage, `CSP violations on ${page.url()}`).toEqual([]);
			}
		}
		expect(this.cspViolations, 'securitypolicyviolation events').toEqual([]);
		expect(this.foreignRequests, 'requests to other origins').toEqual([]);
		expect(this.pageErrors, 'uncaught errors in the page').toEqual([]);
	}
}

interface Fixtures {
	/** Origins the app may talk to. Only its own, unless a test serves another copy itself. */
	allowedOrigins: string[];
	/** The guard for this test; call `guard.attach(context)` for contexts the test makes itself. */
	guard: Guard;
}

export const test = base.extend<Fixtures>({
	allowedOrigins: [[APP_ORIGIN], { option: true }],
	guard: [
		async ({ context, allowedOrigins }, use) => {
			const guard = new Guard(allowedOrigins);
			await guard.attach(context);
			await use(guard);
			await guard.check();
		},
		{ auto: true }
	]
});

/**
 * Waits until SvelteKit has hydrated the page. Prerendered buttons can be pressed before that and
 * the press is lost (docs/toolchain.md, "Taps before hydration are lost"). Kit adds its route announcer only after mount.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

/**
 * Loads the page from the service worker. The first visit installs it (and the service worker takes
 * that page over, clientsClaim); the reload is what opens the page itself from the install's cache.
 */
export async function underServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await hydrated(page);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

export type { ExportCachePass };

/** Waits until this page has cached the export files for offline, and says what that pass did (src/lib/pwa/export-cache.ts). */
export async function exportCachePass(page: Page): Promise<ExportCachePass> {
	const mark = await page.waitForFunction((name) => (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail ?? null, EXPORT_CACHED_MARK, { timeout: 30_000 });
	return (await mark.jsonValue()) as ExportCachePass;
}

/** Opens a path and waits for hydration. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

/** The start screen has read the people from IndexedDB. */
export async function startScreenReady(page: Page, locale: Locale = 'nb'): Promise<void> {
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: t(locale, 'start_title') })).toBeVisible();
	await expect(page.getByText(t(locale, 'start_loading'), { exact: true })).toHaveCount(0);
}

/**
 * The button that picks a person on "Hvem er du?". Its name may go on with "(har bildekode)" or, for a
 * person restored beside someone of the same name, "Fra sikkerhetskopi …".
 */
export function personButton(page: Page, name: string): Locator {
	const more = `(?: (?:\\(.*\\)|${escapeRegExp(nb('restore_from_backup_undated'))}.*))*`;
	return page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}${more}$`) });
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Makes a new person the way a person would: "/" → "Ny person" → name → "Neste" → picture → "Neste" →
 * where they are now (or "Hopp over"). Ends on /home. `origin` is for browsers without a baseURL (the
 * hard-kill test's own Chromium).
 */
export async function createProfile(page: Page, name: string, symbolLabel?: string, origin = '', situation?: Situation): Promise<void> {
	await page.goto(`${origin}/`);
	await startScreenReady(page);
	await page.getByRole('link', { name: nb('start_new_person') }).click();
	await expect(page).toHaveURL(/\/profiles\/new$/);
	await hydrated(page);
	await page.getByRole('textbox', { name: nb('new_name_label') }).fill(name);
	const next = page.getByRole('button', { name: nb('next') });
	await expect(next).toBeEnabled();
	await next.click();
	if (symbolLabel) {
		const radio = page.getByRole('radio', { name: symbolLabel, exact: true });
		// Six pictures are shown at a time; "Flere bilder" shows the next six.
		for (let more = 0; more < 4 && !(await radio.isVisible()); more++) {
			await page.getByRole('button', { name: nb('new_picture_more') }).click();
		}
		await radio.check();
		await expect(radio).toBeChecked();
	}
	await page.getByRole('button', { name: nb('next') }).click();
	await finishSituation(page, situation);
	await page.waitForURL(/\/home$/);
	await expect(page.getByRole('heading', { level: 1, name: nb('home_title', { name }) })).toBeVisible();
}

/** Step 3 of "Ny person": where the person is now, then "Ferdig"; without one, "Hopp over". */
export async function finishSituation(page: Page, situation?: Situation): Promise<void> {
	await expect(page.getByRole('group', { name: nb('situation_title') })).toBeVisible();
	if (situation) {
		await page.getByRole('radio', { name: nb(`situation_${situation}`) }).check();
		await page.getByRole('button', { name: nb('done') }).click();
	} else {
		await page.getByRole('button', { name: nb('new_situation_skip') }).click();
	}
}

/** From any screen with the top bar: "Bytt person", then the person's button. */
export async function switchTo(page: Page, name: string): Promise<void> {
	await page.getByRole('link', { name: nb('nav_switch_person') }).click();
	await page.waitForURL((url) => url.pathname === '/');
	await startScreenReady(page);
	await personButton(page, name).click();
}

/** Opens settings from /home through its card. */
export async function openSettings(page: Page, locale: Locale = 'nb'): Promise<void> {
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(t(locale, 'home_settings'))}`) }).click();
	await page.waitForURL(/\/settings$/);
	await expect(page.getByRole('heading', { level: 1, name: t(locale, 'settings_title') })).toBeVisible();
}

/** Taps pictures on a code pad (the picture code or a picture adult code), by their names. */
export async function tapPictures(page: Page, pictures: readonly string[]): Promise<void> {
	for (const picture of pictures) await page.getByRole('button', { name: picture, exact: true }).click();
}

/** From /home: Innstillinger → "Lag bildekode" → the pictures, the same again. Ends on Innstillinger. */
export async function makePictureCode(page: Page, pictures: readonly string[]): Promise<void> {
	await openSettings(page);
	await page.getByRole('link', { name: nb('code_make') }).click();
	await hydrated(page);
	await tapPictures(page, pictures);
	await page.getByRole('button', { name: nb('next') }).click();
	await tapPictures(page, pictures);
	await page.waitForURL(/\/settings$/);
	await expect(page.getByText(nb('code_on'))).toBeVisible();
}

/** What the app's one live region says (announce()). */
export function announcement(page: Page, text: string): Locator {
	return page.locator('[role="status"][aria-live="polite"]').filter({ hasText: text });
}

export interface StoredProfile {
	id: string;
	name: string;
	picture: { kind: 'symbol'; symbol: string } | { kind: 'photo'; mediaId: string };
	createdRev: number;
	rev: number;
	pictureCode?: { hash: string; length: number };
	settings: { theme: string; textSize: number; speechRate: string };
	locale: string;
	situation?: string;
}

/** Reads the profiles straight from IndexedDB (as devtools would). */
export async function storedProfiles(page: Page): Promise<StoredProfile[]> {
	return page.evaluate(
		async () => {
			// Opening a database that does not exist would create an empty one: look first.
			if (!(await indexedDB.databases()).some((d) => d.name === 'jobbvei')) return [];
			return new Promise<StoredProfile[]>((resolve, reject) => {
				const request = indexedDB.open('jobbvei');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains('profiles')) {
						db.close();
						resolve([]);
						return;
					}
					const all = db.transaction('profiles').objectStore('profiles').getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as StoredProfile[]);
					};
					all.onerror = () => reject(all.error);
				};
			});
		}
	);
}

export async function profileId(page: Page, name: string): Promise<string> {
	const found = (await storedProfiles(page)).find((p) => p.name === name);
	if (!found) throw new Error(`No stored profile named ${name}`);
	return found.id;
}
