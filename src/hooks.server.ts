import type { Handle } from '@sveltejs/kit';

/**
 * [Note: first paint] Every start of the app opens the start page ("Hvem er du?"), prerendered so its
 * frame and heading paint before any script runs. Chromium compiles every <link rel="modulepreload">
 * the moment it arrives, before that first paint: on a slow phone (bench: 4× CPU) the preloads held the
 * heading back by ~300 ms while the page was interactive no sooner. So the start page leaves them out and
 * the scripts load from its one bootstrap <script> after the paint. Other pages keep them: when they are
 * opened from the network, preloading saves round trips.
 */
const MODULEPRELOAD = /\s*<link href="[^"]+" rel="modulepreload">/g;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => (event.url.pathname === '/' ? html.replace(MODULEPRELOAD, '') : html)
	});
