import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, t, nb, type Locale, createProfile, hydrated, profileId, escapeRegExp } from './fixtures';
import { LOOKS, PHONE, TABLET, setLook, axeBothSizes, smallTargets } from './support/a11y';

/**
 * "Møtet": Nora prepares an overgangsmøte one question per screen, shows the
 * finished page, puts it in her calendar, and afterwards writes what was agreed; the steps go to Min plan.
 */
const BEFORE = ['kind', 'date', 'place', 'who', 'say', 'ask', 'how', 'caller'] as const;
const AFTER = ['agreed', 'steps', 'next'] as const;

function nextMonth(): string {
	const now = new Date();
	const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() + 1, 1));
	return d.toISOString().slice(0, 7);
}
/** "tirsdag 10. mars 2026": the day as the finished page writes it. */
function dayText(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Intl.DateTimeFormat('nb-NO', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
const heading = (page: Page, key: string) => expect(page.getByRole('heading', { level: 1, name: nb(key) })).toBeVisible();
const next = (page: Page) => page.getByRole('link', { name: nb('next'), exact: true }).click();

/** Two points for "Hva vil du si?": Nora's Om meg, through its own screen. */
async function seedAbout(page: Page) {
	await page.goto('/me/part?id=liked_for');
	await hydrated(page);
	const cards = page.getByRole('group', { name: nb('me_part_liked_for') });
	await cards.getByRole('button', { name: nb('me_card_liked_for_kind') }).click();
	await cards.getByRole('button', { name: nb('me_card_liked_for_helpful') }).click();
	await expect(cards.getByRole('button', { name: nb('me_card_liked_for_helpful') })).toHaveAttribute('aria-pressed', 'true');
}

async function startMeeting(page: Page): Promise<string> {
	await page.goto('/meeting');
	await hydrated(page);
	await page.getByRole('button', { name: nb('meeting_new') }).click();
	await page.waitForURL(/\/meeting\/step\?id=.+&part=kind$/);
	await heading(page, 'meeting_part_kind');
	return new URL(page.url()).searchParams.get('id')!;
}

/** Nora's overgangsmøte, filled by touch. Returns the meeting's id and day. */
async function prepare(page: Page): Promise<{ id: string; day: string }> {
	const id = await startMeeting(page);
	await page.getByRole('radio', { name: new RegExp(`^${nb('meeting_kind_transition')}`) }).check();
	await next(page);
	await heading(page, 'meeting_part_date');
	await page.getByRole('button', { name: nb('trials_month_next') }).click();
	const day = `${nextMonth()}-10`;
	await page.locator(`[data-day="${day}"]`).click();
	await expect(page.getByTestId('chosen-day')).toHaveText(nb('meeting_date_chosen', { day: dayText(day) }));
	// A tap on another day moves the meeting there; a tap back moves it back.
	await page.locator(`[data-day="${nextMonth()}-11"]`).click();
	await expect(page.locator(`[data-day="${day}"]`)).toHaveAttribute('aria-pressed', 'false');
	await page.locator(`[data-day="${day}"]`).click();
	await expect(page.locator(`[data-day="${day}"]`)).toHaveAttribute('aria-pressed', 'true');
	await next(page);
	await heading(page, 'meeting_part_place');
	await page.getByRole('radio', { name: 'kl. 10' }).check();
	const place = page.getByRole('textbox', { name: nb('meeting_place_label') });
	await place.fill('Skolen, rom 2');
	await place.blur();
	await next(page);

	await heading(page, 'meeting_part_who');
	const who = page.getByRole('group', { name: nb('meeting_part_who') });
	await who.getByRole('button', { name: nb('meeting_role_me') }).click();
	await who.getByRole('button', { name: nb('meeting_role_parent') }).click();
	await who.getByRole('button', { name: nb('meeting_role_teacher') }).click();
	await expect(who.getByRole('button', { name: nb('meeting_role_teacher') })).toHaveAttribute('aria-pressed', 'true');
	const kari = page.getByRole('textbox', { name: nb('meeting_who_name', { role: nb('meeting_role_teacher') }) });
	await kari.fill('Kari');
	await kari.blur();
	await next(page);

	await heading(page, 'meeting_part_say');
	const fromMe = page.getByRole('group', { name: nb('meeting_say_about') });
	await fromMe.getByRole('button', { name: nb('me_card_liked_for_kind') }).click();
	await fromMe.getByRole('button', { name: nb('me_card_liked_for_helpful') }).click();
	await expect(fromMe.getByRole('button', { name: nb('me_card_liked_for_helpful') })).toHaveAttribute('aria-pressed', 'true');
	await next(page);

	await heading(page, 'meeting_part_ask');
	await page.getByRole('group', { name: nb('meeting_part_ask') }).getByRole('button', { name: nb('meeting_q_another_trial') }).click();
	await page.getByRole('textbox', { name: nb('meeting_own_question') }).fill('Kan jeg ta bussen alene?');
	await page.getByRole('button', { name: nb('meeting_add'), exact: true }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Kan jeg ta bussen alene?' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: nb('meeting_own_question') })).toHaveValue('');
	await next(page);

	await heading(page, 'meeting_part_how');
	const how = page.getByRole('group', { name: nb('meeting_part_how') });
	await how.getByRole('button', { name: nb('meeting_wish_break') }).click();
	await how.getByRole('button', { name: nb('meeting_wish_help_speak') }).click();
	await expect(how.getByRole('button', { name: nb('meeting_wish_help_speak') })).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('link', { name: nb('done'), exact: true }).click();
	await page.waitForURL(/\/meeting\/view\?id=/);
	return { id, day };
}

async function checkFinished(page: Page, day: string) {
	await heading(page, 'meeting_kind_transition');
	const region = (key: string) => page.getByRole('region', { name: nb(key) });
	await expect(region('meeting_view_when').getByRole('listitem')).toHaveText([`${dayText(day)}, kl. 10`, 'Skolen, rom 2']);
	await expect(region('meeting_view_who').getByRole('listitem')).toHaveText([nb('meeting_role_me'), nb('meeting_role_parent'), 'Kari (lærer)']);
	await expect(region('meeting_view_say').getByRole('listitem')).toHaveText([nb('me_card_liked_for_kind'), nb('me_card_liked_for_helpful')]);
	await expect(region('meeting_view_ask').getByRole('listitem')).toHaveText([nb('meeting_q_another_trial'), 'Kan jeg ta bussen alene?']);
	await expect(region('meeting_view_how').getByRole('listitem')).toHaveText([nb('meeting_wish_break'), nb('meeting_wish_help_speak')]);
	// Every part can be read aloud.
	await expect(region('meeting_view_say').getByRole('button', { name: new RegExp(`^${escapeRegExp(nb('speak_label', { text: nb('meeting_view_say') }))}`) })).toBeVisible();
}

async function planSteps(page: Page, pid: string) {
	return page.evaluate(
		(pid) =>
			new Promise<{ what: string; who: { role: string; name?: string }; due?: string; source: { kind: string; meetingId?: string } }[]>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('plan-steps').objectStore('plan-steps').index('by-profile').getAll(pid);
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result.sort((a: { createdRev: number; seq: number }, b: { createdRev: number; seq: number }) => a.createdRev - b.createdRev || a.seq - b.seq));
					};
					req.onerror = () => reject(req.error);
				};
			}),
		pid
	);
}

