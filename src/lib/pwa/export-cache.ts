import { EXPORT_CACHE, EXPORT_FILES_LIST } from './export-files';

/** What to change in the export cache so it holds exactly this version's list (both as full URLs). */
export function exportCacheChanges(listed: readonly string[], cached: readonly string[]): { fetch: string[]; remove: string[] } {
	const have = new Set(cached);
	const want = new Set(listed);
	return { fetch: [...want].filter((url) => !have.has(url)), remove: [...have].filter((url) => !want.has(url)) };
}

/** The mark a finished pass leaves, with what it did in `detail` (the e2e tests read it). */
export const EXPORT_CACHED_MARK = 'jv-export-offline';

/** What one pass did: files on this version's list, downloaded now, and dropped (an older version's). */
export interface ExportCachePass {
	listed: number;
	fetched: number;
	removed: number;
}

/**
 * Makes sure the PDF and Word export works offline: caches the files this version's export needs (the
 * build's list) and removes those of older versions. Runs in the background after the first screen is
 * interactive and the service worker is installed, so neither the start screen nor the install (the
 * app's own offline copy) waits for it. Files already cached are not downloaded again; if the network
 * goes, what was cached stays and the next start fetches the rest.
 */
export async function keepExportFilesOffline(): Promise<void> {
	if (!('serviceWorker' in navigator) || !('caches' in window)) return;
	// After the install: the export files never compete with the app's own offline copy for the network.
	await navigator.serviceWorker.ready;
	const listUrl = new URL(`/${EXPORT_FILES_LIST}`, location.href);
	// Precached with the service worker, so this is the list of the version the service worker serves.
	const response = await fetch(listUrl);
	if (!response.ok) return;
	const listed = ((await response.json()) as string[]).map((file) => new URL(file, listUrl).href);
	const cache = await caches.open(EXPORT_CACHE);
	const changes = exportCacheChanges(listed, (await cache.keys()).map((request) => request.url));
	// One file at a time: a screen the person opens meanwhile never queues behind a whole library.
	for (const url of changes.fetch) await cache.add(url);
	// An older version's files go once this version is in charge. A page no service worker controls may
	// be newer than the one that does (a forced reload): it leaves the old files to the pages still using them.
	const remove = navigator.serviceWorker.controller ? changes.remove : [];
	for (const url of remove) await cache.delete(url);
	const pass: ExportCachePass = { listed: listed.length, fetched: changes.fetch.length, removed: remove.length };
	performance.mark(EXPORT_CACHED_MARK, { detail: pass });
}
