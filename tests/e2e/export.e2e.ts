import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, nb, t, createProfile, exportCachePass, hydrated, profileId, type ExportCachePass, type Locale } from './fixtures';
import { OTHER_LOOKS, PHONE, TABLET, axeBothSizes, smallTargets } from './support/a11y';
import { serveStatic } from './support/static-server.mjs';
import { seed } from './support/seed';
import { EXPORT_CACHE, EXPORT_FILES_LIST } from '../../src/lib/pwa/export-files';

/**
 * "Del eller skriv ut": Nora chooses who it is for and what goes in, sees the
 * preview, and gets an easy-read PDF, a Word CV and a print of exactly what she ticked.
 */
const OUT = '/tmp/h-select/shots';
const SELF = { kind: 'self' };
const KARI = { kind: 'helper', role: 'teacher', name: 'Kari' };

const answer = (key: string, value: unknown, answeredBy: unknown = SELF) => ({ key, value, answeredBy });

async function seedNora(page: Page, pid: string): Promise<void> {
	await seed(page, pid, {
		trials: [
			{ id: 'hotel', kind: 'jobbsmak', workplace: 'Scandic Bergen', days: ['2026-10-05', '2026-10-06'], ownTasks: [], answeredBy: SELF },
			{ id: 'vet', kind: 'praksis', workplace: 'Dyreklinikken', days: ['2026-11-02'], ownTasks: [], answeredBy: SELF }
		],
		'cv-entries': [{ id: 'kiwi', kind: 'job', place: 'Kiwi Lade', what: 'Jeg fylte hyller.', from: '2025-08', answeredBy: SELF }],
		'plan-steps': [{ id: 'step-1', what: 'Ringe Meny', who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04', done: false, source: { kind: 'plan' }, seq: 0, answeredBy: KARI }],
		answers: [
			answer('about/liked_for', ['kind']),
			answer('about/important/text', 'Hesten min Luna.', KARI),
			answer('cv/phone', '900 11 222'),
			answer('cv/school/name', 'Bergen vgs'),
			answer('plan/this_year/text', 'Jobbe med dyr i stall.'),
			answer('change/why/text', 'Jeg kjeder meg på jobb.'),
			answer('trials/hotel/after/summary', 'Det var gøy på hotellet.'),
			answer('trials/vet/after/summary', 'Jeg stelte katter.', KARI)
		]
	});
}

/** Axe on a phone and a desktop, no small targets, and a screenshot at both sizes. */
async function checkScreen(page: Page, label: string, found: string[]): Promise<void> {
	await axeBothSizes(page, label, found);
	expect(await smallTargets(page), label).toEqual([]);
	if (!process.env.SHOTS) return; // SHOTS=1 keeps pictures to look at; CI does not need them
	for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]] as const) {
		await page.setViewportSize(viewport);
		await page.screenshot({ path: `${OUT}/export-${label}-${size}.png`, fullPage: true });
	}
	await page.setViewportSize(PHONE);
}

/** A theme and language as Innstillinger stores them on the person's profile. */
async function storeLook(page: Page, pid: string, locale: string, theme: string): Promise<void> {
	await page.evaluate(
		async ({ pid, locale, theme }) => {
			await new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('profiles', 'readwrite');
					const store = tx.objectStore('profiles');
					const get = store.get(pid);
					get.onsuccess = () => store.put({ ...get.result, locale, settings: { ...get.result.settings, theme } });
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			});
		},
		{ pid, locale, theme }
	);
}

const next = (page: Page, locale: Locale = 'nb') => page.getByRole('button', { name: t(locale, 'export_next'), exact: true }).click();

