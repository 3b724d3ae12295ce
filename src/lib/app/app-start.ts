import { onConnectionEvent } from '$lib/storage/db';
import { storageProblems } from '$lib/storage/problems.svelte';
import { speech } from '$lib/speech/speech.svelte';
import { appUpdate } from '$lib/pwa/update.svelte';
import { whenIdle } from '$lib/ui/idle';

/**
 * What the app starts once its first screen is on the device. `peopleListed` settles when the people
 * on this device are read; `tidy` clears what a cut-off restore left behind (the layout passes it, so
 * this room never reaches into a domain part). Returns the function that stops listening.
 */
export function startApp(peopleListed: Promise<unknown>, tidy: () => Promise<unknown>): () => void {
	// The start screen is interactive once the people on this device are listed (npm run bench).
	performance.mark('jv-hydrated');
	void peopleListed.then(() => {
		performance.mark('jv-interactive');
		// The service worker (and its library) can wait until the person's names are on screen:
		// on a slow phone that keeps the first tap quick. Offline use starts a moment later, nothing else.
		// Once it is installed, the PDF and Word export is cached too, so the first export works offline;
		// without a network that waits for a later start (the app itself is offline-ready already). Its
		// code is loaded only then, so the start screen never carries it.
		whenIdle(() => {
			void appUpdate.register();
			navigator.serviceWorker?.ready
				.then(() => import('$lib/pwa/export-cache'))
				.then(({ keepExportFilesOffline }) => keepExportFilesOffline())
				.catch(() => {});
		});
		// A restore cut off by a closed app leaves photos no record points at; old undos hold room.
		// When storage cannot be opened (a newer app in another tab, a full disk), the person is told
		// by the storage notices already; the tidying waits for a later start.
		whenIdle(() => void tidy().catch(() => undefined));
	});
	const off = onConnectionEvent((event) => {
		if (event === 'upgraded-elsewhere') storageProblems.report({ kind: 'upgraded-elsewhere' });
	});
	// Stop reading when the person leaves the page.
	const stop = () => speech.stop();
	addEventListener('pagehide', stop);
	return () => {
		off();
		removeEventListener('pagehide', stop);
	};
}
