import { test, expect, nb, createProfile, hydrated, escapeRegExp } from './fixtures';
import { PHONE, TABLET, axeBothSizes, smallTargets } from './support/a11y';

/**
 * The four journeys filled in part by part ("Om meg", Min CV, Min plan, "Jeg vil prøve noe annet") share
 * one part screen: the same step count, Next and Done on every part, and the same plain message when an
 * old bookmark or a mistyped address names a part that does not exist.
 */
const JOURNEYS = [
	{ path: '/me', title: 'me_title', notFound: 'me_not_found', first: 'liked_for', last: 'support', total: 3 },
	{ path: '/cv', title: 'cv_title', notFound: 'cv_not_found', first: 'contact', last: 'references', total: 9 },
	{ path: '/plan', title: 'plan_title', notFound: 'plan_not_found', first: 'dream_job', last: 'next_trial', total: 4 },
	{ path: '/change', title: 'change_title', notFound: 'change_not_found', first: 'now', last: 'help', total: 4 }
] as const;
/** "Steg 2 av 5" with any numbers. */
const anyStep = new RegExp(escapeRegExp(nb('step_progress', { current: '§', total: '¤' })).replace('§', '\\d+').replace('¤', '\\d+'));

test('every part screen: Next on the first part, Done on the last, and a plain message for a part that does not exist', async ({ page }, info) => {
	test.setTimeout(240_000);
	await page.setViewportSize(PHONE);
	await createProfile(page, 'Nora');
	const found: string[] = [];
	for (const journey of JOURNEYS) {
		const main = page.getByRole('main');

		await page.goto(`${journey.path}/part?id=${journey.first}`);
		await hydrated(page);
		await expect(page.getByText(nb('step_progress', { current: 1, total: journey.total }), { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('next'), exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('done'), exact: true })).toBeVisible();

		await page.goto(`${journey.path}/part?id=${journey.last}`);
		await hydrated(page);
		await expect(page.getByText(nb('step_progress', { current: journey.total, total: journey.total }), { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('done'), exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('next'), exact: true })).toHaveCount(0);

		await page.goto(`${journey.path}/part?id=no-such-part`);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1, name: nb(journey.title) })).toBeVisible();
		await expect(main.getByText(nb(journey.notFound))).toBeVisible();
		// Nothing to go on with, and no step count for a part that is not there.
		await expect(page.getByRole('link', { name: nb('next'), exact: true })).toHaveCount(0);
		await expect(page.getByRole('link', { name: nb('done'), exact: true })).toHaveCount(0);
		await expect(page.getByText(anyStep)).toHaveCount(0);
		expect(await smallTargets(page), journey.path).toEqual([]);
		await page.screenshot({ path: info.outputPath(`${journey.path.slice(1)}-part-not-found-390.png`), fullPage: true });
		await page.setViewportSize(TABLET);
		await page.screenshot({ path: info.outputPath(`${journey.path.slice(1)}-part-not-found-1024.png`), fullPage: true });
		await page.setViewportSize(PHONE);
		await axeBothSizes(page, `${journey.path}/part?id=no-such-part`, found);
		await main.getByRole('link', { name: nb(journey.title), exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${journey.path}$`));
	}
	expect(found, found.join('\n')).toEqual([]);
});