test('Nora chooses what goes in, sees it, and gets a PDF, a Word CV and a print of just that', async ({ page }) => {
	test.setTimeout(90_000);
	mkdirSync(OUT, { recursive: true });
	await createProfile(page, 'Nora');
	const pid = await profileId(page, 'Nora');
	await seedNora(page, pid);
	const found: string[] = [];

	// From Home, as a person goes.
	await page.goto('/home');
	await hydrated(page);
	await page.getByRole('link', { name: new RegExp(`^${nb('export_title')}`) }).click();
	await page.waitForURL(/\/export$/);
	await expect(page.getByRole('heading', { level: 2, name: nb('export_step_who') })).toBeVisible();
	await page.getByRole('radio', { name: nb('export_preset_employer') }).check();
	await expect(page.getByRole('button', { name: nb('export_next'), exact: true })).toBeEnabled();
	await checkScreen(page, 'who', found);
	await next(page);

	// What goes in: the employer preset starts with Om meg, the CV, interests and contact; Nora adds one
	// trial, and turns her phone number off.
	await expect(page.getByRole('heading', { level: 2, name: nb('export_step_what') })).toBeVisible();
	const parts = page.getByRole('group', { name: nb('export_step_what') });
	for (const part of ['about', 'cv', 'interests']) await expect(parts.getByRole('button', { name: nb(`export_part_${part}`) })).toHaveAttribute('aria-pressed', 'true');
	await expect(parts.getByRole('button', { name: nb('export_part_plan') })).toHaveAttribute('aria-pressed', 'false');
	await page.getByRole('group', { name: nb('export_trials_label') }).getByRole('button', { name: /^Dyreklinikken/ }).click();
	await expect(parts.getByRole('button', { name: nb('export_part_trials') })).toHaveAttribute('aria-pressed', 'true');
	const contact = page.getByRole('switch', { name: nb('export_part_contact') });
	await expect(contact).toHaveAttribute('aria-checked', 'true');
	await contact.click();
	await expect(contact).toHaveAttribute('aria-checked', 'false');
	await checkScreen(page, 'what', found);
	await next(page);

	await expect(page.getByRole('heading', { level: 2, name: nb('export_step_language') })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Norsk bokmål' })).toBeChecked();
	await checkScreen(page, 'language', found);
	await next(page);

	// The preview holds the chosen parts and nothing else.
	const preview = page.getByTestId('export-preview');
	await expect(preview.getByRole('heading', { name: nb('export_doc_title_cv', { name: 'Nora' }) })).toBeVisible();
	const chosen = ['Hesten min Luna.', 'Bergen vgs', 'Kiwi Lade', 'Jeg stelte katter.', nb('answered_by_helper', { helper: 'Kari, lærer' })];
	const others = ['Jobbe med dyr i stall', 'Ringe Meny', 'Jeg kjeder meg', '900 11 222', 'Det var gøy på hotellet'];
	for (const text of chosen) await expect(preview, text).toContainText(text);
	for (const text of others) await expect(preview, text).not.toContainText(text);
	await checkScreen(page, 'preview', found);

	// Print: the preview alone, the bar, heading, steps and buttons stay on the screen.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.jv-bar')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	await expect(page.getByRole('button', { name: nb('export_make_pdf') })).toBeHidden();
	await expect(preview).toBeVisible();
	if (process.env.SHOTS) await page.screenshot({ path: `${OUT}/export-print.png`, fullPage: true });
	await page.emulateMedia({ media: 'screen' });

	// The easy-read PDF: real text with the chosen parts and none of the others; page 1 as a picture.
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nb('export_make_pdf') }).click()]);
	expect(pdf.suggestedFilename()).toMatch(/^Nora-Jobbvei-\d{4}-\d{2}-\d{2}\.pdf$/);
	await pdf.saveAs(`${OUT}/export.pdf`);
	const pdfText = execFileSync('pdftotext', ['-layout', `${OUT}/export.pdf`, '-']).toString().replace(/\s+/g, ' ');
	for (const text of chosen) expect(pdfText, text).toContain(text.replace(/\s+/g, ' '));
	for (const text of others) expect(pdfText, text).not.toContain(text);
	execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', `${OUT}/export.pdf`, `${OUT}/export-pdf-page`]);

	// The Word CV: the CV text, no phone number.
	const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nb('export_cv_docx') }).click()]);
	expect(docx.suggestedFilename()).toMatch(/^Nora-CV-\d{4}-\d{2}-\d{2}\.docx$/);
	await docx.saveAs(`${OUT}/export.docx`);
	const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(`${OUT}/export.docx`)))['word/document.xml']!);
	for (const text of ['Nora', 'Bergen vgs', 'Kiwi Lade', 'Jeg fylte hyller.']) expect(xml, text).toContain(text);
	expect(xml).not.toContain('900 11 222');

	// The other themes and languages, on a phone, on the richest screen. (Set straight in the stored
	// profile: the settings screen itself is checked in settings.e2e.ts, and this file has 90 s.)
	for (const look of OTHER_LOOKS) {
		await storeLook(page, pid, look.locale, look.theme);
		await page.goto('/export');
		await hydrated(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme);
		for (let i = 0; i < 3; i++) await next(page, look.locale);
		await expect(page.getByTestId('export-preview')).toBeVisible();
		await axeBothSizes(page, `preview-${look.theme}-${look.locale}`, found, [PHONE]);
	}
	expect(found).toEqual([]);
});

