import type { Page } from '@playwright/test';
import { test, expect, nb, createProfile, hydrated, profileId } from './fixtures';
import { noisePng } from './fixtures/noise-png';
import { DAYS, answerUrl, gpsTagCount, seedTrial, storedAll, storedAnswers, withGpsExif } from './support/reflect';

/**
 * Jobbsmak: "Hva tror du?" before, a short reflection after each day (symbols first, words
 * or a recording if the person wants), photos from the workplace, and "Vil du jobbe her?" after.
 * The trial itself is put in IndexedDB with the record shape trials-repo.ts writes (support/reflect.ts).
 */

const PNG = noisePng(900, 700);
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const heading = (page: Page, key: string) => page.getByRole('heading', { level: 1, name: nb(key) });

async function start(page: Page, name = 'Nora'): Promise<string> {
	await createProfile(page, name);
	return seedTrial(page, await profileId(page, name));
}

async function openPhase(page: Page, id: string, phase: 'before' | 'day' | 'after', day?: string) {
	await page.goto(answerUrl(id, phase, day));
	await hydrated(page);
}

/** Leaving a finished part goes back to the trial's page. */
async function expectTrialPage(page: Page, id: string) {
	await page.waitForURL((url) => url.pathname === '/trials/trial' && url.searchParams.get('id') === id);
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.locator('label', { hasText: nb('trial_photo_choose') }).locator('input[type=file]').setInputFiles(file);
}

async function reflectDay(page: Page, id: string, day: string, photo: { name: string; mimeType: string; buffer: Buffer }) {
	await page.goto(answerUrl(id, 'day', day, 'day'));
	await hydrated(page);
	await expect(heading(page, 'trial_q_day')).toBeVisible();
	await button(page, nb('trial_face_good')).click();

	await expect(heading(page, 'trial_q_tasks')).toBeVisible();
	await button(page, 'Lage mat').click();
	await expect(button(page, 'Lage mat')).toHaveAttribute('aria-pressed', 'true');
	// The own task added on day 1 is offered again on the next days.
	if (day === DAYS[0]) {
		await page.getByRole('textbox', { name: nb('trial_q_tasks_add') }).fill('Re senger');
		await button(page, nb('trial_own_task_add')).click();
	}
	await expect(button(page, 'Re senger')).toHaveAttribute('aria-pressed', day === DAYS[0] ? 'true' : 'false');
	if (day !== DAYS[0]) await button(page, 'Re senger').click();
	await button(page, nb('next')).click();

	// One "Likte du dette?" per task, one at a time.
	await expect(heading(page, 'trial_q_liked')).toBeVisible();
	await expect(page.getByTestId('liked-task')).toHaveAccessibleName('Lage mat');
	await button(page, nb('trial_task_like')).click();
	await expect(page.getByTestId('liked-task')).toHaveAccessibleName('Re senger');
	await button(page, nb('trial_task_like')).click();

	await expect(heading(page, 'trial_q_place')).toBeVisible();
	await button(page, nb('trial_place_cond_noisy')).click();
	await button(page, nb('trial_place_cond_quiet')).click();
	// Noisy and quiet cannot both be chosen.
	await expect(button(page, nb('trial_place_cond_noisy'))).toHaveAttribute('aria-pressed', 'false');
	await button(page, nb('next')).click();
	await expect(heading(page, 'trial_q_people_kind')).toBeVisible();
	await button(page, nb('trial_answer_yes')).click();
	await expect(heading(page, 'trial_q_people_help')).toBeVisible();
	await button(page, nb('trial_answer_yes')).click();
	await expect(heading(page, 'trial_q_breaks')).toBeVisible();
	await button(page, nb('trial_face_ok')).click();
	await expect(heading(page, 'trial_q_tired')).toBeVisible();
	await button(page, nb('trial_tired_bit')).click();
	await expect(heading(page, 'trial_q_trip')).toBeVisible();
	await button(page, nb('trial_face_good')).click();
	await expect(heading(page, 'trial_q_help')).toBeVisible();
	// "I managed without help" and a kind of help take each other away.
	await button(page, nb('trial_help_none')).click();
	await expect(button(page, nb('trial_help_none'))).toHaveAttribute('aria-pressed', 'true');
	await button(page, nb('trial_help_checklist')).click();
	await expect(button(page, nb('trial_help_none'))).toHaveAttribute('aria-pressed', 'false');
	await button(page, nb('next')).click();
	await expect(heading(page, 'trial_q_proud')).toBeVisible();
	await button(page, 'Re senger').click();
	await button(page, nb('next')).click();

	await expect(heading(page, 'trial_q_photos')).toBeVisible();
	await chooseFile(page, photo);
	await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 1 }) })).toBeVisible();
	await button(page, nb('done')).click();
	await expectTrialPage(page, id);
}

