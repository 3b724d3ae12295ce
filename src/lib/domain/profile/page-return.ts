/**
 * [Note: leaving really leaves] Browsers keep a page the person left in the back/forward cache, alive
 * as it was. On a class tablet, after "Bytt person" or when the next pupil opens the app's address,
 * Back would bring the last person's page back, their name and answers on screen. So:
 * - when the page is hidden for a navigation (`pagehide`), a curtain covers it, and a page taken from
 *   the cache comes back covered;
 * - when it comes back (`pageshow`), is shown again (`visibilitychange`) or gets focus, the tab's
 *   session is checked again: the person this page belongs to must still be the tab's chosen person
 *   (sessionStorage, set only after their picture code in this tab) and still exist;
 * - if not, the person is signed out in memory and the page is replaced by "Hvem er du?" before the
 *   curtain goes.
 */

/** The class on <html> that hides the page (app.css). */
export const CURTAIN_CLASS = 'jv-curtain';

/**
 * True when the page may go on showing `memoryId`'s things: nobody's, or the person this tab chose
 * last (`storedId`) who is still on the device.
 */
export function pageStillBelongs(memoryId: string | null, storedId: string | null, existing: readonly string[]): boolean {
	if (memoryId === null) return true;
	return storedId === memoryId && existing.includes(memoryId);
}

/** What the watcher needs of the session: check the tab again, signing out in memory if it moved on. */
export interface Rechecks {
	/** Re-reads the tab's session (and the people, when `reread`); false when the person left. */
	recheck(reread: boolean): Promise<boolean>;
}

/**
 * Watches the page being hidden and coming back, for the whole app (wired once in the layout).
 * `leave` replaces the page with "Hvem er du?". Returns a function that stops watching.
 */
export function watchPageReturns(session: Rechecks, leave: () => Promise<unknown>): () => void {
	const root = document.documentElement;
	let queue: Promise<void> = Promise.resolve();
	// Between pagehide and pageshow the curtain stays whatever else happens: a page coming back from the
	// cache is first made visible (visibilitychange), and only then gets its pageshow, which re-reads the people.
	let away = false;

	// One check at a time, in order: pageshow, visibilitychange and focus often come together.
	const check = (reread: boolean) => {
		queue = queue
			.then(async () => {
				if (await session.recheck(reread)) return;
				root.classList.add(CURTAIN_CLASS);
				await leave();
			})
			.catch((error: unknown) => console.error('Jobbvei: could not check the session again', error))
			.finally(() => {
				if (!away) root.classList.remove(CURTAIN_CLASS);
			});
	};

	const onHide = () => {
		away = true;
		root.classList.add(CURTAIN_CLASS);
	};
	const onShow = (event: PageTransitionEvent) => {
		away = false;
		// Only a page from the cache can be stale; a fresh load read everything just now.
		if (event.persisted) check(true);
		else root.classList.remove(CURTAIN_CLASS);
	};
	const onVisible = () => {
		if (document.visibilityState === 'visible') check(false);
	};
	const onFocus = () => check(false);

	addEventListener('pagehide', onHide);
	addEventListener('pageshow', onShow);
	document.addEventListener('visibilitychange', onVisible);
	addEventListener('focus', onFocus);
	return () => {
		removeEventListener('pagehide', onHide);
		removeEventListener('pageshow', onShow);
		document.removeEventListener('visibilitychange', onVisible);
		removeEventListener('focus', onFocus);
	};
}
