// Backup and restore of ten years of one person's data (120 trials, 600 photos of 250 KB, 200 recordings,
// about 170 MB), as a phone with 2 GB does them: the peak memory the page holds while each runs, counting the
// JS heap and the bytes of ArrayBuffers (photos) outside it, against the budget (≤ 150 MB, and not growing with
// the number of photos: the same figures for one year are printed beside them).
// The person is made by the test page /dev/life (the same generator the unit property test uses).
import { join } from 'node:path';
import { statSync } from 'node:fs';

const MB = 1024 * 1024;
const mb = (n) => `${(n / MB).toFixed(1)} MB`;

/**
 * Samples what the page holds every 50 ms while `work` runs: CDP Runtime.getHeapUsage gives the JS heap
 * (usedSize) and the ArrayBuffer backing stores (backingStorageSize) of the page's isolate. That peak
 * includes photos already let go that the engine has not collected yet; every second the sampler also
 * collects garbage and reads again, so the live peak (what the code really keeps) is printed beside it.
 */
async function peakWhile(cdp, work) {
	const sample = async () => {
		const h = await cdp.send('Runtime.getHeapUsage');
		return h.usedSize + (h.backingStorageSize ?? 0);
	};
	await cdp.send('HeapProfiler.collectGarbage');
	const base = await sample();
	let peak = base;
	let live = base;
	let running = true;
	const sampler = (async () => {
		for (let tick = 1; running; tick++) {
			peak = Math.max(peak, await sample().catch(() => 0));
			if (tick % 20 === 0) {
				await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
				live = Math.max(live, await sample().catch(() => 0));
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	const start = Date.now();
	try {
		await work();
	} finally {
		running = false;
		await sampler;
	}
	return { base, peak, live, ms: Date.now() - start };
}

async function makePerson(browser, origin, years) {
	const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block', acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(`${origin}/dev/life?years=${years}`);
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: `Lag ${years} år` }).click();
	const made = page.getByTestId('life-made');
	await made.waitFor({ timeout: 240_000 });
	const profileId = await made.getAttribute('data-profile-id');
	await page.evaluate((id) => sessionStorage.setItem('jobbvei:active', id), profileId);
	return { context, page };
}

export async function benchBackupMemory({ browser, origin, root, row }) {
	for (const years of [1, 10]) {
		const { context, page } = await makePerson(browser, origin, years);
		try {
			await page.goto(`${origin}/settings#backup`);
			await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
			const make = page.getByRole('button', { name: 'Lag sikkerhetskopi' });
			await make.waitFor();
			const cdp = await context.newCDPSession(page);
			let download;
			const backup = await peakWhile(cdp, async () => {
				[download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), make.click()]);
			});
			const file = join(root, 'reports', `bench-${years}-years.jobbvei.zip`);
			await download.saveAs(file);
			const size = statSync(file).size;
			row(`backup of ${years} year(s): time / file`, `${backup.ms} ms / ${mb(size)}`, '', undefined);
			row(`backup of ${years} year(s): peak JS heap + ArrayBuffers`, `${mb(backup.peak)} (live ${mb(backup.live)}, before ${mb(backup.base)})`, '≤ 150 MB', backup.peak <= 150 * MB);

			// Restore on a new phone: an empty browser.
			const phone = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
			try {
				const fresh = await phone.newPage();
				await fresh.goto(`${origin}/restore`);
				await fresh.locator('#svelte-announcer').waitFor({ state: 'attached' });
				const input = fresh.getByLabel('Velg filen');
				await input.waitFor({ state: 'attached' });
				const freshCdp = await phone.newCDPSession(fresh);
				const restore = await peakWhile(freshCdp, async () => {
					await input.setInputFiles(file);
					// Done, or a problem the page names (then the row says so instead of waiting).
					await fresh.getByText('er hentet tilbake.').or(fresh.locator('.jv-message[data-variant="error"]')).first().waitFor({ timeout: 240_000 });
					const problem = fresh.locator('.jv-message[data-variant="error"]');
					if (await problem.count()) throw new Error(`restore refused the file: ${await problem.first().innerText()}`);
				});
				row(`restore of ${years} year(s): time`, `${restore.ms} ms`, '', undefined);
				row(`restore of ${years} year(s): peak JS heap + ArrayBuffers`, `${mb(restore.peak)} (live ${mb(restore.live)}, before ${mb(restore.base)})`, '≤ 150 MB', restore.peak <= 150 * MB);
			} finally {
				await phone.close();
			}
		} catch (error) {
			row(`backup/restore of ${years} year(s)`, `not measured (${String(error.message ?? error).split('\n')[0].slice(0, 60)})`, '', undefined);
		} finally {
			await context.close();
		}
	}
}
