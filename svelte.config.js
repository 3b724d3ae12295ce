import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * [Note: first paint] The boot script sets theme, text size and language before the first paint.
 * It is inlined in app.html (no extra round trip before anything shows) and allowed by its hash.
 */
const bootScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync(new URL('./src/app.html', import.meta.url), 'utf8'))?.[1];
if (bootScript === undefined) throw new Error('src/app.html has lost its boot script (see [Note: first paint]).');
/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

/**
 * Jobbvei has no server: every page is prerendered and the person's data lives in IndexedDB.
 * The CSP is a <meta> tag with hashes of Kit's own inline scripts (docs/toolchain.md, "The CSP is a meta tag with hashes").
 */
/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 200.html: the app shell every page but the start page opens from when offline (see vite.config.ts).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// Styles go inside each page, so the frame and heading paint without waiting for CSS files.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				'style-src': ['self'],
				// Kit's route announcer and Svelte's style: directives set style attributes (docs/toolchain.md, "Style attributes need style-src-attr").
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'blob:', 'data:'],
				'media-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