/** The meeting as stored (autosave is done when this shows the change). */
async function storedMeeting(page: Page, id: string) {
	return page.evaluate(
		(id) =>
			new Promise<{ after: { steps: { what: string }[] } }>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('meetings').objectStore('meetings').get(id);
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
			}),
		id
	);
}

async function writeAfter(page: Page, id: string) {
	await page.getByRole('link', { name: nb('meeting_after_start') }).click();
	await page.waitForURL(/part=agreed/);
	await heading(page, 'meeting_part_agreed');
	const words = page.getByRole('textbox', { name: nb('trial_text_label') });
	await words.fill('Nora skal prøve jobbsmak på Meny.');
	await words.blur();
	await next(page);

	await heading(page, 'meeting_part_steps');
	await page.getByRole('button', { name: nb('meeting_step_add') }).click();
	const first = page.getByRole('group', { name: nb('meeting_step_title', { number: 1 }) });
	await expect(first.getByRole('textbox', { name: nb('meeting_step_what') })).toBeFocused();
	await first.getByRole('textbox', { name: nb('meeting_step_what') }).fill('Ringe Meny');
	await first.getByRole('combobox', { name: nb('meeting_step_who') }).selectOption('teacher');
	await first.getByRole('textbox', { name: nb('meeting_step_who_name') }).fill('Kari');
	await first.getByRole('textbox', { name: nb('meeting_step_who_name') }).blur();
	await first.getByLabel(nb('meeting_step_due')).fill(`${nextMonth()}-20`);
	await first.getByLabel(nb('meeting_step_due')).blur();
	await page.getByRole('button', { name: nb('meeting_step_add') }).click();
	const second = page.getByRole('group', { name: nb('meeting_step_title', { number: 2 }) });
	await second.getByRole('textbox', { name: nb('meeting_step_what') }).fill('Øve på bussen');
	await second.getByRole('textbox', { name: nb('meeting_step_what') }).blur();
	// A reload keeps the rows, as written.
	await expect.poll(async () => (await storedMeeting(page, id)).after.steps.map((s) => s.what)).toEqual(['Ringe Meny', 'Øve på bussen']);
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('group', { name: nb('meeting_step_title', { number: 1 }) }).getByRole('textbox', { name: nb('meeting_step_who_name') })).toHaveValue('Kari');
	await expect(page.getByRole('group', { name: nb('meeting_step_title', { number: 2 }) }).getByRole('textbox', { name: nb('meeting_step_what') })).toHaveValue('Øve på bussen');
	await page.getByRole('button', { name: nb('meeting_steps_to_plan') }).click();
	await expect(page.getByText(nb('meeting_step_in_plan'), { exact: true })).toHaveCount(2);
	await expect(page.getByRole('button', { name: nb('meeting_steps_to_plan') })).toHaveCount(0);
	await next(page);

	await heading(page, 'meeting_part_next');
	await page.getByRole('button', { name: nb('trials_month_next') }).click();
	await page.getByRole('button', { name: nb('trials_month_next') }).click();
	await page.locator('[data-day$="-03"]').first().click();
	await expect(page.getByTestId('chosen-day')).toBeVisible();
	await page.getByRole('link', { name: nb('done'), exact: true }).click();
	await page.waitForURL(new RegExp(`/meeting/view\\?id=${id}`));
}

