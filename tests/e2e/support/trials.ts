import { expect, type Page } from '@playwright/test';
import { nb } from './messages';

/** The first day of next month, as YYYY-MM: the picker's "Neste måned" shows it, whatever today is. */
export function nextMonth(now = new Date()): string {
	const d = new Date(now.getFullYear(), now.getMonth() + 1, 1);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * Plans a trial as fast as a person can: the kind, one or more days next month, "Hopp over" on
 * everything else. Ends on the trial's own page.
 */
export async function quickTrial(page: Page, kind: string, days: number[]): Promise<void> {
	await page.goto('/trials/new');
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
	await expect(page.getByText('Steg 1 av 9')).toBeVisible();
	await page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
	await page.getByRole('button', { name: nb('next'), exact: true }).click();
	for (let i = 0; i < 2; i++) await page.getByRole('button', { name: nb('trials_skip') }).click();
	await page.getByRole('button', { name: nb('trials_month_next') }).click();
	for (const day of days) {
		const button = page.locator(`[data-day="${nextMonth()}-${String(day).padStart(2, '0')}"]`);
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
	}
	await page.getByRole('button', { name: nb('next'), exact: true }).click();
	for (let i = 0; i < 5; i++) await page.getByRole('button', { name: nb('trials_skip') }).click();
	await page.waitForURL(/\/trials\/trial\?id=/);
	await expect(page.getByRole('heading', { level: 2, name: nb('trials_steps_title') })).toBeVisible();
}
