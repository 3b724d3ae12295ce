import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, t, nb, LOCALES, type Locale, createProfile, hydrated, escapeRegExp } from './fixtures';
import { THEMES, VIEWPORTS, TAGS, setLook } from './support/a11y';
import { quickTrial } from './support/trials';
import { nextOccurrence } from '../../src/lib/domain/info/year';

/**
 * "Året mitt", "Tilbud der du bor" and "For foreldre, lærere og hjelpere": the
 * Bærum example pack loaded and seen in the wheel, a date put in the calendar, bad files refused with
 * nothing changed, and axe + 48 px targets on every new screen in every theme, language and viewport
 * (pattern: info.e2e.ts).
 */
type Text = string | Partial<Record<Locale, string>>;
interface Pack {
	name: Text;
	offers: { id: string; name: Text }[];
	dates: { id: string; title: Text; when: { week?: number; date?: string } }[];
	contacts: { id: string; name: Text }[];
	adults: { changeMeetingWeeks: number[] };
}
const PACK = JSON.parse(readFileSync(new URL('../../static/packs/baerum-eksempel.jobbvei-pakke.json', import.meta.url), 'utf8')) as Pack;
const say = (text: Text, locale: Locale = 'nb') => (typeof text === 'string' ? text : (text[locale] ?? text.nb!));
const YEAR = JSON.parse(readFileSync(new URL('../../src/lib/domain/info/content/year.json', import.meta.url), 'utf8')) as { id: string; title: Record<Locale, string> }[];
const national = (id: string) => YEAR.find((d) => d.id === id)!.title.nb;


