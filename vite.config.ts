import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { Cards, Jobs } from './src/lib/domain/interests/catalogue-schema';
import { ApplyStages, Glossary, HelperSections, Options, Roles, YearDates } from './src/lib/domain/info/content-schema';
import { ContentPack } from './src/lib/domain/info/pack-schema';
import { compactMessageModule, MESSAGE_MODULE, simpleMessage } from './src/lib/i18n/message-modules';
import { EXPORT_CACHE, EXPORT_FILES_LIST, exportFiles, lazyChunks, type BuiltChunk } from './src/lib/pwa/export-files';

/** Fails the build when the job catalogue does not match its schema ("catalogue as data"). */
function validateCatalogue(): Plugin {
	return {
		name: 'jobbvei:validate-catalogue',
		buildStart() {
			for (const [file, schema] of [['cards', Cards], ['jobs', Jobs]] as const) {
				const data = JSON.parse(readFileSync(`src/lib/domain/interests/catalogue/${file}.json`, 'utf8'));
				const result = schema.safeParse(data);
				if (!result.success) this.error(`Catalogue ${file}.json is invalid: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
			}
			// The information pages' texts ("Informasjon") are data too.
			for (const [file, schema] of [['options', Options], ['roles', Roles], ['glossary', Glossary], ['year', YearDates], ['helpers', HelperSections], ['apply', ApplyStages]] as const) {
				const data = JSON.parse(readFileSync(`src/lib/domain/info/content/${file}.json`, 'utf8'));
				const result = schema.safeParse(data);
				if (!result.success) this.error(`Information ${file}.json is invalid: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
			}
			// The example content pack ships as a static file: it must load like any other pack.
			const pack = ContentPack.safeParse(JSON.parse(readFileSync('static/packs/baerum-eksempel.jobbvei-pakke.json', 'utf8')));
			if (!pack.success) this.error(`The example content pack is invalid: ${JSON.stringify(pack.error.issues.slice(0, 5))}`);
		}
	};
}


/**
 * The export libraries (PDF, Word) are big and only needed when the person exports, so they are not
 * precached at install (docs/toolchain.md, "Export libraries stay out of the precache"); nor is Jobbvei's own code for them, nor the /dev example
 * pages (src/lib/pwa/export-files.ts says which chunks these are). The client build also emits the list
 * of files an export needs (code and the fonts the PDF embeds), which the app caches in the background
 * right after the install, so the first export works offline too (src/lib/pwa/export-cache.ts).
 * SvelteKit runs the client build as a second Vite build, so the client build writes the lazy list to a
 * file and the server build, which writes the service worker, reads it into globIgnores just before.
 */
const LAZY_LIST = '.svelte-kit/lazy-export-chunks.json';
// The 512 px icons are for the browser's install (it fetches them itself); the app never shows them.
const globIgnores: string[] = ['client/icons/*-512.png'];
function leaveExportLibrariesOutOfPrecache(): Plugin {
	return {
		name: 'jobbvei:lazy-export-chunks',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const chunks: BuiltChunk[] = Object.values(bundle)
				.filter((c) => c.type === 'chunk')
				.map((c) => ({
					fileName: c.fileName,
					moduleIds: Object.keys(c.modules),
					imports: c.imports,
					dynamicImports: c.dynamicImports,
					isEntry: c.isEntry,
					assets: [...(c.viteMetadata?.importedAssets ?? []), ...(c.viteMetadata?.importedCss ?? [])]
				}));
			const lazy = lazyChunks(chunks);
			writeFileSync(LAZY_LIST, JSON.stringify([...lazy].map((file) => `client/${file}`)));
			const appDir = `${dirname(EXPORT_FILES_LIST)}/`;
			const files = exportFiles(chunks, lazy);
			const outside = files.filter((file) => !file.startsWith(appDir));
			if (outside.length > 0) this.error(`Export files outside ${appDir}: ${outside.join(', ')}`);
			this.emitFile({ type: 'asset', fileName: EXPORT_FILES_LIST, source: JSON.stringify(files.map((file) => file.slice(appDir.length))) });
		},
		closeBundle: {
			order: 'pre',
			sequential: true,
			handler() {
				if (this.environment.name === 'ssr' && existsSync(LAZY_LIST)) globIgnores.push(...(JSON.parse(readFileSync(LAZY_LIST, 'utf8')) as string[]));
			}
		}
	};
}

