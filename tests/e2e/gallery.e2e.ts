import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, nb, hydrated } from './fixtures';
import { focusState } from './support/keyboard';

/**
 * The kit's review page (/dev/components) draws every example of every part (src/lib/ui/kit.ts), so
 * one run here checks them all: axe finds nothing, Tab reaches every control with a visible focus
 * ring, and Enter and Space work each one as a keyboard user expects. a11y.e2e.ts runs axe and the
 * target-size check on the same page in every theme and language.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PAGE_FRAME_EXAMPLES = ['page', 'step', 'start'];

async function openGallery(page: Page) {
	await page.goto('/dev/components');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('dev_title') })).toBeVisible();
	// The recorder takes taps once it has started.
	await expect(page.locator('[data-example="VoiceRecorder-empty"] [data-voice="record"]')).toBeEnabled();
}

async function axe(page: Page, where: string): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
	return result.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every example of every part passes axe, on a phone and a desktop', async ({ page }) => {
	test.setTimeout(120_000);
	const found: string[] = [];
	await openGallery(page);
	const examples = await page.locator('[data-example]').count();
	expect(examples).toBeGreaterThanOrEqual(50);
	for (const viewport of [PHONE, DESKTOP]) {
		await page.setViewportSize(viewport);
		found.push(...(await axe(page, `/dev/components ${viewport.width}`)));
	}
	// A PageFrame is a whole page: each example has its own.
	for (const name of PAGE_FRAME_EXAMPLES) {
		await page.goto(`/dev/components/frame?example=${name}`);
		await hydrated(page);
		await expect(page.locator(`[data-example="PageFrame-${name}"] h1`)).toBeVisible();
		for (const viewport of [PHONE, DESKTOP]) {
			await page.setViewportSize(viewport);
			found.push(...(await axe(page, `PageFrame-${name} ${viewport.width}`)));
		}
	}
	expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
});

/** What a keyboard user can reach in the examples: one stop per radio group, as for native radios. */
async function markControls(page: Page): Promise<{ id: string; kind: string; example: string }[]> {
	return page.evaluate(() => {
		const controls: { id: string; kind: string; example: string }[] = [];
		const groups = new Set<string>();
		const all = document.querySelectorAll<HTMLElement>('[data-example] :is(a[href], button, input:not([type=hidden]), select, textarea)');
		for (const el of all) {
			if ((el as HTMLButtonElement).disabled) continue;
			// A control inside its label (the photo button) is seen through the label.
			const visible = (el.tagName === 'INPUT' && el.closest('label') ? el.closest('label')! : el).checkVisibility({ visibilityProperty: true });
			if (!visible) continue;
			const input = el as HTMLInputElement;
			if (input.type === 'radio') {
				if (groups.has(input.name)) continue;
				groups.add(input.name);
				const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${input.name}"]`)];
				const stop = group.find((r) => r.checked) ?? group[0]!;
				stop.dataset.kbd = String(controls.length);
				controls.push({ id: stop.dataset.kbd, kind: 'radio', example: stop.closest<HTMLElement>('[data-example]')!.dataset.example! });
				continue;
			}
			el.dataset.kbd = String(controls.length);
			const kind = el.tagName === 'A' ? 'link' : el.tagName === 'BUTTON' ? 'button' : el.tagName === 'INPUT' ? `input:${input.type}` : el.tagName.toLowerCase();
			controls.push({ id: el.dataset.kbd, kind, example: el.closest<HTMLElement>('[data-example]')!.dataset.example! });
		}
		// Every click is counted and stopped before the part sees it: the test proves the keyboard
		// makes the click, without going to another page, speaking, recording or opening the camera.
		const clicks: Record<string, number> = {};
		(window as unknown as { kbdClicks: Record<string, number> }).kbdClicks = clicks;
		window.addEventListener(
			'click',
			(event) => {
				const id = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-kbd]')?.dataset.kbd;
				if (id === undefined) return;
				clicks[id] = (clicks[id] ?? 0) + 1;
				event.preventDefault();
				event.stopPropagation();
			},
			{ capture: true }
		);
		return controls;
	});
}

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? null);
const clicksOn = (page: Page, id: string) => page.evaluate((id) => (window as unknown as { kbdClicks: Record<string, number> }).kbdClicks[id] ?? 0, id);
const valueOf = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