function localToday(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function compact(day: string): string {
	return day.replace(/-/g, '');
}

function dayAfter(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

async function loadExample(page: Page, locale: Locale = 'nb') {
	await page.goto('/info/local');
	await hydrated(page);
	await page.getByRole('button', { name: t(locale, 'info_local_try_example') }).click();
	await expect(page.getByText(t(locale, 'info_local_loaded', { name: say(PACK.name, locale) })).first()).toBeVisible();
}

/** Chooses a file in "Velg en fil" as a person would in the file picker. */
async function chooseFile(page: Page, name: string, content: string | Buffer) {
	await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

/** Every visible tap target smaller than 48 × 48 CSS px (the skip link waits off screen). */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"]')) {
			// The file input is invisible and covers its label, which is the target a person taps.
			const target = el instanceof HTMLInputElement && el.type === 'file' ? (el.closest('label') ?? el) : el;
			if (!target.checkVisibility({ visibilityProperty: true })) continue;
			const box = target.getBoundingClientRect();
			if (box.bottom + scrollY <= 0) continue;
			if (box.width < 47.5 || box.height < 47.5) out.push(`${el.tagName} "${(el.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
		}
		return out;
	});
}

test('Bærum example: offers and dates on "Tilbud der du bor", the dates in "Året mitt" with my jobbsmak, a date in the calendar, remove and undo', async ({ page }) => {
	test.setTimeout(120_000);
	await createProfile(page, 'Nora');
	await quickTrial(page, nb('trial_kind_jobbsmak'), [10, 11]);

	await page.goto('/info');
	await hydrated(page);
	for (const key of ['info_year', 'info_local', 'info_helpers']) await expect(page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb(key))}`) })).toBeVisible();
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('info_local'))}`) }).click();
	await page.waitForURL(/\/info\/local$/);
	await hydrated(page);
	await expect(page.getByText(nb('info_local_none'))).toBeVisible();

	// One tap loads the example; it says it is an example.
	await page.getByRole('button', { name: nb('info_local_try_example') }).click();
	await expect(page.getByText(nb('info_local_loaded', { name: say(PACK.name) })).first()).toBeVisible();
	const pack = page.getByTestId('pack');
	await expect(pack.getByRole('heading', { level: 2, name: say(PACK.name) })).toBeVisible();
	await expect(pack.getByText(nb('info_local_example_note'))).toBeVisible();
	await expect(pack.getByTestId('pack-offer').getByRole('heading', { level: 4 })).toHaveText(PACK.offers.map((o) => say(o.name)));
	for (const name of ['Arba', 'Bærum arbeidssenter', 'Bærum kommunale dagtilbud', 'Aurora verksted', 'NAV Bærum']) await expect(pack.getByRole('heading', { name, exact: true }).first()).toBeVisible();
	await expect(pack.getByTestId('pack-date')).toHaveCount(PACK.dates.length + PACK.adults.changeMeetingWeeks.length);
	await expect(pack.getByTestId('pack-date').filter({ hasText: 'Uke 18:' })).toHaveCount(1);
	await expect(pack.getByTestId('pack-date').filter({ hasText: 'Uke 41:' })).toHaveCount(1);
	await expect(pack.getByTestId('pack-contact').getByRole('heading', { name: 'Tildelingskontoret' })).toBeVisible();
	// A web address is text, not a link out of the offline app.
	await expect(pack.getByText(nb('info_local_web', { address: 'arba.no' }))).toBeVisible();
	await expect(page.locator('main a[href*="arba.no"], main a[href^="http"]')).toHaveCount(0);
	// It stays after a reload: it is stored on the device.
	await page.reload();
	await hydrated(page);
	await expect(page.getByTestId('pack').getByRole('heading', { level: 2, name: say(PACK.name) })).toBeVisible();

	// Its dates are in "Året mitt", with the person's own jobbsmak; its deadline replaces the general one.
	await page.getByTestId('pack').getByRole('link', { name: nb('info_local_see_year') }).click();
	await page.waitForURL(/\/info\/year$/);
	await hydrated(page);
	const events = page.getByTestId('year-event');
	await expect(events.filter({ hasText: nb('info_year_mine_trial') })).toHaveCount(1);
	const change = events.filter({ has: page.getByRole('heading', { name: 'Møte om å bytte arbeid' }) });
	await expect(change).toHaveCount(2);
	await expect(change.filter({ hasText: 'Uke 18:' })).toHaveCount(1);
	await expect(change.filter({ hasText: 'Uke 41:' })).toHaveCount(1);
	await expect(change.first()).toContainText(nb('info_year_from', { name: say(PACK.name) }));
	await expect(events.filter({ has: page.getByRole('heading', { name: 'Frist i Bærum: arbeid og aktivitet' }) })).toHaveCount(1);
	await expect(events.filter({ has: page.getByRole('heading', { name: national('deadline_work'), exact: true }) })).toHaveCount(0);
	await expect(events.filter({ has: page.getByRole('heading', { name: national('overgangsmote'), exact: true }) })).toHaveCount(1);
	// Nora has not said where she is: the school year and the adults' year, each under its heading.
	const pupilYear = page.locator('[data-testid="year-part"][data-audience="pupil"]');
	await expect(pupilYear.getByRole('heading', { level: 2, name: nb('info_year_part_pupil'), exact: true })).toBeVisible();
	await expect(page.locator('[data-testid="year-part"][data-audience="adult"]').getByRole('heading', { level: 2, name: nb('info_year_part_adult'), exact: true })).toBeVisible();
	await expect(change.first()).toContainText(nb('info_year_change_week_text'));
	await expect(pupilYear.getByTestId('year-event').filter({ has: page.getByRole('heading', { name: 'Møte om å bytte arbeid' }) })).toHaveCount(0);
	// Exactly one date of the school year is "Neste", and its overview marks its month.
	await expect(pupilYear.locator('[data-testid="year-event"][data-next]')).toHaveCount(1);
	await expect(pupilYear.locator('[data-testid="year-event"][data-next]')).toContainText(nb('info_year_next'));
	await expect(pupilYear.getByTestId('year-overview').locator('li[data-next]')).toHaveCount(1);
	await expect(pupilYear.getByTestId('year-overview').locator('li')).toHaveCount(12);

	// "Legg i kalenderen" on the week-41 meeting: one all-day event, Monday to Friday of that week.
	const week41 = nextOccurrence({ week: 41 }, localToday());
	const meeting = change.filter({ hasText: 'Uke 41:' });
	const download = page.waitForEvent('download');
	await meeting.getByRole('button', { name: new RegExp(`^${escapeRegExp(nb('info_year_add'))}`) }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('jobbvei-baerum-eksempel-change-meetings-41.ics');
	const ics = readFileSync((await file.path())!, 'utf8');
	expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
	expect(ics).toContain(`DTSTART;VALUE=DATE:${compact(week41.start)}\r\n`);
	expect(ics).toContain(`DTEND;VALUE=DATE:${compact(dayAfter(week41.end))}\r\n`);
	expect(ics).toContain('SUMMARY:Møte om å bytte arbeid\r\n');
	expect(ics).toContain('Uke 41');

	// My jobbsmak goes in the calendar as its own days.
	const mineDownload = page.waitForEvent('download');
	await events.filter({ hasText: nb('info_year_mine_trial') }).getByRole('button', { name: new RegExp(`^${escapeRegExp(nb('info_year_add'))}`) }).click();
	expect(readFileSync((await (await mineDownload).path())!, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(2);

	// Removing the pack takes its dates out of the wheel; "Angre" brings them back.
	await page.goto('/info/local');
	await hydrated(page);
	const remove = page.getByRole('button', { name: new RegExp(`^${nb('info_local_remove')}`) });
	await remove.click();
	await expect(page.locator('main').getByText(nb('info_local_removed', { name: say(PACK.name) }))).toBeVisible();
	await expect(page.getByTestId('pack')).toHaveCount(0);
	await page.getByRole('button', { name: nb('undo') }).click();
	await expect(page.getByTestId('pack').getByRole('heading', { level: 2, name: say(PACK.name) })).toBeVisible();
	await remove.click();
	await expect(page.getByTestId('pack')).toHaveCount(0);
	await page.goto('/info/year');
	await hydrated(page);
	await expect(page.getByRole('heading', { name: national('deadline_work'), exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Møte om å bytte arbeid' })).toHaveCount(0);
});

const APPLY = JSON.parse(readFileSync(new URL('../../src/lib/domain/info/content/apply.json', import.meta.url), 'utf8')) as {
	items: { id: string; title: Record<Locale, string>; source: string }[];
}[];

/** Says where a person is now, straight in the database (the screen for it is built elsewhere), then reloads. */
async function setSituation(page: Page, name: string, situation: string) {
	await page.evaluate(
		({ name, situation }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onsuccess = () => {
					const tx = open.result.transaction('profiles', 'readwrite');
					const store = tx.objectStore('profiles');
					const all = store.getAll();
					all.onsuccess = () => {
						for (const p of all.result as { name: string; situation?: string }[]) if (p.name === name) store.put({ ...p, situation });
					};
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ name, situation }
	);
	await page.reload();
	await hydrated(page);
}

test('a parent opens "Hva skal vi søke om, hvor og når?" from the year wheel and reads an item, where, when and its source', async ({ page }) => {
	// No person chosen: a parent reads on their own phone.
	await page.goto('/info/year');
	await hydrated(page);
	await expect(page.locator('[data-testid="year-part"]')).toHaveCount(2);
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('info_apply'))}`) }).click();
	await page.waitForURL(/\/info\/apply$/);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('info_apply') })).toBeVisible();
	await expect(page.getByTestId('apply-stage')).toHaveCount(APPLY.length);
	const benefit = APPLY.flatMap((s) => s.items).find((i) => i.id === 'disability_benefit')!;
	const item = page.getByTestId('apply-item').filter({ has: page.getByRole('heading', { level: 3, name: benefit.title.nb, exact: true }) });
	await expect(item).toHaveCount(1);
	await expect(item.getByText(nb('info_apply_where', { place: nb('info_apply_where_nav') }))).toBeVisible();
	await expect(item.getByTestId('fact-source')).toHaveText(nb('info_source', { source: benefit.source }));
	// Every item says where its fact comes from.
	await expect(page.getByTestId('fact-source')).toHaveCount(APPLY.flatMap((s) => s.items).length);
	// "Les mer" goes to the uføretrygd page, which no longer says NAV first looks at what you can work with.
	await item.getByRole('link', { name: new RegExp(escapeRegExp(nb('info_word_option', { title: 'Uføretrygd' }))) }).click();
	await page.waitForURL(/\/info\/option\?id=uforetrygd$/);
	await hydrated(page);
	await expect(page.getByTestId('option-text')).toContainText('Du kan be NAV om en arbeidsevnevurdering.');
	await expect(page.getByTestId('option-text')).not.toContainText('Først ser NAV');
	await expect(page.getByTestId('fact-source')).toHaveText(/^Kilde: nav\.no og Oslo kommune/);
	// The helpers' page links to it too, and shows a source under each part.
	await page.goto('/info/helpers');
	await hydrated(page);
	await expect(page.getByTestId('helper-part').filter({ hasText: 'arbeidsevnevurdering' }).first().getByTestId('fact-source')).toContainText('Oslo kommune');
	await expect(page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('info_apply'))}`) })).toBeVisible();
});

test('an adult in VTA sees the yearly review in "Året mitt", and no school dates; a pupil sees the school year only', async ({ page }) => {
	await createProfile(page, 'Ola');
	await setSituation(page, 'Ola', 'vta');
	await page.goto('/info/year');
	await hydrated(page);
	const parts = page.locator('[data-testid="year-part"]');
	await expect(parts).toHaveCount(1);
	await expect(parts).toHaveAttribute('data-audience', 'adult');
	await expect(page.getByRole('heading', { level: 2, name: nb('info_year_part_adult'), exact: true })).toHaveCount(0);
	const review = page.getByTestId('year-event').filter({ has: page.getByRole('heading', { name: national('yearly_review'), exact: true }) });
	await expect(review).toHaveCount(1);
	await expect(review).toContainText('Snakk om året med den som har ansvar for deg på jobben.');
	await expect(review.getByTestId('fact-source')).toContainText('Oslo kommune');
	await expect(page.getByTestId('year-event').filter({ has: page.getByRole('heading', { name: national('change_meetings'), exact: true }) })).toHaveCount(1);
	await expect(page.getByRole('heading', { name: national('overgangsmote'), exact: true })).toHaveCount(0);

	await setSituation(page, 'Ola', 'school');
	await expect(parts).toHaveCount(1);
	await expect(parts).toHaveAttribute('data-audience', 'pupil');
	await expect(page.getByRole('heading', { name: national('overgangsmote'), exact: true })).toHaveCount(1);
	await expect(page.getByRole('heading', { name: national('yearly_review'), exact: true })).toHaveCount(0);
});

test('a bad pack file says what happened, in easy-read, and nothing changes', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/info/local');
	await hydrated(page);
	// Nothing loaded yet: a bad file leaves it empty.
	await chooseFile(page, 'bilde.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]));
	await expect(page.getByText(nb('info_local_error'))).toBeVisible();
	await expect(page.getByText(nb('info_local_error_not_json'))).toBeVisible();
	await expect(page.getByText(nb('info_local_none'))).toBeVisible();

	await loadExample(page);
	const before = await page.getByTestId('pack').innerText();
	for (const [name, content, key] of [
		['notater.json', 'Dette er ikke JSON', 'info_local_error_not_json'],
		['backup.json', JSON.stringify({ format: 'jobbvei-backup', version: 1 }), 'info_local_error_not_a_pack'],
		['feil.jobbvei-pakke.json', JSON.stringify({ ...PACK, format: 'jobbvei-content-pack', version: 1, id: 'baerum_eksempel', offers: [{ id: 'x', symbol: 'no_such_symbol', name: 'X', what: 'Y' }] }), 'info_local_error_damaged'],
		['stor.jobbvei-pakke.json', JSON.stringify({ ...PACK, padding: 'x'.repeat(210 * 1024) }), 'info_local_error_too_big']
	] as const) {
		await chooseFile(page, name, content);
		await expect(page.getByText(nb(key)), name).toBeVisible();
		await expect(page.getByText(nb('info_local_error'))).toBeVisible();
		// The pack that was there is there, unchanged, and the error took the place of the success message.
		await expect(page.getByTestId('pack')).toHaveCount(1);
		expect(await page.getByTestId('pack').innerText(), name).toBe(before);
		await expect(page.locator('main').getByText(nb('info_local_loaded', { name: say(PACK.name) }))).toHaveCount(0);
	}
	await page.reload();
	await hydrated(page);
	expect(await page.getByTestId('pack').innerText()).toBe(before);
});

for (const theme of THEMES) {
	test(`axe and 48 px targets: Året mitt, Tilbud der du bor (with the example and an error), For foreldre, lærere og hjelpere; theme ${theme}, nb/nn/en, phone and desktop`, async ({ page }) => {
		test.setTimeout(300_000);
		await createProfile(page, 'Nora');
		await quickTrial(page, nb('trial_kind_jobbsmak'), [10]);
		await loadExample(page);
		const found: string[] = [];
		let current: Locale = 'nb';
		for (const locale of LOCALES) {
			await setLook(page, current, locale, theme);
			current = locale;
			for (const path of ['/info', '/info/year', '/info/local', '/info/helpers', '/info/apply']) {
				await page.goto(path);
				await hydrated(page);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				if (path === '/info/year') await expect(page.locator('[data-testid="year-event"][data-source="trial"]')).toHaveCount(1);
				if (path === '/info/local') {
					await expect(page.getByTestId('pack')).toHaveCount(1);
					// A refused file's message is part of the screen too.
					await chooseFile(page, 'feil.json', 'ikke json');
					await expect(page.getByText(t(locale, 'info_local_error_not_json'))).toBeVisible();
				}
				for (const viewport of VIEWPORTS) {
					await page.setViewportSize(viewport);
					const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
					for (const v of result.violations) found.push(`${theme}/${locale}/${viewport.width} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
					for (const s of await smallTargets(page)) found.push(`${theme}/${locale}/${viewport.width} ${path}: small target ${s}`);
					if (viewport.width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits ${locale}`).toBeLessThanOrEqual(390);
				}
				await page.setViewportSize(VIEWPORTS[0]!);
			}
		}
		expect(found, found.join('\n')).toEqual([]);
	});
}

test('look at it: the new information screens at phone size', async ({ page }, info) => {
	test.setTimeout(120_000);
	await page.setViewportSize(VIEWPORTS[0]!);
	await createProfile(page, 'Nora');
	await quickTrial(page, nb('trial_kind_jobbsmak'), [10, 11]);
	await page.goto('/info');
	await hydrated(page);
	await page.screenshot({ path: info.outputPath('info-year-hub-390.png'), fullPage: true });
	await page.goto('/info/local');
	await hydrated(page);
	await page.screenshot({ path: info.outputPath('info-year-local-empty-390.png'), fullPage: true });
	await loadExample(page);
	await page.screenshot({ path: info.outputPath('info-year-local-pack-390.png'), fullPage: true });
	await page.getByTestId('pack-offer').first().screenshot({ path: info.outputPath('info-year-local-offer-390.png') });
	await page.getByTestId('pack-date').nth(1).screenshot({ path: info.outputPath('info-year-local-date-390.png') });
	await page.getByTestId('pack-contact').first().screenshot({ path: info.outputPath('info-year-local-contact-390.png') });
	await chooseFile(page, 'feil.json', 'ikke json');
	await expect(page.getByText(nb('info_local_error_not_json'))).toBeVisible();
	await page.screenshot({ path: info.outputPath('info-year-local-error-390.png') });
	await page.goto('/info/year');
	await hydrated(page);
	await expect(page.locator('[data-testid="year-event"][data-source="trial"]').first()).toBeVisible();
	await page.screenshot({ path: info.outputPath('info-year-wheel-390.png'), fullPage: true });
	await page.screenshot({ path: info.outputPath('info-year-wheel-top-390.png') });
	// Close-ups: a full page of a year is too tall to judge in one picture.
	const sections = page.locator('main section');
	for (let i = 0; i < Math.min(3, await sections.count()); i++) await sections.nth(i).screenshot({ path: info.outputPath(`info-year-wheel-month-${i}-390.png`) });
	await page.goto('/info/helpers');
	await hydrated(page);
	await page.screenshot({ path: info.outputPath('info-year-helpers-390.png'), fullPage: true });
	await page.getByTestId('helper-part').nth(1).screenshot({ path: info.outputPath('info-year-helpers-who-390.png') });
});
