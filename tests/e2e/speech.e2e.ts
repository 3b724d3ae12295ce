import { test, expect, nb, createProfile, openSettings } from './fixtures';

/**
 * Read-aloud with real voices: speech-dispatcher + espeak-ng, started by global-setup, and Chromium's
 * --enable-speech-dispatcher (docs/toolchain.md, "Real voices in headless Chromium"). Utterances never
 * end here (no audio sink), so the tests look at the start of reading, never at its end
 * (docs/cross-engine.md, "Speech never ends without a sound card").
 */
test('"Les opp" reads the screen with a real voice and highlights what it reads', async ({ page }) => {
	await createProfile(page, 'Nora');

	// Chromium loads voices lazily: poll for them.
	await expect
		.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), {
			timeout: 15_000,
			message: 'speech-dispatcher gave Chromium no voices (is global-setup running it?)'
		})
		.toBeGreaterThan(0);
	const norwegian = await page.evaluate(() =>
		speechSynthesis.getVoices().filter((v) => /^(nb|no|nn)\b/i.test(v.lang)).length
	);
	expect(norwegian, 'a Norwegian voice (espeak-ng)').toBeGreaterThan(0);

	const readAloud = page.getByRole('button', { name: nb('read_aloud'), exact: true });
	await expect(readAloud).toHaveAttribute('aria-pressed', 'false');
	await readAloud.click();

	const stop = page.getByRole('button', { name: nb('read_aloud_stop'), exact: true });
	await expect(stop).toBeVisible();
	await expect(stop).toHaveAttribute('aria-pressed', 'true');
	// What is being read is marked on screen, inside the main content.
	const reading = page.locator('main .jv-reading');
	await expect(reading).toHaveCount(1);
	await expect(reading).toBeVisible();
	await expect
		.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending), { timeout: 10_000 })
		.toBe(true);
	// It found a voice, so there is no "no voice" message.
	await expect(page.getByText(nb('speech_no_voice', { language: nb('lang_in_sentence') }))).toHaveCount(0);

	await stop.click();
	await expect(readAloud).toHaveAttribute('aria-pressed', 'false');
	await expect(reading).toHaveCount(0);
	await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);

	// A speaker button next to a card reads just that card.
	await page.getByRole('button', { name: nb('speak_label', { text: `${nb('home_settings')}. ${nb('home_settings_text')}` }) }).click();
	await expect
		.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending), { timeout: 10_000 })
		.toBe(true);
	// The top bar shows that something is being read, and stops it too.
	await expect(stop).toHaveAttribute('aria-pressed', 'true');
	await stop.click();
	await expect(readAloud).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
});

test('no voice for the language: the app says so plainly and keeps working', async ({ page, context }) => {
	await context.addInitScript(() => {
		Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [], configurable: true });
	});
	await createProfile(page, 'Jonas');
	expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);

	await page.getByRole('button', { name: nb('speak_label', { text: `${nb('home_settings')}. ${nb('home_settings_text')}` }) }).click();
	const notices = page.getByRole('region', { name: nb('notices_label') });
	const message = nb('speech_no_voice', { language: nb('lang_in_sentence') });
	expect(message).toBe('Vi fant ingen stemme for bokmål. Du kan lese teksten selv.');
	await expect(notices.getByText(message)).toBeVisible();

	// "Les opp" does not get stuck on "Stopp".
	const readAloud = page.getByRole('button', { name: nb('read_aloud'), exact: true });
	await readAloud.click();
	await expect(readAloud).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
	await expect(page.locator('main .jv-reading')).toHaveCount(0);

	// The message can be closed, and everything else works.
	await notices.getByRole('button', { name: nb('close'), exact: true }).click();
	await expect(page.getByText(message)).toHaveCount(0);
	await openSettings(page);
	await page.getByRole('group', { name: nb('settings_theme') }).getByRole('radio', { name: nb('theme_dark'), exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
