import type { Page } from '@playwright/test';
import { test, expect, t, nb, createProfile, hydrated, profileId, escapeRegExp } from './fixtures';
import { OTHER_LOOKS, PHONE, TABLET, setLook, axeBothSizes, smallTargets } from './support/a11y';
import { openPart, partUrl, writeOwnWords } from './support/journeys';

/**
 * "Min plan": Nora's career plan: dream job, goals, next steps with who helps and
 * by when, ticked off, saved for the meeting as dated versions she can look back at; her dated steps
 * show in "Året mitt".
 */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true });

/** A day two weeks from now (YYYY-MM-DD) and how the plan says it: "torsdag 10. desember". */
function dayAhead(days: number): { iso: string; text: string; typed: string } {
	const now = new Date();
	const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
	const iso = d.toISOString().slice(0, 10);
	const withYear = d.getUTCFullYear() !== now.getFullYear();
	const text = new Intl.DateTimeFormat('nb-NO', { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(d);
	return { iso, text, typed: `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}` };
}

/** The person's data is on screen (the prerendered frame comes first): a section, a field or cards. */
async function loadedScreen(page: Page) {
	await expect(page.getByRole('heading', { level: 2 }).or(page.getByRole('textbox')).or(page.getByRole('group')).first()).toBeVisible();
}

async function openPlan(page: Page) {
	await page.goto('/plan');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('plan_title') })).toBeVisible();
	await expect(page.getByText(nb('plan_filled', { count: 0 }))).toBeVisible();
}

const stepCard = (page: Page, what: string) => page.getByRole('article', { name: what });
/** "Gjort: Søke jobbsmak" as a screen reader names it (the words after the colon are visually hidden). */
const named = (start: string, what: string) => new RegExp(`^${escapeRegExp(start)}\\s*: ${escapeRegExp(what)}$`);

/** Adds a step on /plan/step with the mouse: what, who (and a name), and maybe a date. */
async function addStep(page: Page, what: string, role: string, name?: string, day?: string) {
	await page.getByRole('link', { name: nb('plan_step_add'), exact: true }).click();
	await page.waitForURL(/\/plan\/step$/);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('plan_step_new_title') })).toBeVisible();
	await page.getByRole('textbox', { name: nb('plan_step_what') }).fill(what);
	await page.getByRole('group', { name: nb('plan_step_who') }).getByRole('radio', { name: role, exact: true }).check();
	if (name) await page.getByRole('textbox', { name: nb('plan_step_name') }).fill(name);
	if (day) await page.getByLabel(nb('plan_step_when')).fill(day);
	await button(page, nb('plan_step_save')).click();
	await page.waitForURL(/\/plan$/);
	await expect(stepCard(page, what)).toBeVisible();
}

/** Nora's plan as the tests leave it: a dream job with words, goals, two steps (one done). */
async function fillPlan(page: Page, day: { iso: string }) {
	await openPlan(page);
	await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_fill'))}\\s*: ${escapeRegExp(nb('plan_part_dream_job'))}$`) }).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('plan_part_dream_job') })).toBeVisible();
	await page.getByRole('radio', { name: 'Kantinemedarbeider', exact: true }).check();
	await expect(page.getByRole('radio', { name: 'Kantinemedarbeider', exact: true })).toBeChecked();
	await writeOwnWords(page, 'Jeg vil jobbe på kafé.');
	await link(page, nb('next')).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('plan_part_this_year') })).toBeVisible();
	const goals = page.getByRole('group', { name: nb('plan_part_this_year') });
	await goals.getByRole('button', { name: nb('plan_goal_try_trial') }).click();
	await goals.getByRole('button', { name: nb('plan_goal_travel_alone') }).click();
	await expect(goals.getByRole('button', { name: nb('plan_goal_travel_alone') })).toHaveAttribute('aria-pressed', 'true');
	await link(page, nb('next')).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('plan_part_few_years') })).toBeVisible();
	await page.getByRole('group', { name: nb('plan_part_few_years') }).getByRole('button', { name: nb('plan_goal_get_job') }).click();
	await link(page, nb('next')).click();
	await expect(page.getByRole('heading', { level: 1, name: nb('plan_part_next_trial') })).toBeVisible();
	await link(page, nb('done')).click();
	await page.waitForURL(/\/plan$/);

	await addStep(page, 'Søke jobbsmak på Meny', nb('plan_who_teacher'), 'Kari', day.iso);
	await addStep(page, 'Øve på å ta bussen', nb('plan_who_me'));
}