/**
 * Every message with no inputs becomes one `textIn(...)` call in the built app instead of its own language
 * switch (src/lib/i18n/message-modules.ts says why and which ones). Build only: tests and the dev server read
 * the messages as Paraglide wrote them, and the end-to-end tests run the rewritten ones.
 */
function compactMessages(): Plugin {
	const textIn = fileURLToPath(new URL('./src/lib/i18n/text-in.ts', import.meta.url));
	let locales: readonly string[] = [];
	return {
		name: 'jobbvei:compact-messages',
		apply: 'build',
		buildStart() {
			locales = (JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { locales: string[] }).locales;
		},
		transform(code, id) {
			if (!MESSAGE_MODULE.test(id)) return null;
			const message = simpleMessage(code, locales);
			return message ? { code: compactMessageModule(message, textIn), map: null } : null;
		}
	};
}

/**
 * adapter-static writes the app shell as build/200.html (any static host serves it). `vite preview`,
 * which README's start command and the end-to-end tests use, serves the client output instead, so the
 * shell is copied there once the adapter has run; without it the service worker could not install.
 */
function shellForPreview(): Plugin {
	return {
		name: 'jobbvei:shell-for-preview',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'ssr',
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				if (!existsSync('build/200.html')) this.error('The adapter wrote no build/200.html (the app shell every page opens from offline).');
				copyFileSync('build/200.html', '.svelte-kit/output/client/200.html');
			}
		}
	};
}

/**
 * The start screen ("Hvem er du?") is the first thing every person opens, often on a slow school phone.
 * Left to itself the bundler splits its code into ~30 small files by how the other pages share them; each
 * one is a request the phone must issue, wait for and compile in turn before the names can be tapped. All
 * the code the start screen needs — the app frame, the start page, the error page and what they import —
 * goes into one file instead (measured at 4× CPU: 33 → 9 scripts, 81 → 67 KB on the wire, hydrated
 * ~250 ms sooner). Every other page needs that frame too, so nothing is loaded that a page would not use,
 * except the start page's own few kilobytes. Message texts stay split by page (each page keeps only its own).
 */
const START_PATH_ROOTS = /[\\/]generated[\\/]client-optimized[\\/]app\.js$|[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
/**
 * SvelteKit numbers its page nodes by route order, so the start path's nodes are found by what they hold:
 * the app frame (root layout), the error page and the start page itself — not a route group's layout.
 */
const START_NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]\d+\.js$/;
const START_NODE_HOLDS = /[\\/]src[\\/]routes[\\/]\+(layout|page)\.(svelte|ts)$|[\\/]runtime[\\/]components[\\/]svelte-5[\\/]error\.svelte$/;
/** The service worker's register step (a few hundred bytes) runs at every start: with the start screen's code, not a request of its own. */
const SERVICE_WORKER_REGISTER = /virtual:pwa-register/;
/**
 * The UI kit's parts (the ones the start screen does not already carry) in one file. Left to itself the
 * bundler gives each set of pages that share a few parts a file of its own — dozens of files of a few
 * hundred bytes, each with its own CSS file. One kit file is what the phone stores at install, fewer
 * and smaller (measured: 562 → 487 precached files, 623 → 613 KB gzip); every page needs most of it.
 * The parts' examples drive only the test pages, so they stay out of it.
 */
const KIT = /[\\/]src[\\/]lib[\\/]ui[\\/]/;
const KIT_EXAMPLES = /\.examples\.ts$/;
/** Kept in their own files: SvelteKit's route table and node facades, and the per-page message texts. */
const KEEP_SEPARATE = /[\\/]generated[\\/]client-optimized[\\/]|[\\/]paraglide[\\/]messages[\\/]/;
function startScreenInOneChunk(): Plugin {
	const startPath = new Set<string>();
	return {
		name: 'jobbvei:start-screen-chunk',
		apply: 'build',
		// The group reads the set when chunks are made, after buildEnd below has filled it.
		config: () => ({
			build: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'start', test: (id: string) => (startPath.has(id) || SERVICE_WORKER_REGISTER.test(id)) && !KEEP_SEPARATE.test(id) },
								{ name: 'kit', test: (id: string) => KIT.test(id) && !KIT_EXAMPLES.test(id) && !startPath.has(id) }
							]
						}
					}
				}
			}
		}),
		buildEnd() {
			// The server build (prerendering) sees an empty set, so only the client output is grouped.
			startPath.clear();
			if (this.environment.name !== 'client') return;
			const ids = [...this.getModuleIds()];
			const nodes = ids.filter((id) => START_NODE.test(id) && (this.getModuleInfo(id)?.importedIds ?? []).some((i) => START_NODE_HOLDS.test(i)));
			if (nodes.length !== 3) this.error(`Expected the root layout's, the error page's and the start page's nodes; found ${nodes.length}.`);
			const todo = [...ids.filter((id) => START_PATH_ROOTS.test(id)), ...nodes];
			if (todo.length !== 5) this.error(`Expected SvelteKit's client entry, route table and three start nodes; found ${todo.length}.`);
			while (todo.length > 0) {
				const id = todo.pop()!;
				if (startPath.has(id)) continue;
				startPath.add(id);
				todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		}
	};
}

