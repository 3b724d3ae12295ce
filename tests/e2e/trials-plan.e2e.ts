import { readFileSync } from 'node:fs';
import { test, expect, nb, createProfile, hydrated } from './fixtures';
import { nextMonth, quickTrial } from './support/trials';

/** Journey 2, part 1: plan a jobbsmak, put it in the calendar, find it in the list, compare two. */

/** "tirsdag 10. mars": the day as the app names it (formatDate without the year). */
function dayName(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Intl.DateTimeFormat('nb-NO', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

test.describe('Jobbsmak: plan', () => {
	test('plan a 3-day jobbsmak from a starred job, by touch; calendar file; list; delete and undo', async ({ page }) => {
		test.setTimeout(120_000);
		await createProfile(page, 'Nora');
		// Nora starred "Stallhjelp" in "Hva vil jeg jobbe med?": it is offered first, not asked again.
		await page.goto('/interests/job?id=stable_hand');
		await hydrated(page);
		const star = page.getByRole('button', { name: nb('star_add') });
		await star.click();
		await expect(star).toHaveAttribute('aria-pressed', 'true');

		await page.goto('/home');
		await hydrated(page);
		await page.getByRole('link', { name: new RegExp(`^${nb('trials_home')}`) }).click();
		await page.waitForURL(/\/trials$/);
		await expect(page.getByText(nb('trial_list_empty'))).toBeVisible();
		await page.getByRole('link', { name: nb('trials_plan_new') }).click();
		await page.waitForURL(/\/trials\/new$/);
		await hydrated(page);

		const next = page.getByRole('button', { name: nb('next'), exact: true });
		await expect(page.getByText(nb('step_progress', { current: 1, total: 9 }))).toBeVisible();
		// The kind is needed: "Neste" without it says so.
		await next.click();
		await expect(page.getByText(nb('trial_plan_kind')).last()).toBeVisible();
		await page.getByRole('radio', { name: new RegExp(`^${nb('trial_kind_jobbsmak')}`) }).check();
		await next.click();

		await expect(page.getByRole('heading', { level: 1, name: nb('trial_plan_job') })).toBeVisible();
		const starred = page.getByRole('group', { name: nb('trial_plan_job_starred') });
		await starred.getByRole('radio', { name: 'Stallhjelp' }).check();
		await next.click();

		await page.getByRole('textbox', { name: nb('trials_workplace_label') }).fill('Ridesenteret');
		await next.click();

		await expect(page.getByRole('heading', { level: 1, name: nb('trial_plan_days') })).toBeVisible();
		await next.click();
		await expect(page.getByText(nb('trial_plan_days_none')).first()).toBeVisible();
		await page.getByRole('button', { name: nb('trials_month_next') }).click();
		const month = nextMonth();
		const days = [`${month}-10`, `${month}-11`, `${month}-12`];
		// Tapped in the wrong order and one twice: the chosen days are still in date order.
		for (const day of [days[2]!, days[0]!, days[1]!, days[1]!, days[1]!]) await page.locator(`[data-day="${day}"]`).click();
		for (const day of days) await expect(page.locator(`[data-day="${day}"]`)).toHaveAttribute('aria-pressed', 'true');
		const chips = page.getByRole('list').filter({ has: page.getByRole('button', { name: new RegExp(dayName(days[0]!)) }) }).getByRole('listitem');
		await expect(chips).toHaveText(days.map((d) => new RegExp(dayName(d))));

		// A reload in the middle of planning keeps the screen and what was chosen.
		await page.reload();
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb('trial_plan_days') })).toBeVisible();
		await expect(chips).toHaveCount(3);
		await next.click();

		await page.getByRole('radio', { name: 'kl. 9', exact: true }).check();
		await next.click();
		await page.getByRole('button', { name: nb('trials_skip') }).click(); // transport
		await page.getByRole('textbox', { name: nb('trial_plan_contact_name') }).fill('Kari');
		await next.click();
		await page.getByRole('button', { name: nb('trials_skip') }).click(); // what I will do
		await page.getByRole('textbox', { name: nb('trial_plan_find_out') }).fill('om jeg liker hester');
		await page.getByRole('button', { name: nb('trials_plan_save') }).click();

		await page.waitForURL(/\/trials\/trial\?id=/);
		await expect(page.getByRole('heading', { level: 1, name: 'Stallhjelp' })).toBeVisible();
		await expect(page.getByRole('link', { name: new RegExp(`^${nb('trial_day_heading', { number: 3, date: dayName(days[2]!) })}`) })).toBeVisible();
		await expect(page.getByText('Ridesenteret')).toBeVisible();
		await expect(page.getByText('kl. 9', { exact: true })).toBeVisible();

		// "Legg dagene i kalenderen": one event per day.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: nb('trial_plan_calendar') }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('jobbsmak-ridesenteret.ics');
		const ics = readFileSync((await file.path())!, 'utf8');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
		expect(ics).toContain('DTSTART');

		// Changing one part opens the same screen with what was said.
		await page.getByRole('link', { name: new RegExp(`^${nb('trials_plan_change')}\\s*: ${nb('trial_plan_workplace').replace('?', '\\?')}`) }).click();
		await page.waitForURL(/part=workplace/);
		await expect(page.getByRole('textbox', { name: nb('trials_workplace_label') })).toHaveValue('Ridesenteret');
		await page.getByRole('textbox', { name: nb('trials_workplace_label') }).fill('Ridesenteret Nord');
		await page.getByRole('button', { name: nb('save') }).click();
		await page.waitForURL(/\/trials\/trial\?id=/);
		await expect(page.getByText('Ridesenteret Nord')).toBeVisible();

		// The list shows it with its dates, the unanswered "Vil du jobbe her?" and the next step.
		await page.getByRole('link', { name: nb('nav_back') }).click();
		await page.waitForURL(/\/trials$/);
		const item = page.getByRole('article', { name: 'Stallhjelp' });
		await expect(item).toContainText('Ridesenteret Nord');
		await expect(item).toContainText(nb('trial_dates_range', { first: dayName(days[0]!), last: dayName(days[2]!) }));
		await expect(item).toContainText(nb('trial_work_here_unanswered'));
		await expect(item.getByRole('link', { name: nb('trials_continue', { step: nb('trial_step_before') }) })).toHaveAttribute(
			'href',
			/\/trials\/answer\?id=.+&phase=before$/
		);

		// Delete asks once; "Angre" brings it back.
		await item.getByRole('button', { name: new RegExp(`^${nb('trials_delete')}\\s+Stallhjelp$`) }).click();
		await item.getByRole('button', { name: nb('trials_delete_yes') }).click();
		await expect(page.getByText(nb('trial_deleted', { name: 'Stallhjelp' })).first()).toBeVisible();
		await expect(page.getByRole('article')).toHaveCount(0);
		await page.getByRole('button', { name: nb('undo') }).click();
		await expect(page.getByRole('article', { name: 'Stallhjelp' })).toBeVisible();
	});

	test('the days picker by keyboard only', async ({ page }) => {
		test.setTimeout(60_000);
		await createProfile(page, 'Ali');
		await page.goto('/trials/new');
		await hydrated(page);
		await page.getByRole('radio', { name: new RegExp(`^${nb('trial_kind_praksis')}`) }).focus();
		await page.keyboard.press('Space');
		// Tab to "Neste" and on through the steps; Enter presses.
		const next = page.getByRole('button', { name: nb('next'), exact: true });
		await next.focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: nb('trials_skip') }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: nb('trials_skip') }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: nb('trial_plan_days') })).toBeVisible();

		await page.getByRole('button', { name: nb('trials_month_next') }).focus();
		await page.keyboard.press('Enter');
		const month = nextMonth();
		// One Tab stop for the whole month: it lands on the 1st.
		await page.keyboard.press('Tab');
		await expect(page.locator(`[data-day="${month}-01"]`)).toBeFocused();
		await expect(page.getByText(nb('trials_days_keys'))).toBeVisible();
		for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
		for (const d of ['10', '11', '18']) await expect(page.locator(`[data-day="${month}-${d}"]`)).toHaveAttribute('aria-pressed', 'true');
		// Space again takes a day away.
		await page.keyboard.press('Space');
		await expect(page.locator(`[data-day="${month}-18"]`)).toHaveAttribute('aria-pressed', 'false');
		// PageDown goes to the same day next month; PageUp back.
		await page.keyboard.press('PageDown');
		await expect(page.locator(`[data-day="${nextMonthOf(month)}-18"]`)).toBeFocused();
		await page.keyboard.press('PageUp');
		await expect(page.locator(`[data-day="${month}-18"]`)).toBeFocused();
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: nb('trial_plan_time') })).toBeVisible();
	});

	test('compare two trials side by side', async ({ page }) => {
		test.setTimeout(90_000);
		await createProfile(page, 'Sara');
		await quickTrial(page, nb('trial_kind_jobbsmak'), [3, 4]);
		await page.goto('/trials');
		await hydrated(page);
		await expect(page.getByRole('link', { name: nb('trial_compare') })).toHaveCount(0);
		await quickTrial(page, nb('trial_kind_hospitering'), [20]);
		await page.goto('/trials');
		await hydrated(page);
		await page.getByRole('link', { name: nb('trial_compare') }).click();
		await page.waitForURL(/\/trials\/compare$/);
		await hydrated(page);
		const show = page.getByRole('button', { name: nb('trials_compare_show') });
		await expect(show).toBeDisabled();
		for (const box of await page.getByRole('checkbox').all()) await box.check();
		await show.click();
		await page.waitForURL(/\/trials\/compare\?ids=.+,.+/);
		await expect(page.getByRole('article')).toHaveCount(2);
		await expect(page.getByRole('heading', { level: 2, name: nb('trial_kind_jobbsmak') })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: nb('trial_kind_hospitering') })).toBeVisible();
		await expect(page.getByRole('heading', { name: nb('trial_compare_work_here') })).toHaveCount(2);
	});
});

function nextMonthOf(month: string): string {
	const [y, m] = month.split('-').map(Number);
	const d = new Date(Date.UTC(y!, m!, 1));
	return d.toISOString().slice(0, 7);
}
