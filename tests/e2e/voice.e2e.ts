import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, nb, createProfile, hydrated } from './fixtures';

/**
 * "Snakk inn" in Chromium: every state of the voice recorder passes axe (WCAG A–AAA and
 * best practice, as a11y.e2e.ts) and has 48 × 48 px targets; a refused microphone is said plainly
 * and writing stays open. Recording itself is proved in all three engines in tests/xe/smoke.xe.ts (j).
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const voice = (page: Page, name: string) => page.locator(`[data-voice="${name}"]`);

async function axe(page: Page, state: string) {
	const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
	const found = result.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(found, `axe violations in state "${state}"`).toEqual([]);
}

/** Buttons of the recorder smaller than 48 × 48 CSS px (docs/easy-read.md, "Touch targets"; WCAG 2.5.8 asks 24). */
async function smallButtons(page: Page): Promise<string[]> {
	return page.locator('.jv-voice button').evaluateAll((buttons) =>
		buttons
			.map((b) => ({ name: b.textContent?.trim() || b.getAttribute('aria-label') || '?', box: b.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0 && (box.width < 47.5 || box.height < 47.5))
			.map(({ name, box }) => `${name} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`)
	);
}

async function openVoicePage(page: Page) {
	await createProfile(page, 'Nora');
	await page.goto('/dev/voice');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: nb('dev_voice_title') })).toBeVisible();
}

test('every state of the recorder passes axe and has big targets: idle, recording, new, kept, deleted', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openVoicePage(page);
	const group = page.getByRole('group', { name: nb('dev_example_voice') });
	const record = group.getByRole('button', { name: nb('voice_record'), exact: true });
	await expect(record).toBeEnabled();
	await axe(page, 'idle');
	expect(await smallButtons(page)).toEqual([]);

	await record.click();
	await expect(group.getByText(nb('voice_recording'))).toBeVisible();
	await expect(group.getByRole('button', { name: nb('voice_stop'), exact: true })).toBeFocused();
	await expect(group.getByText(nb('voice_seconds', { seconds: 1, max: 60 }))).toBeVisible();
	await axe(page, 'recording');
	expect(await smallButtons(page)).toEqual([]);

	await group.getByRole('button', { name: nb('voice_stop'), exact: true }).click();
	await expect(group.getByRole('button', { name: nb('voice_keep'), exact: true })).toBeVisible();
	await expect(group.getByRole('button', { name: nb('voice_play'), exact: true })).toBeFocused();
	await axe(page, 'new recording');
	expect(await smallButtons(page)).toEqual([]);

	await group.getByRole('button', { name: nb('voice_keep'), exact: true }).click();
	await expect(group.getByRole('button', { name: nb('voice_keep'), exact: true })).toHaveCount(0);
	await expect(group.getByRole('button', { name: nb('voice_play'), exact: true })).toBeVisible();
	await axe(page, 'kept');

	// Playing: "Hør" becomes "Stopp" while the sound plays.
	await group.getByRole('button', { name: nb('voice_play'), exact: true }).click();
	await expect(group.getByRole('button', { name: nb('voice_stop'), exact: true })).toBeVisible();
	await axe(page, 'playing');
	await group.getByRole('button', { name: nb('voice_stop'), exact: true }).click();

	// Delete asks nothing and offers "Angre" (as "Slett meg" does on the start screen).
	await group.getByRole('button', { name: nb('voice_delete'), exact: true }).click();
	await expect(group.getByText(nb('voice_deleted'))).toBeVisible();
	await expect(group.getByRole('button', { name: nb('undo'), exact: true })).toBeFocused();
	await axe(page, 'deleted, undo offered');
	expect(await smallButtons(page)).toEqual([]);
	await group.getByRole('button', { name: nb('undo'), exact: true }).click();
	await expect(group.getByRole('button', { name: nb('voice_play'), exact: true })).toBeVisible();
});

test('a refused microphone is said plainly, and the answer can still be written', async ({ page }) => {
	// The person (or the school's policy) said no to the microphone. Chromium then rejects getUserMedia
	// with NotAllowedError. The e2e Chromium runs with --use-fake-ui-for-media-stream, which accepts even
	// a permission set to "denied" over CDP (tried: Browser.setPermission microphone=denied, the recording
	// started), so the refusal is made where the browser makes it: getUserMedia rejects.
	await page.addInitScript(() => {
		navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
	});
	await openVoicePage(page);
	const group = page.getByRole('group', { name: nb('dev_example_voice') });
	await group.getByRole('button', { name: nb('voice_record'), exact: true }).click();

	await expect(group.getByText(nb('voice_denied'))).toBeVisible();
	await expect(group.getByText(`${nb('voice_write_instead')} ${nb('voice_denied_help')}`)).toBeVisible();
	await expect(group.getByRole('button', { name: nb('voice_record'), exact: true })).toHaveCount(0);
	await expect(group.getByRole('button', { name: nb('voice_try_again'), exact: true })).toBeVisible();
	// The message takes focus, so a screen reader says it at once.
	await expect(group.locator('.jv-message')).toBeFocused();
	await axe(page, 'denied');
	expect(await smallButtons(page)).toEqual([]);

	// Writing is still open.
	const field = page.getByRole('textbox', { name: nb('dev_voice_write') });
	await expect(field).toBeEnabled();
	await field.fill('Jeg liker å jobbe med dyr.');
	await expect(field).toHaveValue('Jeg liker å jobbe med dyr.');

	// "Prøv igjen" asks again, and is refused again, the same plain way.
	await group.getByRole('button', { name: nb('voice_try_again'), exact: true }).click();
	await expect(group.getByText(nb('voice_denied'))).toBeVisible();
});

test('without MediaRecorder the recorder says so, and writing stays open', async ({ page }) => {
	await page.addInitScript(() => {
		// An old browser: no MediaRecorder at all.
		delete (window as unknown as { MediaRecorder?: unknown }).MediaRecorder;
	});
	await openVoicePage(page);
	const group = page.getByRole('group', { name: nb('dev_example_voice') });
	await expect(group.getByText(nb('voice_unsupported'))).toBeVisible();
	await expect(group.getByRole('button', { name: nb('voice_record'), exact: true })).toHaveCount(0);
	await axe(page, 'unsupported');
	await page.getByRole('textbox', { name: nb('dev_voice_write') }).fill('Jeg liker dyr.');
});
