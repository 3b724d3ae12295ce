import { test, expect, nb, createProfile, escapeRegExp } from './fixtures';
import { PHONE, TABLET, axeBothSizes, smallTargets } from './support/a11y';
import { JOURNEYS as ALL, openPart } from './support/journeys';

/**
 * The four journeys filled in part by part ("Om meg", Min CV, Min plan, "Jeg vil prøve noe annet") share
 * one part screen: the same step count, Next and Done on every part, and the same plain message when an
 * old bookmark or a mistyped address names a part that does not exist.
 */
const JOURNEYS = (['about', 'cv', 'plan', 'change'] as const).map((name) => {
	const { home, title, notFound, parts } = ALL[name];
	return { name, path: home, title, notFound, first: parts[0], last: parts.at(-1)!, total: parts.length };
});
/** "Steg 2 av 5" with any numbers. */
const anyStep = new RegExp(escapeRegExp(nb('step_progress', { current: '§', total: '¤' })).replace('§', '\\d+').replace('¤', '\\d+'));

test('every part screen: Next on the first part, Done on the last, and a plain message for a part that does not exist', async ({ page }, info) => {
	test.setTimeout(240_000);
	await page.setViewportSize(PHONE);
	await createProfile(page, 'Nora');
	const found: string[] = [];
	for (const journey of JOURNEYS) {
		const main = page.getByRole('main');

		await openPart(page, journey.name, journey.first);
		await expect(page.getByText(nb('step_progress', { current: 1, total: journey.total }), { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('next'), exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('done'), exact: true })).toBeVisible();

		await openPart(page, journey.name, journey.last);
		await expect(page.getByText(nb('step_progress', { current: journey.total, total: journey.total }), { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('done'), exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: nb('next'), exact: true })).toHaveCount(0);

		await openPart(page, journey.name, 'no-such-part');
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
