import type { Page } from '@playwright/test';
import { test, expect, nb, createProfile, profileId } from './fixtures';
import { seedAnswers, seedTrial } from './support/reflect';
import { XSS_PAYLOADS } from '../../src/lib/domain/backup/hostile/corpus';

/**
 * Twenty classic XSS payloads typed into the app's own fields (docs/reliability.md, "What the app must never do"): the person's name, Om meg,
 * a trial's workplace, the plan, the CV, the meeting and the change request. Each payload would set
 * `window.__xss` (or open a dialog) if it ever ran; a trap set before any page script reports that.
 * The finished pages must show every payload as plain text, on screen and under print media.
 */
const P = XSS_PAYLOADS;
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Where each payload is typed (every one of the twenty is used once), and the page that shows it. */
const NAME = P[1]; // ≤ 40 characters: a person's name
const ME = { liked_for: P[0], important: P[2], support: P[12] } as const;
const WORKPLACE = P[9];
const PLAN_WORDS = P[6];
const PLAN_STEPS = [P[4], P[15]] as const;
const HELPER_NAME = P[3];
const CV = { place: P[5], what: P[7] } as const;
const MEETING_PLACE = P[11];
const QUESTIONS = [P[8], P[10], P[17], P[18]] as const;
const CHANGE = { where: P[13], why: P[14], help: P[16], want: P[19] } as const;

async function ownWords(page: Page, text: string) {
	const box = page.getByRole('textbox', { name: nb('trial_text_label') });
	if (!(await box.isVisible())) await button(page, nb('trial_text_write')).click();
	await box.fill(text);
	await box.blur();
	await expect(box).toHaveValue(text);
}

/**
 * Moves to `path` inside the running app (SvelteKit's router takes the click), as a link would:
 * no reload, so one slow start of the app is paid once. The XSS trap stays in place.
 */