/** One stored record, read straight from the database (autosave is done when it shows the change). */
async function storedRecord(page: Page, store: string, key: string): Promise<Record<string, unknown> | undefined> {
	return page.evaluate(
		({ store, key }) =>
			new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction(store).objectStore(store).get(key);
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
			}),
		{ store, key }
	);
}

const asHelper = (page: Page, pid: string) =>
	page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } })), pid);
const asSelf = (page: Page) => page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
const jsonFile = (name: string, content: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
const QUESTION_FILE = JSON.stringify({
	format: 'jobbvei-questions',
	version: 1,
	questions: [{ text: 'Hva liker du å gjøre på skolen?', symbol: 'doc_school' }, { text: 'Vil du prøve en jobb?' }]
});

test.describe('Møtet', () => {
	test('two parents come; the coordinator\'s questions come from a file and a helper, Nora answers one per screen, and the document shows it all', async ({ page }) => {
		test.setTimeout(180_000);
		await createProfile(page, 'Nora');
		const id = await startMeeting(page);
		const pid = await profileId(page, 'Nora');

		// Two parents, each by name.
		await page.goto(`/meeting/step?id=${id}&part=who`);
		await hydrated(page);
		await page.getByRole('group', { name: nb('meeting_part_who') }).getByRole('button', { name: nb('meeting_role_parent') }).click();
		const mor = page.getByRole('textbox', { name: nb('meeting_who_name', { role: nb('meeting_role_parent') }) });
		await mor.fill('Mor');
		await mor.blur();
		await expect.poll(async () => (await storedRecord(page, 'meetings', id))?.attendees).toEqual([{ role: 'parent', names: ['Mor'] }]);
		await page.getByRole('button', { name: nb('meeting_who_another', { role: nb('meeting_role_parent') }) }).click();
		const far = page.getByRole('textbox', { name: nb('meeting_who_name_number', { role: nb('meeting_role_parent'), number: 2 }) });
		await far.fill('Far');
		await far.blur();
		await expect.poll(async () => (await storedRecord(page, 'meetings', id))?.attendees).toEqual([{ role: 'parent', names: ['Mor', 'Far'] }]);

		// Kari (a helper) loads the coordinator's file; a wrong or broken file first changes nothing.
		await asHelper(page, pid);
		await page.goto(`/meeting/step?id=${id}&part=caller`);
		await hydrated(page);
		await heading(page, 'meeting_part_caller');
		const picker = page.getByLabel(nb('meeting_caller_file'));
		await picker.setInputFiles(jsonFile('pakke.json', JSON.stringify({ format: 'jobbvei-pakke', version: 1 })));
		await expect(page.getByText(nb('meeting_caller_error_not_questions'))).toBeVisible();
		await picker.setInputFiles(jsonFile('brutt.json', '{ "format": "jobbvei-questions", '));
		await expect(page.getByText(nb('meeting_caller_error_not_json'))).toBeVisible();
		await picker.setInputFiles(jsonFile('sporsmal.json', QUESTION_FILE));
		await expect(page.getByRole('textbox', { name: nb('meeting_caller_question', { number: 1 }) })).toHaveValue('Hva liker du å gjøre på skolen?');
		await expect(page.getByRole('textbox', { name: nb('meeting_caller_question', { number: 2 }) })).toHaveValue('Vil du prøve en jobb?');
		// Another helper types one more.
		await page.getByRole('textbox', { name: nb('meeting_caller_new') }).fill('Trenger du hjelp med bussen?');
		await page.getByRole('button', { name: nb('meeting_add'), exact: true }).click();
		await expect(page.getByRole('textbox', { name: nb('meeting_caller_question', { number: 3 }) })).toHaveValue('Trenger du hjelp med bussen?');
		const stored = (await storedRecord(page, 'meetings', id)) as { callerQuestions: { id: string; text: string }[] };
		expect(stored.callerQuestions.map((q) => q.text)).toEqual(['Hva liker du å gjøre på skolen?', 'Vil du prøve en jobb?', 'Trenger du hjelp med bussen?']);
		const [q1, q2, q3] = stored.callerQuestions.map((q) => q.id);

		// Nora answers, one question per screen: a card, her own words, and a card with Kari's help.
		await asSelf(page);
		await page.goto(`/meeting/step?id=${id}&part=caller`);
		await hydrated(page);
		await page.getByRole('link', { name: nb('meeting_caller_answer') }).click();
		await page.waitForURL(new RegExp(`/meeting/caller\\?id=${id}&q=${q1}`));
		await expect(page.getByRole('heading', { level: 1, name: 'Hva liker du å gjøre på skolen?' })).toBeVisible();
		const cards = page.getByRole('group', { name: nb('meeting_caller_cards') });
		await cards.getByRole('button', { name: nb('trial_answer_yes') }).click();
		await expect(cards.getByRole('button', { name: nb('trial_answer_yes') })).toHaveAttribute('aria-pressed', 'true');
		await next(page);
		await page.waitForURL(new RegExp(`q=${q2}`));
		await expect(page.getByRole('heading', { level: 1, name: 'Vil du prøve en jobb?' })).toBeVisible();
		await page.getByRole('button', { name: nb('trial_text_write') }).click();
		const words = page.getByRole('textbox', { name: nb('trial_text_label') });
		await words.fill('Jeg vil jobbe med dyr');
		await words.blur();
		await expect.poll(async () => (await storedRecord(page, 'answers', `${pid}/meeting/${id}/caller/${q2}/text`))?.value).toBe('Jeg vil jobbe med dyr');
		await asHelper(page, pid);
		await page.goto(`/meeting/caller?id=${id}&q=${q3}`);
		await hydrated(page);
		await cards.getByRole('button', { name: nb('trial_answer_maybe') }).click();
		await expect(page.getByTestId('answered-by')).toBeVisible();
		await expect(page.getByRole('link', { name: nb('next'), exact: true })).toHaveCount(0);
		await page.getByRole('link', { name: nb('done'), exact: true }).click();
		await page.waitForURL(new RegExp(`/meeting/view\\?id=${id}`));
		await asSelf(page);

		// The finished page: both parents, every question with its answer.
		const region = (key: string) => page.getByRole('region', { name: nb(key) });
		await expect(region('meeting_view_who').getByRole('listitem')).toHaveText(['Mor (mamma eller pappa)', 'Far (mamma eller pappa)']);
		await expect(region('meeting_view_caller').getByRole('listitem')).toHaveText([
			'Hva liker du å gjøre på skolen?',
			nb('meeting_caller_answered', { answer: nb('trial_answer_yes') }),
			'Vil du prøve en jobb?',
			nb('meeting_caller_answered', { answer: 'Jeg vil jobbe med dyr' }),
			'Trenger du hjelp med bussen?',
			nb('meeting_caller_answered', { answer: nb('trial_answer_maybe') })
		]);

		// The document with only the meeting ticked: the questions, the answers, who said it, both parents.
		await page.goto('/export');
		await hydrated(page);
		await page.getByRole('radio', { name: nb('export_preset_meeting') }).check();
		await page.getByRole('button', { name: nb('export_next'), exact: true }).click();
		const parts = page.getByRole('group', { name: nb('export_step_what') });
		for (const part of ['about', 'plan', 'trials', 'interests', 'photos', 'cv', 'change']) {
			const button = parts.getByRole('button', { name: nb(`export_part_${part}`) });
			if ((await button.count()) && (await button.getAttribute('aria-pressed')) === 'true') await button.click();
		}
		await expect(parts.getByRole('button', { name: nb('export_part_meeting') })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: nb('export_next'), exact: true }).click();
		await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
		await page.getByRole('button', { name: nb('export_next'), exact: true }).click();
		const preview = page.getByTestId('export-preview');
		await expect(preview).toBeVisible();
		await expect(preview.getByRole('heading', { name: nb('meeting_view_caller') })).toBeVisible();
		for (const text of ['Hva liker du å gjøre på skolen?', 'Vil du prøve en jobb?', 'Jeg vil jobbe med dyr', 'Trenger du hjelp med bussen?', 'Mor (mamma eller pappa)', 'Far (mamma eller pappa)']) {
			await expect(preview.getByText(text, { exact: false }).first()).toBeVisible();
		}
		await expect(preview.getByText(nb('answered_by_helper', { helper: 'Kari, lærer' })).first()).toBeVisible();
		await expect(preview.getByText(nb('export_part_about'), { exact: true })).toHaveCount(0);
	});

	test('Nora prepares an overgangsmøte, shows it, adds it to her calendar, and the agreed steps go to her plan', async ({ page }) => {
		test.setTimeout(180_000);
		await createProfile(page, 'Nora');
		await seedAbout(page);
		const { id, day } = await prepare(page);
		await checkFinished(page, day);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(nb('meeting_calendar'))}`) }).first().click();
		const file = await download;
		expect(file.suggestedFilename()).toBe(`mote-${day}.ics`);
		const ics = readFileSync((await file.path())!, 'utf8');
		expect(ics).toContain(`SUMMARY:${nb('meeting_kind_transition')}\r\n`);
		expect(ics).toContain(`DTSTART:${day.replace(/-/g, '')}T100000\r\n`);
		expect(ics).toContain('LOCATION:Skolen\\, rom 2\r\n');

		// The list shows it; a reload keeps everything.
		await page.goto('/meeting');
		await hydrated(page);
		await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('meeting_kind_transition'))}`) }).click();
		await page.waitForURL(/\/meeting\/view\?id=/);
		await checkFinished(page, day);

		await writeAfter(page, id);
		await expect(page.getByRole('region', { name: nb('meeting_view_agreed') })).toContainText('Nora skal prøve jobbsmak på Meny.');
		await expect(page.getByRole('region', { name: nb('meeting_view_steps') }).getByRole('listitem')).toHaveText([
			`Ringe Meny. Kari (lærer). ${nb('plan_step_by', { day: dayText(`${nextMonth()}-20`) })}`,
			`Øve på bussen. ${nb('meeting_role_me')}`
		]);
		const steps = await planSteps(page, await profileId(page, 'Nora'));
		expect(steps.map((s) => [s.what, s.who, s.due, s.source])).toEqual([
			['Ringe Meny', { role: 'teacher', name: 'Kari' }, `${nextMonth()}-20`, { kind: 'meeting', meetingId: id }],
			['Øve på bussen', { role: 'me' }, undefined, { kind: 'meeting', meetingId: id }]
		]);
		const nextIcs = page.waitForEvent('download');
		await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(nb('meeting_calendar'))}\\s*: ${nb('meeting_view_next')}$`) }).click();
		expect(readFileSync((await (await nextIcs).path())!, 'utf8')).toContain(`SUMMARY:${nb('meeting_ics_next', { kind: nb('meeting_kind_transition') })}`);
	});

	test('a helper\'s answers are marked as the helper\'s', async ({ page }) => {
		await createProfile(page, 'Nora');
		const id = await startMeeting(page);
		const pid = await profileId(page, 'Nora');
		await page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } })), pid);
		await page.goto(`/meeting/step?id=${id}&part=how`);
		await hydrated(page);
		await page.getByRole('group', { name: nb('meeting_part_how') }).getByRole('button', { name: nb('meeting_wish_short') }).click();
		await expect(page.getByTestId('answered-by')).toHaveText(nb('answered_by_helper', { helper: 'Kari, lærer' }));
		await page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
		await page.goto(`/meeting/view?id=${id}`);
		await hydrated(page);
		await expect(page.getByRole('region', { name: nb('meeting_view_how') }).getByText(nb('answered_by_helper', { helper: 'Kari, lærer' }))).toBeVisible();
		await expect(page.getByRole('region', { name: nb('meeting_view_ask') }).getByText(nb('answered_by_helper', { helper: 'Kari, lærer' }))).toHaveCount(0);
	});

	test('the before-steps by keyboard only', async ({ page }) => {
		test.setTimeout(120_000);
		await createProfile(page, 'Nora');
		await page.goto('/meeting');
		await hydrated(page);
		const tabTo = async (locator: ReturnType<Page['locator']>) => {
			for (let i = 0; i < 60 && !(await locator.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
			await expect(locator).toBeFocused();
		};
		await tabTo(page.getByRole('button', { name: nb('meeting_new') }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/part=kind/);
		await hydrated(page);
		await tabTo(page.getByRole('radio').first());
		await page.keyboard.press('Space');
		await expect(page.getByRole('radio', { name: new RegExp(`^${nb('meeting_kind_transition')}`) })).toBeChecked();
		await tabTo(page.getByRole('link', { name: nb('next'), exact: true }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/part=date/);
		await tabTo(page.getByRole('button', { name: nb('trials_month_next') }));
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(page.locator(`[data-day="${nextMonth()}-01"]`)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(page.locator(`[data-day="${nextMonth()}-01"]`)).toHaveAttribute('aria-pressed', 'true');
		await tabTo(page.getByRole('link', { name: nb('next'), exact: true }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/part=place/);
		await tabTo(page.getByRole('textbox', { name: nb('meeting_place_label') }));
		await page.keyboard.type('NAV Asker');
		await tabTo(page.getByRole('link', { name: nb('next'), exact: true }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/part=who/);
		await tabTo(page.getByRole('button', { name: nb('meeting_role_nav'), exact: true }));
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: nb('meeting_role_nav'), exact: true })).toHaveAttribute('aria-pressed', 'true');
		for (const part of ['say', 'ask', 'how'] as const) {
			await tabTo(page.getByRole('link', { name: nb('next'), exact: true }));
			await page.keyboard.press('Enter');
			await page.waitForURL(new RegExp(`part=${part}`));
		}
		await tabTo(page.getByRole('button', { name: nb('meeting_wish_known_place') }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: nb('meeting_wish_known_place') })).toHaveAttribute('aria-pressed', 'true');
		await tabTo(page.getByRole('link', { name: nb('done'), exact: true }));
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/meeting\/view/);
		await expect(page.getByRole('region', { name: nb('meeting_view_when') }).getByRole('listitem')).toHaveText([dayText(`${nextMonth()}-01`), 'NAV Asker']);
		await expect(page.getByRole('region', { name: nb('meeting_view_who') }).getByRole('listitem')).toHaveText([nb('meeting_role_nav')]);
		await expect(page.getByRole('region', { name: nb('meeting_view_how') }).getByRole('listitem')).toHaveText([nb('meeting_wish_known_place')]);
	});

	test('axe in every theme and language, 48 px targets, screenshots at phone and tablet size', async ({ page }, info) => {
		test.setTimeout(900_000);
		await page.setViewportSize(PHONE);
		await createProfile(page, 'Nora');
		const found: string[] = [];
		const problems: string[] = [];
		async function everyLook(paths: () => string[]) {
			let current: Locale = 'nb';
			for (const { theme, locale, viewports } of LOOKS) {
				await setLook(page, current, locale, theme);
				current = locale;
				for (const path of paths()) {
					await page.goto(path);
					await hydrated(page);
					await expect(page.getByRole('heading', { level: 1, name: path === '/meeting' ? t(locale, 'meeting_title') : /.+/ })).toBeVisible();
					await axeBothSizes(page, `${theme}/${locale} ${path}`, found, viewports);
				}
			}
			await setLook(page, current, 'nb', 'default');
		}
		async function targets(path: string, shot?: string) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			problems.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
			if (shot) {
				await page.screenshot({ path: info.outputPath(`${shot}-390.png`), fullPage: true });
				await page.setViewportSize(TABLET);
				await page.screenshot({ path: info.outputPath(`${shot}-1024.png`), fullPage: true });
				await page.setViewportSize(PHONE);
			}
		}

		// Empty: no meetings yet; then a meeting with nothing in it (its finished page and every screen).
		await targets('/meeting', 'meeting-list-empty');
		await expect(page.getByText(nb('meeting_none'))).toBeVisible();
		await everyLook(() => ['/meeting']);
		const empty = await startMeeting(page);
		const screens = (id: string) => [`/meeting/view?id=${id}`, ...[...BEFORE, ...AFTER].map((p) => `/meeting/step?id=${id}&part=${p}`)];
		for (const path of screens(empty)) await targets(path, path.includes('view') ? 'meeting-view-empty' : undefined);
		// Screens whose empty state differs from the filled one: the finished page, no points to choose, no rows, no day.
		const emptyScreens = [`/meeting/view?id=${empty}`, ...(['say', 'steps', 'date'] as const).map((p) => `/meeting/step?id=${empty}&part=${p}`)];

		// Filled: Nora's overgangsmøte, before and after.
		await seedAbout(page);
		const { id } = await prepare(page);
		await writeAfter(page, id);
		for (const path of ['/meeting', ...screens(id)]) {
			await targets(path, `meeting-${path.includes('part=') ? path.replace(/.*part=/, '') : path.includes('view') ? 'view' : 'list'}`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
		await everyLook(() => ['/meeting', ...emptyScreens, ...screens(id)]);
		expect(found, found.join('\n')).toEqual([]);
	});
});