test.describe('Jobbsmak: reflect before, each day and after', () => {
	test('Før, three days with photos, an own task, a voice answer, then Etter', async ({ page }) => {
		test.setTimeout(420_000);
		const id = await start(page);

		// Before: "Hva tror du?"
		await openPhase(page, id, 'before');
		await expect(heading(page, 'trial_q_expect')).toBeVisible();
		await expect(page.getByText(nb('step_progress', { current: 1, total: 3 }))).toBeVisible();
		await button(page, nb('trial_face_good')).click();
		await expect(heading(page, 'trial_q_look_forward')).toBeVisible();
		await button(page, nb('trial_topic_people')).click();
		await button(page, nb('next')).click();
		await expect(heading(page, 'trial_q_worry')).toBeVisible();
		await button(page, nb('trial_topic_trip')).click();
		// The last question of a part says "Ferdig".
		await button(page, nb('done')).click();
		await expectTrialPage(page, id);

		// Day 1 starts with a voice answer ("Snakk inn") through Chromium's fake microphone.
		await openPhase(page, id, 'day', DAYS[0]);
		await button(page, nb('trial_text_record')).click();
		await button(page, nb('voice_record')).click();
		await expect(page.getByText(nb('voice_seconds', { seconds: 1, max: 60 }))).toBeVisible();
		await button(page, nb('voice_stop')).click();
		await button(page, nb('voice_keep')).click();
		await expect(page.getByText(nb('voice_kept'))).toBeAttached();
		await expect.poll(async () => typeof (await storedAnswers(page))[`trials/${id}/day/${DAYS[0]}/day/voice`]?.value).toBe('string');
		await reflectDay(page, id, DAYS[0]!, { name: 'noise.png', mimeType: 'image/png', buffer: PNG });

		// Day 2: a phone photo with GPS in its EXIF. It is stored re-encoded, small, without the GPS tags.
		const jpeg = Buffer.from(
			await page.evaluate(async () => {
				const canvas = document.createElement('canvas');
				canvas.width = 640;
				canvas.height = 480;
				const g = canvas.getContext('2d')!;
				g.fillStyle = '#3a7';
				g.fillRect(0, 0, 640, 480);
				g.fillStyle = '#fff';
				g.fillRect(100, 100, 200, 150);
				const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
				return [...new Uint8Array(await blob.arrayBuffer())];
			})
		);
		const gpsJpeg = withGpsExif(jpeg);
		expect(gpsTagCount(gpsJpeg)).toBe(1);
		await reflectDay(page, id, DAYS[1]!, { name: 'phone.jpg', mimeType: 'image/jpeg', buffer: gpsJpeg });

		// Day 3: two photos, and the person deletes one.
		await reflectDay(page, id, DAYS[2]!, { name: 'noise.png', mimeType: 'image/png', buffer: PNG });
		await page.goto(answerUrl(id, 'day', DAYS[2], 'photos'));
		await hydrated(page);
		await chooseFile(page, { name: 'noise2.png', mimeType: 'image/png', buffer: noisePng(400, 300, 7) });
		await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 2 }) })).toBeVisible();
		await button(page, nb('trial_photo_delete_number', { number: 1 })).click();
		await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 2 }) })).toHaveCount(0);
		await expect(page.getByRole('img', { name: nb('trial_photo_alt', { number: 1 }) })).toBeVisible();

		// After: "Vil du jobbe her?"
		await openPhase(page, id, 'after');
		await expect(heading(page, 'trial_q_work_here')).toBeVisible();
		await button(page, nb('trial_answer_yes')).click();
		await expect(heading(page, 'trial_q_why')).toBeVisible();
		await button(page, nb('trial_topic_tasks')).click();
		await button(page, nb('next')).click();
		await expect(heading(page, 'trial_q_similar')).toBeVisible();
		await button(page, nb('trial_answer_maybe')).click();
		await expect(heading(page, 'trial_q_can_do')).toBeVisible();
		await button(page, 'Lage mat').click();
		await button(page, nb('next')).click();
		await expect(heading(page, 'trial_q_summary')).toBeVisible();
		await button(page, nb('done')).click();
		await expectTrialPage(page, id);

		// What is stored: each answer under its key, by the person; photos small and without GPS.
		const answers = await storedAnswers(page);
		const key = (rest: string) => `trials/${id}/${rest}`;
		expect(answers[key('before/expect')]?.value).toBe('good');
		expect(answers[key('before/look_forward')]?.value).toEqual(['people']);
		expect(answers[key(`day/${DAYS[0]}/tasks`)]?.value).toEqual(['act_cook', 'own_1']);
		expect(answers[key(`day/${DAYS[1]}/liked:own_1`)]?.value).toBe('like');
		expect(answers[key(`day/${DAYS[2]}/place`)]?.value).toEqual(['cond_quiet']);
		expect(answers[key('after/work_here')]?.value).toBe('yes');
		expect(answers[key('after/work_here')]?.answeredBy).toEqual({ kind: 'self' });
		const trial = (await storedAll<{ id: string; ownTasks: unknown[] }>(page, 'trials')).find((t) => t.id === id);
		expect(trial?.ownTasks).toEqual([{ id: 'own_1', label: 'Re senger' }]);

		const media = await storedAll<{ id: string; bytes: ArrayBuffer; type: string; size: number }>(page, 'media');
		const photoIds = DAYS.flatMap((d) => (answers[key(`day/${d}/photos`)]?.value as string[]) ?? []);
		expect(photoIds).toHaveLength(3);
		for (const photoId of photoIds) {
			const record = media.find((m) => m.id === photoId);
			expect(record?.type).toBe('image/jpeg');
			expect(record!.size).toBeLessThanOrEqual(300 * 1024);
		}
		const day2Photo = (answers[key(`day/${DAYS[1]}/photos`)]?.value as string[])[0]!;
		const gpsBytes = await page.evaluate(
			(photoId) =>
				new Promise<number[]>((resolve) => {
					const open = indexedDB.open('jobbvei');
					open.onsuccess = () => {
						const get = open.result.transaction('media').objectStore('media').get(photoId);
						get.onsuccess = () => {
							open.result.close();
							resolve([...new Uint8Array((get.result as { bytes: ArrayBuffer }).bytes)]);
						};
					};
				}),
			day2Photo
		);
		expect(gpsTagCount(Uint8Array.from(gpsBytes))).toBe(0);
		// The deleted photo's bytes are gone too.
		expect(media.filter((m) => m.type === 'image/jpeg')).toHaveLength(3);
	});

	test('leaving in the middle comes back to the same question, also after a reload', async ({ page }) => {
		const id = await start(page);
		await openPhase(page, id, 'day', DAYS[0]);
		await button(page, nb('trial_face_hard')).click();
		await expect(heading(page, 'trial_q_tasks')).toBeVisible();
		await button(page, 'Servere mat').click();
		await button(page, nb('next')).click();
		await expect(heading(page, 'trial_q_liked')).toBeVisible();
		await expect(page).toHaveURL(/q=liked%3Aact_serve/);
		await page.reload();
		await hydrated(page);
		await expect(heading(page, 'trial_q_liked')).toBeVisible();
		await expect(page.getByTestId('liked-task')).toHaveAccessibleName('Servere mat');
		// "Ta en pause", then back without a question named: the first question not answered.
		await page.getByRole('link', { name: nb('sort_pause') }).click();
		await expectTrialPage(page, id);
		await openPhase(page, id, 'day', DAYS[0]);
		await expect(heading(page, 'trial_q_liked')).toBeVisible();
		// "Tilbake" goes one question back, with the answer shown as chosen.
		await page.getByTestId('nav-back').click();
		await expect(heading(page, 'trial_q_tasks')).toBeVisible();
		await expect(button(page, 'Servere mat')).toHaveAttribute('aria-pressed', 'true');
		await page.getByTestId('nav-back').click();
		await expect(heading(page, 'trial_q_day')).toBeVisible();
		await expect(button(page, nb('trial_face_hard'))).toHaveAttribute('aria-pressed', 'true');
	});

	test('a whole day with the keyboard only', async ({ page }) => {
		test.setTimeout(90_000);
		const id = await start(page);
		await openPhase(page, id, 'day', DAYS[0]);
		const key = (k: string) => page.keyboard.press(k);
		await expect(heading(page, 'trial_q_day')).toBeVisible();
		await key('1');
		await expect(heading(page, 'trial_q_tasks')).toBeVisible();
		// Tab to the first task card and choose it with Space, then Tab on to "Neste".
		const cook = button(page, 'Lage mat');
		for (let i = 0; i < 40 && !(await cook.evaluate((el) => el === document.activeElement)); i++) await key('Tab');
		await key('Space');
		await expect(cook).toHaveAttribute('aria-pressed', 'true');
		const next = button(page, nb('next'));
		for (let i = 0; i < 60 && !(await next.evaluate((el) => el === document.activeElement)); i++) await key('Tab');
		await key('Enter');
		await expect(heading(page, 'trial_q_liked')).toBeVisible();
		await key('1');
		await expect(heading(page, 'trial_q_place')).toBeVisible();
		for (let i = 0; i < 60 && !(await next.evaluate((el) => el === document.activeElement)); i++) await key('Tab');
		await key('Enter');
		for (const q of ['trial_q_people_kind', 'trial_q_people_help', 'trial_q_breaks', 'trial_q_tired', 'trial_q_trip']) {
			await expect(heading(page, q)).toBeVisible();
			await key('2');
		}
		for (const q of ['trial_q_help', 'trial_q_proud', 'trial_q_photos']) {
			await expect(heading(page, q)).toBeVisible();
			const go = button(page, q === 'trial_q_photos' ? nb('done') : nb('next'));
			for (let i = 0; i < 60 && !(await go.evaluate((el) => el === document.activeElement)); i++) await key('Tab');
			await key('Enter');
		}
		await expectTrialPage(page, id);
		const answers = await storedAnswers(page);
		expect(answers[`trials/${id}/day/${DAYS[0]}/tired`]?.value).toBe('bit');
		expect(answers[`trials/${id}/day/${DAYS[0]}/people_kind`]?.value).toBe('no');
	});

	test('a file that is not an image is refused in easy-read and nothing is stored', async ({ page }) => {
		const id = await start(page);
		await page.goto(answerUrl(id, 'day', DAYS[0], 'photos'));
		await hydrated(page);
		await chooseFile(page, { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a picture at all') });
		await expect(page.locator('.jv-message').getByText(nb('photo_not_image'))).toBeVisible();
		await expect(page.getByText(nb('trial_photos_none'))).toBeVisible();
		expect(await storedAll(page, 'media')).toHaveLength(0);
	});

	test('a helper is named on the answer, and a helper note is shown apart from the person\u2019s words', async ({ page }) => {
		const name = 'Nora';
		const id = await start(page, name);
		const pid = await profileId(page, name);
		await page.evaluate((pid) => {
			sessionStorage.setItem('jobbvei:helper', JSON.stringify({ profileId: pid, helper: { kind: 'helper', role: 'teacher', name: 'Kari' } }));
		}, pid);
		await openPhase(page, id, 'before');
		await button(page, nb('trial_face_ok')).click();
		await page.getByTestId('nav-back').click();
		await expect(heading(page, 'trial_q_expect')).toBeVisible();
		await expect(page.getByTestId('answered-by')).toHaveText(nb('answered_by_helper', { helper: 'Kari, lærer' }));

		const note = page.getByTestId('helper-note');
		await note.getByRole('button', { name: nb('trial_note_add') }).click();
		await note.getByRole('textbox', { name: nb('trial_note_add') }).fill('Nora var spent, men glad.');
		await note.getByRole('button', { name: nb('trial_note_save') }).click();
		await expect(note.getByRole('heading', { level: 2, name: nb('trial_note_title_named', { helper: 'Kari, lærer' }) })).toBeVisible();
		await expect(note).toContainText('Nora var spent, men glad.');

		const answers = await storedAnswers(page);
		expect(answers[`trials/${id}/notes/before`]?.value).toBe('Nora var spent, men glad.');
		expect(answers[`trials/${id}/before/expect`]?.answeredBy).toEqual({ kind: 'helper', role: 'teacher', name: 'Kari' });

		// The person alone later sees the note under its title, and cannot edit it.
		await page.evaluate(() => sessionStorage.removeItem('jobbvei:helper'));
		await page.reload();
		await hydrated(page);
		await expect(note.getByRole('heading', { level: 2, name: nb('trial_note_title_named', { helper: 'Kari, lærer' }) })).toBeVisible();
		await expect(note.getByRole('button', { name: nb('trial_note_add') })).toHaveCount(0);
	});
});