/** Enter (and Space, on what is not a link) clicks it; words can be typed into a box; arrows change a select. */
async function operate(page: Page, id: string, kind: string): Promise<string | null> {
	const before = await clicksOn(page, id);
	if (kind === 'link' || kind === 'button' || kind === 'input:file') {
		await page.keyboard.press('Enter');
		if ((await clicksOn(page, id)) !== before + 1) return 'Enter did not work it';
		if (kind === 'link') return null;
		await page.keyboard.press('Space');
		return (await clicksOn(page, id)) === before + 2 ? null : 'Space did not work it';
	}
	if (kind === 'radio') {
		// Space on the chosen radio leaves it chosen; on another it chooses it (a click).
		const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
		await page.keyboard.press('Space');
		if (checked) return (await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)) ? null : 'Space took the choice away';
		return (await clicksOn(page, id)) === before + 1 ? null : 'Space did not choose it';
	}
	if (kind === 'input:text' || kind === 'textarea') {
		const was = await valueOf(page);
		// Tab selects what is written; End puts the caret after it, so nothing is written over.
		await page.keyboard.press('End');
		await page.keyboard.type('x');
		const now = await valueOf(page);
		await page.keyboard.press('Backspace');
		return now === `${was}x` ? null : 'typing did not write in it';
	}
	if (kind === 'select') {
		const was = await valueOf(page);
		await page.keyboard.press(was === (await page.evaluate(() => (document.activeElement as HTMLSelectElement).options[0]!.value)) ? 'ArrowDown' : 'ArrowUp');
		return (await valueOf(page)) !== was ? null : 'the arrow keys did not change it';
	}
	return null; // a date box: its day, month and year are each a stop of their own
}

test('Tab reaches every control of every example with a visible focus ring, and Enter and Space work them', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize(DESKTOP);
	await openGallery(page);
	const controls = await markControls(page);
	expect(controls.length).toBeGreaterThanOrEqual(50);
	const reached = new Set<string>();
	const problems: string[] = [];
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (let i = 0; i < controls.length * 3 + 40 && reached.size < controls.length; i++) {
		await page.keyboard.press('Tab');
		const state = await focusState(page);
		if (state.what === 'body') break; // past the last control
		if (!state.visible) problems.push(`no visible focus on ${state.what}`);
		const id = await focusedId(page);
		if (id === null || reached.has(id)) continue;
		reached.add(id);
		const control = controls[Number(id)]!;
		const problem = await operate(page, id, control.kind);
		if (problem) problems.push(`${control.example} ${state.what}: ${problem}`);
		// Working a control must leave focus where it was, so Tab goes on from there.
		if ((await focusedId(page)) !== id) problems.push(`${control.example} ${state.what}: focus moved away`);
	}
	const missed = controls.filter((c) => !reached.has(c.id)).map((c) => `${c.example} (${c.kind})`);
	expect(missed, 'controls Tab never reached').toEqual([]);
	expect(problems).toEqual([]);
});

test('the parts do what the keys say: a hard word opens and closes, arrows choose a radio and an option', async ({ page }) => {
	await openGallery(page);
	const word = page.locator('[data-example="ExplainWord-word"] button[aria-expanded]');
	await word.focus();
	await page.keyboard.press('Enter');
	await expect(word).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('[data-example="ExplainWord-word"]').getByText(nb('word_backup_explained'))).toBeVisible();
	await page.keyboard.press('Space');
	await expect(word).toHaveAttribute('aria-expanded', 'false');

	const themes = page.locator('[data-example="ChoiceGroup-grid"]');
	await themes.getByRole('radio', { name: nb('theme_dark'), exact: true }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(themes.getByRole('radio', { name: nb('theme_contrast'), exact: true })).toBeChecked();
	await expect(themes.getByRole('radio', { name: nb('theme_contrast'), exact: true })).toBeFocused();

	const select = page.locator('[data-example="SelectField-chosen"] select');
	await select.focus();
	await page.keyboard.press('ArrowUp');
	await expect(select).toHaveValue('parent');
});
