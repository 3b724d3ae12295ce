import type { Page } from '@playwright/test';
import { expect, escapeRegExp, hydrated, nb, openSettings, startScreenReady } from '../fixtures';

export type BackupFile = { name: string; mimeType: string; buffer: Buffer };

/** SHA-256 of every photo and recording stored on this device, sorted: what "the same media bytes" means. */
export async function mediaDigests(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('media').objectStore('media').getAll();
					all.onerror = () => reject(all.error);
					all.onsuccess = async () => {
						open.result.close();
						const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
						const out: string[] = [];
						for (const m of all.result as { bytes: ArrayBuffer; type: string }[]) out.push(`${m.type} ${hex(await crypto.subtle.digest('SHA-256', m.bytes))}`);
						resolve(out.sort());
					};
				};
			})
	);
}

/** "Lag sikkerhetskopi" in settings, from /home; returns the downloaded file. `first`: no backup was made before. */
export async function makeBackup(page: Page, name: string, path: string, first = false): Promise<BackupFile> {
	await page.goto('/home');
	await hydrated(page);
	await openSettings(page);
	if (first) await expect(page.getByTestId('backup-last')).toHaveText(nb('backup_never'));
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: nb('backup_make'), exact: true }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${name}.jobbvei.zip`);
	await file.saveAs(path);
	await expect(page.getByTestId('backup-last')).toHaveText(new RegExp(`^${escapeRegExp(nb('backup_last', { date: 'X' })).replace('X', '.+')}$`));
	const { readFileSync } = await import('node:fs');
	return { name: `${name}.jobbvei.zip`, mimeType: 'application/zip', buffer: readFileSync(path) };
}

/** "Hent fra sikkerhetskopi" from the start screen, then the file. */
export async function restoreFrom(page: Page, file: BackupFile): Promise<void> {
	await page.goto('/');
	await startScreenReady(page);
	await page.getByRole('link', { name: nb('restore_start') }).click();
	await page.waitForURL(/\/restore$/);
	await hydrated(page);
	await page.getByLabel(nb('restore_choose')).setInputFiles(file);
}