async function open(page: Page, path: string) {
	await page.evaluate((path) => {
		const link = document.createElement('a');
		link.href = path;
		document.getElementById('svelte-announcer')!.parentElement!.append(link);
		link.click();
		link.remove();
	}, path);
	await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Every payload expected on a finished page is there, as text (not as markup). */
async function showsLiterally(page: Page, texts: readonly string[], label: string) {
	const main = page.locator('main');
	for (const text of texts) {
		await expect(main.getByText(text, { exact: false }).first(), `${label}: ${text}`).toBeVisible();
	}
	// No element any payload could have made exists in the page.
	const injected = await page.evaluate(() =>
		[...document.querySelectorAll('main script, main iframe, main object, main embed, main svg[onload], main [onerror], main [onload], main [onfocus], main [ontoggle], main a[href^="javascript" i], main input[autofocus], main math, main details[open]')].map((e) => e.outerHTML.slice(0, 80))
	);
	expect(injected, label).toEqual([]);
}

test('twenty XSS payloads typed into the app never run, on screen or in print, and show as text', async ({ page, context }) => {
	test.setTimeout(90_000);
	const hits: string[] = [];
	await context.exposeBinding('__xssHit', ({ page: from }, value: unknown) => void hits.push(`${from?.url() ?? '?'}: ${String(value)}`));
	await page.addInitScript(() => {
		const w = window as unknown as { __xssHit: (v: unknown) => void };
		Object.defineProperty(window, '__xss', { configurable: false, get: () => undefined, set: (v: unknown) => w.__xssHit(v) });
	});
	page.on('dialog', (dialog) => {
		hits.push(`dialog ${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});

	// The person's name.
	await createProfile(page, NAME);
	const pid = await profileId(page, NAME);
	// Her trial is stored before the app reads anything, then the app starts once.
	await seedTrial(page, pid);
	// She has been there (a day told about), so the trial is in the CV and the change request.
	await seedAnswers(page, pid, { 'trials/trial1/day/2026-03-02/day': 'good' });
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });

	// The trap works: a script that does run is seen (then forgotten).
	await page.evaluate(() => ((window as unknown as { __xss: unknown }).__xss = 'self-test'));
	await expect.poll(() => hits.length).toBe(1);
	hits.length = 0;

	// Om meg: own words in each part.
	for (const [part, text] of Object.entries(ME)) {
		await open(page, `/me/part?id=${part}`);
		await ownWords(page, text);
	}

	// A trial: its workplace changed through "Endre".
	await open(page, '/trials/new?id=trial1&part=workplace');
	const workplace = page.getByRole('textbox', { name: nb('trials_workplace_label') });
	await expect(workplace).toHaveValue('Scandic Bergen');
	await workplace.fill(WORKPLACE);
	await button(page, nb('save')).click();
	await page.waitForURL(/\/trials\/trial\?id=trial1/);
	await showsLiterally(page, [WORKPLACE], 'trial');

	// The plan: own words for the dream job, two steps, a helper's name.
	await open(page, '/plan/part?id=dream_job');
	await ownWords(page, PLAN_WORDS);
	for (const [i, what] of PLAN_STEPS.entries()) {
		await open(page, '/plan/step');
		await page.getByRole('textbox', { name: nb('plan_step_what') }).fill(what);
		await page.getByRole('group', { name: nb('plan_step_who') }).getByRole('radio', { name: nb('plan_who_teacher'), exact: true }).check();
		if (i === 0) await page.getByRole('textbox', { name: nb('plan_step_name') }).fill(HELPER_NAME);
		await button(page, nb('plan_step_save')).click();
		await page.waitForURL(/\/plan$/);
	}

	// The CV: an entry of her own.
	await open(page, '/cv/entry?kind=job');
	await page.getByRole('radio', { name: new RegExp(`^${nb('cv_entry_kind_job')}`) }).check();
	const what = page.getByRole('textbox', { name: nb('cv_entry_what') });
	await what.fill(CV.what);
	await what.blur();
	const cvPlace = page.getByRole('textbox', { name: nb('cv_entry_place') });
	await cvPlace.fill(CV.place);
	await cvPlace.blur();
	await page.waitForURL(/\/cv\/entry\?id=/);
	await expect(page.getByRole('heading', { level: 1, name: CV.place })).toBeVisible();

	// The meeting: its place and four own questions.
	await open(page, '/meeting');
	await button(page, nb('meeting_new')).click();
	await page.waitForURL(/\/meeting\/step\?id=.+&part=kind$/);
	const meetingId = new URL(page.url()).searchParams.get('id')!;
	await open(page, `/meeting/step?id=${meetingId}&part=place`);
	const place = page.getByRole('textbox', { name: nb('meeting_place_label') });
	await place.fill(MEETING_PLACE);
	await place.blur();
	await open(page, `/meeting/step?id=${meetingId}&part=ask`);
	for (const question of QUESTIONS) {
		await page.getByRole('textbox', { name: nb('meeting_own_question') }).fill(question);
		await button(page, nb('meeting_add')).click();
		await expect(page.getByRole('listitem').filter({ hasText: question })).toBeVisible();
	}

	// The change request: where, and own words in three parts.
	await open(page, '/change/part?id=now');
	const where = page.getByRole('textbox', { name: nb('change_where') });
	await where.fill(CHANGE.where);
	await where.blur();
	for (const part of ['want', 'why', 'help'] as const) {
		await open(page, `/change/part?id=${part}`);
		await ownWords(page, CHANGE[part]);
	}

	// Every payload is used once.
	const used = [NAME, ...Object.values(ME), WORKPLACE, PLAN_WORDS, ...PLAN_STEPS, HELPER_NAME, ...Object.values(CV), MEETING_PLACE, ...QUESTIONS, ...Object.values(CHANGE)];
	expect(new Set(used).size).toBe(20);
	expect([...used].sort()).toEqual([...P].sort());

	// The finished pages, on screen and as printed.
	const pages: [string, readonly string[]][] = [
		['/me', Object.values(ME)],
		['/cv', [NAME, CV.place, CV.what]],
		['/plan', [PLAN_WORDS, ...PLAN_STEPS, HELPER_NAME]],
		[`/meeting/view?id=${meetingId}`, [MEETING_PLACE, ...QUESTIONS]],
		['/change', [WORKPLACE, ...Object.values(CHANGE)]]
	];
	for (const [path, texts] of pages) {
		await open(page, path);
		for (const media of ['screen', 'print'] as const) {
			await page.emulateMedia({ media });
			await showsLiterally(page, texts, `${path} (${media})`);
		}
		await page.emulateMedia({ media: 'screen' });
	}
	expect(hits).toEqual([]);
});