/**
 * Jonas works at a sheltered workplace and has asked to try something else. The change page's link
 * (/export?for=change) opens straight on the preview for the meeting about it, and he takes his
 * request and what he tried along as a Word file and a PDF.
 */
test('the change page’s link opens the preview for the meeting about changing work, as Word and PDF', async ({ page }) => {
	test.setTimeout(90_000);
	await createProfile(page, 'Jonas', undefined, '', 'vta');
	const pid = await profileId(page, 'Jonas');
	await seed(page, pid, {
		trials: [{ id: 'hotel', kind: 'jobbsmak', workplace: 'Scandic Bergen', days: ['2026-10-05', '2026-10-06'], ownTasks: [], answeredBy: SELF }],
		answers: [
			answer('change/now', ['vta']),
			answer('change/now/where', 'Fretex Asker'),
			answer('change/want', ['ordinary_leave']),
			answer('change/want/days', 3),
			answer('change/why/text', 'Jeg vil jobbe i en butikk & treffe folk.'),
			answer('change/help', ['job_coach'], KARI),
			// He has been there: a trial only planned is not "tried" yet.
			answer('trials/hotel/day/2026-10-05/day', 'good'),
			answer('trials/hotel/after/summary', 'Det var gøy på hotellet.'),
			answer('cv/phone', '900 11 222')
		]
	});
	const found: string[] = [];

	// An unknown "for" starts as usual.
	await page.goto('/export?for=evil');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 2, name: nb('export_step_who') })).toBeVisible();

	await page.goto('/export?for=change');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 2, name: nb('export_step_preview') })).toBeVisible();
	const preview = page.getByTestId('export-preview');
	const request = [
		nb('change_card_now_vta'),
		nb('change_where_line', { where: 'Fretex Asker' }),
		nb('change_card_want_ordinary_leave'),
		// How much he wants to work, with the percent for NAV and the municipality.
		nb('change_days_line', { count: 3 }),
		nb('change_days_percent', { percent: 60 }),
		'Jeg vil jobbe i en butikk & treffe folk.',
		nb('change_card_help_job_coach')
	];
	const tried = ['Jobbsmak på Scandic Bergen', 'Det var gøy på hotellet.'];
	for (const text of [...request, ...tried]) await expect(preview, text).toContainText(text);
	await expect(preview).toContainText(nb('answered_by_helper', { helper: 'Kari, lærer' }));
	// The meeting is about the change: no phone number, no CV buttons.
	await expect(preview).not.toContainText('900 11 222');
	await expect(page.getByRole('button', { name: nb('export_cv_docx') })).toHaveCount(0);
	await checkScreen(page, 'for-change', found);

	// The Word file: a real document with his request and what he tried, in bokmål.
	const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nb('export_make_docx') }).click()]);
	expect(word.suggestedFilename()).toMatch(/^Jonas-Jobbvei-\d{4}-\d{2}-\d{2}\.docx$/);
	const dir = test.info().outputPath();
	mkdirSync(dir, { recursive: true });
	await word.saveAs(`${dir}/change.docx`);
	const files = unzipSync(new Uint8Array(readFileSync(`${dir}/change.docx`)));
	const xml = strFromU8(files['word/document.xml']!);
	const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' ');
	for (const line of [...request, ...tried]) expect(text, line).toContain(line);
	expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
	expect(xml).toContain('<w:numPr>');
	expect(xml).toContain('<w:lang w:val="nb-NO"/>');
	expect(text).not.toContain('900 11 222');

	// The PDF still comes from the same preview.
	const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nb('export_make_pdf') }).click()]);
	expect(pdf.suggestedFilename()).toMatch(/^Jonas-Jobbvei-\d{4}-\d{2}-\d{2}\.pdf$/);
	await pdf.saveAs(`${dir}/change.pdf`);
	const pdfText = execFileSync('pdftotext', ['-layout', `${dir}/change.pdf`, '-']).toString().replace(/\s+/g, ' ');
	for (const line of ['Fretex Asker', nb('change_days_line', { count: 3 }), 'Jeg vil jobbe i en butikk & treffe folk.', 'Scandic Bergen']) expect(pdfText, line).toContain(line);

	// He can still go back and change what goes in: the change preset's parts are ticked.
	await page.getByRole('button', { name: nb('export_previous'), exact: true }).click();
	await page.getByRole('button', { name: nb('export_previous'), exact: true }).click();
	const parts = page.getByRole('group', { name: nb('export_step_what') });
	for (const part of ['about', 'trials', 'change']) await expect(parts.getByRole('button', { name: nb(`export_part_${part}`) })).toHaveAttribute('aria-pressed', 'true');
	await expect(parts.getByRole('button', { name: nb('export_part_cv') })).toHaveAttribute('aria-pressed', 'false');
	await page.getByRole('button', { name: nb('export_previous'), exact: true }).click();
	await expect(page.getByRole('radio', { name: nb('export_preset_change') })).toBeChecked();
	expect(found).toEqual([]);
});