export default defineConfig({
	plugins: [
		validateCatalogue(),
		leaveExportLibrariesOutOfPrecache(),
		startScreenInOneChunk(),
		compactMessages(),
		sveltekit(),
		shellForPreview(),
		SvelteKitPWA({
			// [Note: updates wait for a tap] A new version is only announced. It is applied when the
			// person taps "Oppdater", never in the middle of a task (docs/reliability.md, "Updates wait for a tap").
			registerType: 'prompt',
			injectRegister: false,
			// Absolute paths: the service worker is registered from deep pages (/interests/job) too.
			base: '/',
			buildBase: '/',
			scope: '/',
			// adapter-static writes the shell as build/200.html; precache it (revision: the build's version).
			kit: { adapterFallback: '200.html', spa: true },
			manifest: {
				id: '/',
				name: 'Jobbvei',
				short_name: 'Jobbvei',
				description: 'Finn ut hva du vil jobbe med. Prøv jobber. Lag din egen CV og plan.',
				lang: 'nb',
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				background_color: '#ffffff',
				theme_color: '#0b4f8a',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				// The start page is precached as prerendered HTML, so it paints before any script runs.
				// Every other page opens from one app shell (/200.html) that draws the page in the browser:
				// the pages hold no data of their own (everything is read from IndexedDB), and one shell
				// instead of ~45 prerendered copies keeps the first install small on a pupil's phone.
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,json}', 'prerendered/pages/index.html'],
				// Export libraries — and the .woff fonts only the PDF embeds — stay out of the precache
				// (docs/toolchain.md, "Export libraries stay out of the precache"), so the install the person waits for stays small. The test-only
				// component pages are not the app.
				globIgnores,
				// The app fills this cache with the export files in the background once the service worker
				// is installed (src/lib/pwa/export-cache.ts), and keeps it to this version's list; this route
				// answers from it, so every export works offline from the first day. A lazy file not on the
				// list (a test page) is cached here when used, and dropped at the next start.
				runtimeCaching: [
					{
						urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_app/immutable/'),
						handler: 'CacheFirst',
						options: { cacheName: EXPORT_CACHE }
					}
				],
				// The first page, the one the person installed from, is taken under the service worker's care
				// as soon as it is installed. Without it, a pupil who keeps that page open and goes home
				// without internet cannot load the export (or any other screen's code) until she reloads.
				// It only claims pages no service worker controls: a new version still waits for the
				// person's tap, because skipWaiting stays off (docs/toolchain.md, "Service worker updates wait for the person").
				clientsClaim: true,
				navigateFallback: '/200.html',
				// Pages read their query in the browser (/unlock?person=…): match the precached page
				// without it, or the service worker answers with the start page instead.
				ignoreURLParametersMatching: [/.*/],
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
				cleanupOutdatedCaches: true
			}
		})
	],
	define: { __APP_VERSION__: JSON.stringify(pkg.version) },
	// terser makes the app's JavaScript ~4 % smaller than Vite's default minifier: every byte is stored on the
	// person's phone at install (the precache budget in scripts/bench.mjs), and a slower build is worth that.
	build: { target: 'es2022', minify: 'terser', terserOptions: { module: true, compress: { passes: 2 } } },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.dom.test.ts'],
					setupFiles: ['tests/unit/setup.ts']
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'dom',
					environment: 'happy-dom',
					include: ['src/**/*.dom.test.ts', 'src/**/*.dom.test.svelte.ts'],
					setupFiles: ['tests/unit/setup.ts']
				}
			}
		]
	}
});