/** Nora's filled plan, one step done and one saved version: the addresses of a step and that version. */
async function preparePlan(page: Page): Promise<{ stepHref: string; versionHref: string }> {
	await fillPlan(page, dayAhead(14));
	await page.getByRole('checkbox', { name: named(nb('plan_step_done'), 'Øve på å ta bussen') }).check();
	await button(page, nb('plan_save')).click();
	await expect(page.getByRole('main').getByText(nb('plan_version_saved'))).toBeVisible();
	const stepHref = await stepCard(page, 'Søke jobbsmak på Meny').getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_change'))}`) }).getAttribute('href');
	await link(page, nb('plan_history')).click();
	await page.waitForURL(/\/plan\/history$/);
	const versionHref = await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('plan_history_open'))}`) }).first().getAttribute('href');
	return { stepHref: stepHref!, versionHref: versionHref! };
}

test.describe('Min plan', () => {
	test('Nora writes her plan, ticks a step off, saves it for the meeting twice and looks back at the first', async ({ page }) => {
		test.setTimeout(180_000);
		const day = dayAhead(14);
		await createProfile(page, 'Nora');
		await fillPlan(page, day);

		// The finished page: symbols and words, who helps and by when.
		await expect(page.getByText(nb('plan_filled', { count: 3 }))).toBeVisible();
		const dream = page.getByRole('region', { name: nb('plan_part_dream_job') });
		await expect(dream.getByRole('listitem')).toHaveText(['Kantinemedarbeider']);
		await expect(dream.getByText('Jeg vil jobbe på kafé.')).toBeVisible();
		await expect(page.getByRole('region', { name: nb('plan_part_this_year') }).getByRole('listitem')).toHaveText([nb('plan_goal_try_trial'), nb('plan_goal_travel_alone')]);
		const meny = stepCard(page, 'Søke jobbsmak på Meny');
		await expect(meny.getByText(nb('plan_step_by', { day: day.text }))).toBeVisible();
		await expect(meny.getByText('Lærer Kari hjelper.')).toBeVisible();
		await expect(stepCard(page, 'Øve på å ta bussen').getByText(nb('plan_step_self'))).toBeVisible();
		// Om meg's support part is shown, not asked again, with the way to change it.
		const support = page.getByRole('region', { name: nb('plan_part_support') });
		await expect(support.getByText(nb('plan_support_empty'))).toBeVisible();
		await expect(support.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('plan_support_change'))}`) })).toHaveAttribute('href', partUrl('about', 'support'));

		// Tick one off: it moves to "Dette er gjort".
		await page.getByRole('checkbox', { name: named(nb('plan_step_done'), 'Øve på å ta bussen') }).check();
		await expect(page.getByText(nb('plan_steps_count', { done: 1, total: 2 }))).toBeVisible();
		await expect(page.getByRole('list', { name: nb('plan_steps_done') }).getByRole('article')).toHaveCount(1);
		await expect(page.getByRole('checkbox', { name: named(nb('plan_step_done'), 'Øve på å ta bussen') })).toBeChecked();

		// Saved for the meeting; a second tap with nothing changed keeps no copy.
		await button(page, nb('plan_save')).click();
		await expect(page.getByRole('main').getByText(nb('plan_version_saved'))).toBeVisible();
		await button(page, nb('plan_save')).click();
		await expect(page.getByRole('main').getByText(nb('plan_version_same'), { exact: true })).toBeVisible();

		// Nora changes her dream job's words and saves again.
		await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_change'))}\\s*: ${escapeRegExp(nb('plan_part_dream_job'))}$`) }).click();
		await expect(page.getByRole('heading', { level: 1, name: nb('plan_part_dream_job') })).toBeVisible();
		await writeOwnWords(page, 'Jeg vil bli kokk.');
		await link(page, nb('done')).click();
		await page.waitForURL(/\/plan$/);
		await expect(dream.getByText('Jeg vil bli kokk.')).toBeVisible();
		await button(page, nb('plan_save')).click();
		await expect(page.getByRole('main').getByText(nb('plan_version_saved'))).toBeVisible();

		// Two versions, newest first; the earlier one shows the old words, read only.
		await link(page, nb('plan_history')).click();
		await page.waitForURL(/\/plan\/history$/);
		await expect(page.getByRole('heading', { level: 1, name: nb('plan_history') })).toBeVisible();
		const versions = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('plan_history_open'))}`) }) });
		await expect(versions).toHaveCount(2);
		await expect(versions.first().getByText(nb('plan_history_newest'))).toBeVisible();
		await versions.nth(1).getByRole('link').click();
		await page.waitForURL(/\/plan\/history\?id=/);
		await expect(page.getByRole('heading', { level: 1, name: /.+/ })).toHaveText(new RegExp(`^${escapeRegExp(nb('plan_history_title', { day: 'X' }).replace(' X', ''))}`));
		await expect(page.getByText(nb('plan_history_old'))).toBeVisible();
		await expect(page.getByText('Jeg vil jobbe på kafé.')).toBeVisible();
		await expect(page.getByText('Jeg vil bli kokk.')).toHaveCount(0);
		await expect(stepCard(page, 'Søke jobbsmak på Meny').getByText('Lærer Kari hjelper.')).toBeVisible();
		// Read only: no tick boxes, no change links.
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_change'))}`) })).toHaveCount(0);

		// The dated step is in "Året mitt"; the one that is done is not.
		await page.goto('/info/year');
		await hydrated(page);
		const event = page.getByTestId('year-event').filter({ has: page.getByRole('heading', { name: 'Søke jobbsmak på Meny' }) });
		await expect(event).toHaveCount(1);
		await expect(event).toHaveAttribute('data-source', 'plan');
		await expect(event.getByText(nb('info_year_mine_plan'))).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Øve på å ta bussen' })).toHaveCount(0);

		// Everything is still there after a reload.
		await page.goto('/plan');
		await hydrated(page);
		await expect(page.getByRole('region', { name: nb('plan_part_dream_job') }).getByText('Jeg vil bli kokk.')).toBeVisible();
		await expect(page.getByText(nb('plan_steps_count', { done: 1, total: 2 }))).toBeVisible();
	});

	test("a helper's part and step are marked as the helper's; a step is changed, deleted and put back", async ({ page }) => {
		test.setTimeout(120_000);
		await createProfile(page, 'Nora');
		const pid = await profileId(page, 'Nora');
		await page.evaluate((pid) => sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } })), pid);
		await openPart(page, 'plan', 'few_years');
		await page.getByRole('group', { name: nb('plan_part_few_years') }).getByRole('button', { name: nb('plan_goal_apprentice') }).click();
		await expect(page.getByTestId('answered-by')).toHaveText(nb('answered_by_helper', { helper: 'Kari, lærer' }));
		await link(page, nb('next')).click();
		await link(page, nb('done')).click();
		await page.waitForURL(/\/plan$/);
		await addStep(page, 'Ringe NAV', nb('plan_who_nav'));
		await expect(stepCard(page, 'Ringe NAV').getByText(nb('planned_by_helper', { helper: 'Kari, lærer' }))).toBeVisible();
		await page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
		await page.reload();
		await hydrated(page);
		const few = page.getByRole('region', { name: nb('plan_part_few_years') });
		await expect(few.getByText(nb('answered_by_helper', { helper: 'Kari, lærer' }))).toBeVisible();
		await expect(page.getByRole('region', { name: nb('plan_part_dream_job') }).getByText(nb('answered_by_helper', { helper: 'Kari, lærer' }))).toHaveCount(0);

		// Change the step: what and who; the date stays empty.
		await stepCard(page, 'Ringe NAV').getByRole('link', { name: new RegExp(`^${escapeRegExp(nb('me_change'))}`) }).click();
		await page.waitForURL(/\/plan\/step\?id=/);
		await expect(page.getByRole('heading', { level: 1, name: nb('plan_step_edit_title') })).toBeVisible();
		await expect(page.getByRole('textbox', { name: nb('plan_step_what') })).toHaveValue('Ringe NAV');
		await expect(page.getByRole('radio', { name: nb('plan_who_nav'), exact: true })).toBeChecked();
		// A common step fills in the words.
		await page.getByRole('group', { name: nb('plan_step_ideas') }).getByRole('button', { name: nb('plan_idea_visit_work') }).click();
		await expect(page.getByRole('textbox', { name: nb('plan_step_what') })).toHaveValue(nb('plan_idea_visit_work'));
		await page.getByRole('radio', { name: nb('plan_who_parent'), exact: true }).check();
		await page.getByRole('textbox', { name: nb('plan_step_name') }).fill('Mamma');
		await button(page, nb('plan_step_save')).click();
		await page.waitForURL(/\/plan$/);
		const visit = stepCard(page, nb('plan_idea_visit_work'));
		await expect(visit.getByText('Forelder Mamma hjelper.')).toBeVisible();
		await expect(visit.getByText(nb('plan_step_no_date'))).toBeVisible();
		await expect(visit.getByText(nb('planned_by_self'))).toHaveCount(0);

		// Delete, then "Angre" puts it back.
		await visit.getByRole('button', { name: named(nb('plan_step_delete'), nb('plan_idea_visit_work')) }).click();
		await expect(visit).toHaveCount(0);
		await expect(page.getByRole('main').getByText(nb('plan_step_deleted'))).toBeVisible();
		await button(page, nb('undo')).click();
		await expect(visit).toBeVisible();
		await page.reload();
		await hydrated(page);
		await expect(visit).toBeVisible();

		// A step without words is not stored; the screen says what to do.
		await page.getByRole('link', { name: nb('plan_step_add'), exact: true }).click();
		await page.waitForURL(/\/plan\/step$/);
		await hydrated(page);
		await button(page, nb('plan_step_save')).click();
		await expect(page.getByText(nb('plan_step_what_missing'))).toBeVisible();
		await expect(page.getByRole('textbox', { name: nb('plan_step_what') })).toBeFocused();
	});

	test('adding a step and ticking it off by keyboard only', async ({ page }) => {
		test.setTimeout(120_000);
		const day = dayAhead(10);
		await createProfile(page, 'Nora');
		await page.goto('/plan/step');
		await hydrated(page);
		const what = page.getByRole('textbox', { name: nb('plan_step_what') });
		for (let i = 0; i < 30 && !(await what.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(what).toBeFocused();
		await page.keyboard.type('Lage CV med Kari');
		// Tab past the common steps to "Hvem hjelper deg?", then arrow keys choose "Lærer".
		const me = page.getByRole('radio', { name: nb('plan_who_me'), exact: true });
		for (let i = 0; i < 30 && !(await me.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(me).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: nb('plan_who_teacher'), exact: true })).toBeChecked();
		const name = page.getByRole('textbox', { name: nb('plan_step_name') });
		for (let i = 0; i < 20 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.type('Kari');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel(nb('plan_step_when'))).toBeFocused();
		// The date field's order follows the browser's language (day or month first): type day first,
		// and if the browser read it month first, go back to the first field and type it that way.
		await page.keyboard.type(day.typed);
		if ((await page.getByLabel(nb('plan_step_when')).inputValue()) !== day.iso) {
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.type(`${day.iso.slice(5, 7)}${day.iso.slice(8, 10)}${day.iso.slice(0, 4)}`);
		}
		await expect(page.getByLabel(nb('plan_step_when'))).toHaveValue(day.iso);
		await expect(page.getByText(day.text, { exact: true })).toBeVisible();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/plan$/);
		const card = stepCard(page, 'Lage CV med Kari');
		await expect(card.getByText(nb('plan_step_by', { day: day.text }))).toBeVisible();
		const done = page.getByRole('checkbox', { name: named(nb('plan_step_done'), 'Lage CV med Kari') });
		for (let i = 0; i < 60 && !(await done.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(done).toBeFocused();
		await page.keyboard.press('Space');
		await expect(done).toBeChecked();
		await expect(page.getByText(nb('plan_steps_count', { done: 1, total: 1 }))).toBeVisible();
	});

	test('every screen: 48 px targets, no sideways scrolling, axe, screenshots at phone and tablet size', async ({ page }, info) => {
		test.setTimeout(300_000);
		await createProfile(page, 'Nora');
		const found: string[] = [];
		await page.goto('/plan');
		await hydrated(page);
		await expect(page.getByText(nb('plan_steps_empty'))).toBeVisible();
		await axeBothSizes(page, 'empty /plan', found);
		expect(await smallTargets(page), 'empty /plan').toEqual([]);
		await page.screenshot({ path: info.outputPath('plan-empty-390.png'), fullPage: true });
		await page.goto('/plan/history');
		await hydrated(page);
		await expect(page.getByText(nb('plan_history_empty'))).toBeVisible();
		await axeBothSizes(page, 'empty /plan/history', found);

		const { stepHref, versionHref } = await preparePlan(page);
		const screens = ['/plan', partUrl('plan', 'dream_job'), partUrl('plan', 'this_year'), '/plan/step', stepHref, '/plan/history', versionHref];
		const problems: string[] = [];
		for (const path of screens) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await loadedScreen(page);
			problems.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
			const name = path.replace(/\?id=[^&]+-.*/, '-one').replace(/[^a-z]+/g, '-');
			await page.screenshot({ path: info.outputPath(`${name}-390.png`), fullPage: true });
			await page.setViewportSize(TABLET);
			problems.push(...(await smallTargets(page)).map((s) => `${path} (tablet): ${s}`));
			await page.screenshot({ path: info.outputPath(`${name}-1024.png`), fullPage: true });
			await page.setViewportSize(PHONE);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
			await axeBothSizes(page, path, found);
		}
		expect(problems, problems.join('\n')).toEqual([]);
		expect(found, found.join('\n')).toEqual([]);
	});

	for (const { theme, locale } of OTHER_LOOKS) {
		test(`axe in the ${theme} theme in ${locale}`, async ({ page }) => {
			test.setTimeout(180_000);
			await createProfile(page, 'Nora');
			const { stepHref, versionHref } = await preparePlan(page);
			const screens = ['/plan', partUrl('plan', 'this_year'), stepHref, '/plan/history', versionHref];
			const found: string[] = [];
			await setLook(page, 'nb', locale, theme);
			for (const path of screens) {
				await page.goto(path);
				await hydrated(page);
				await expect(page.getByRole('heading', { level: 1, name: path === '/plan' ? t(locale, 'plan_title') : /.+/ })).toBeVisible();
				await loadedScreen(page);
				await axeBothSizes(page, `${theme}/${locale} ${path}`, found);
			}
			expect(found, found.join('\n')).toEqual([]);
		});
	}
});