/**
 * A pupil installs Jobbvei at school and makes her first PDF at home, without internet.
 * The build is served by a plain static server the test can shut down, so after the install nothing can
 * come from the network, whatever the browser's offline mode lets through; and it forbids the browser's
 * HTTP cache, so offline only the app's own caches can answer.
 */
test.describe('the first export on a device that has been offline since it installed', () => {
	let site: Awaited<ReturnType<typeof serveStatic>> | undefined;

	test.beforeEach(async () => {
		const build = resolve(process.env.E2E_BUILD_DIR ?? 'build');
		if (!existsSync(join(build, 'sw.js'))) throw new Error(`No build at ${build}: run npm run build first`);
		site = await serveStatic(build, 0, { httpCache: false });
	});
	test.afterEach(async () => {
		await site?.close();
		site = undefined;
	});

	/** What the app's background pass did, and the listed files' paths. */
	type CachePass = ExportCachePass & { files: string[] };

	/**
	 * Waits until this page's background pass has cached the export files, then checks the cache itself:
	 * every file on the build's list is there, the six fonts the PDF embeds among them.
	 */
	async function exportCached(page: Page): Promise<CachePass> {
		const pass = await exportCachePass(page);
		const cached = await page.evaluate(
			async ({ list, cacheName }) => {
				const listUrl = new URL(`/${list}`, location.href);
				const files = (await (await fetch(listUrl)).json()) as string[];
				const cache = await caches.open(cacheName);
				const missing: string[] = [];
				for (const file of files) if (!(await cache.match(new URL(file, listUrl)))) missing.push(file);
				return { files, missing };
			},
			{ list: EXPORT_FILES_LIST, cacheName: EXPORT_CACHE }
		);
		expect(cached.missing).toEqual([]);
		expect(cached.files.filter((file) => file.endsWith('.woff'))).toHaveLength(6);
		expect(cached.files.length).toBe(pass.listed);
		return { ...pass, files: cached.files.map((file) => new URL(file, new URL(`/${EXPORT_FILES_LIST}`, 'http://x')).pathname) };
	}

	/** Opens the app on the site (the install) and makes Nora with a CV, all on the first page. */
	async function install(page: Page, guard: { allowedOrigins: string[] }): Promise<CachePass> {
		guard.allowedOrigins.push(site!.url);
		await createProfile(page, 'Nora', undefined, site!.url);
		await seedNora(page, await profileId(page, 'Nora'));
		const pass = await exportCached(page);
		// The first pass downloaded the whole list.
		expect(pass.fetched).toBe(pass.listed);
		return pass;
	}

	/** The server is gone and the browser is offline. */
	async function unplug(page: Page): Promise<void> {
		await site!.close();
		site = undefined;
		await page.context().setOffline(true);
	}

	/** Export → employer → the preview, the way Nora goes. */
	async function toPreview(page: Page): Promise<void> {
		await page.getByRole('link', { name: new RegExp(`^${nb('export_title')}`) }).click();
		await page.waitForURL(/\/export$/);
		await page.getByRole('radio', { name: nb('export_preset_employer') }).check();
		for (let i = 0; i < 3; i++) await next(page);
		await expect(page.getByTestId('export-preview')).toBeVisible();
	}

	/** Taps a file button; the file must download (the "maybe you are offline" message fails the test at once). */
	async function makeFile(page: Page, button: string, path: string): Promise<void> {
		const downloaded = page.waitForEvent('download', { timeout: 30_000 }).catch(() => null);
		await page.getByRole('button', { name: button }).click();
		const refused = page.getByText(nb('export_offline'), { exact: true }).first().waitFor({ timeout: 30_000 }).then(() => null).catch(() => null);
		const download = await Promise.race([downloaded, refused]);
		expect(download, `${button}: no file (${nb('export_offline')})`).not.toBeNull();
		await download!.saveAs(path);
	}

	function pdfText(path: string): string {
		return execFileSync('pdftotext', ['-layout', path, '-']).toString().replace(/\s+/g, ' ');
	}

	async function checkAllThree(page: Page): Promise<void> {
		const dir = test.info().outputPath();
		mkdirSync(dir, { recursive: true });
		await makeFile(page, nb('export_make_pdf'), `${dir}/easy-read.pdf`);
		const easy = pdfText(`${dir}/easy-read.pdf`);
		for (const text of ['Nora', 'Bergen vgs', 'Kiwi Lade', '900 11 222']) expect(easy, text).toContain(text);

		await makeFile(page, nb('export_cv_pdf'), `${dir}/cv.pdf`);
		const cv = pdfText(`${dir}/cv.pdf`);
		for (const text of ['Nora', 'Bergen vgs', 'Kiwi Lade', 'Jeg fylte hyller.']) expect(cv, text).toContain(text);

		await makeFile(page, nb('export_cv_docx'), `${dir}/cv.docx`);
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(`${dir}/cv.docx`)))['word/document.xml']!);
		for (const text of ['Nora', 'Bergen vgs', 'Kiwi Lade', 'Jeg fylte hyller.']) expect(xml, text).toContain(text);
	}

	test('installed, then offline before ever exporting: the easy-read PDF, the CV PDF and the Word CV are made after a reload', async ({ page, guard }) => {
		test.setTimeout(120_000);
		await install(page, guard);
		await unplug(page);
		const reloaded = await page.reload();
		expect(reloaded?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await toPreview(page);
		await checkAllThree(page);
	});

	test('the page she installed from makes all three offline without a reload (the service worker takes it over)', async ({ page, guard }) => {
		test.setTimeout(120_000);
		await install(page, guard);
		// The service worker took over the page it was installed from (clientsClaim), so the screens'
		// code comes from the install's cache, not the network.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
		await unplug(page);
		await toPreview(page);
		// Still the document opened at "/" before the service worker existed: only in-app navigation since.
		expect(await page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]!.name).pathname)).toBe('/');
		await checkAllThree(page);
	});

	test('a later start downloads nothing already cached and drops an older version\'s export files', async ({ page, guard }) => {
		const { listed, files } = await install(page, guard);
		const older = await page.evaluate(async (cacheName) => {
			const url = new URL('/_app/immutable/chunks/from-an-older-version.js', location.href).href;
			await (await caches.open(cacheName)).put(url, new Response('export(){}', { headers: { 'content-type': 'text/javascript' } }));
			return url;
		}, EXPORT_CACHE);
		const before = site!.requests.length;
		await page.reload();
		await hydrated(page);
		expect(await exportCached(page)).toEqual({ listed, files, fetched: 0, removed: 1 });
		expect(await page.evaluate(async ({ url, cacheName }) => (await caches.open(cacheName)).match(url).then((r) => r !== undefined), { url: older, cacheName: EXPORT_CACHE })).toBe(false);
		expect(site!.requests.slice(before).filter((path) => files.includes(path))).toEqual([]);
	});
});
