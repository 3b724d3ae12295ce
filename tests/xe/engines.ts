import { test as base, expect, chromium, firefox, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../e2e/support/static-server.mjs';
import { playwrightApp, webdriverApp, type App, type Engine, type WdioBrowser } from './adapter';
import { startSpeechDispatcher } from './speechd';

/**
 * Playwright Test fixtures for the cross-engine smoke suite (docs/cross-engine.md).
 *
 * Project option `engine` picks the engine. The worker fixture `engineHost` starts it once per worker:
 *  - chromium: Debian's /usr/bin/chromium through Playwright;
 *  - firefox:  Debian's firefox-esr 153 through Playwright's WebDriver BiDi channel ('moz-firefox');
 *  - webkitgtk: Xvfb on a free display + WebKitWebDriver on a free port; each test gets its own
 *    webdriverio session with a fresh --data-dir (tests/xe/webkitgtk-browser.py, persistent profile).
 * The test fixture `site` serves build/ on a free port (so a test can stop it: offline start), and
 * `app` is the adapter (adapter.ts) over a fresh context / session on that site.
 * Speech: Chromium and Firefox each get a fresh private speech-dispatcher (tests/xe/speechd.ts).
 */

export { expect };
export type { App, Engine };

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// XE_BUILD_DIR: serve another build (e.g. a private one while someone else rebuilds build/).
const BUILD = resolve(ROOT, process.env.XE_BUILD_DIR ?? 'build');
const LAUNCHER = join(ROOT, 'tests/xe/webkitgtk-browser.py');

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--enable-speech-dispatcher',
	'--use-fake-ui-for-media-stream',
	'--use-fake-device-for-media-stream'
];

export const FIREFOX_PREFS = {
	'media.navigator.streams.fake': true,
	'media.navigator.permission.disabled': true,
	// Without these, navigator.storage.persist() waits ~40 s for a prompt, then the page dies (docs/cross-engine.md, "Firefox persist() needs the testing prefs").
	'dom.storageManager.prompt.testing': true,
	'dom.storageManager.prompt.testing.allow': true
};

export const WEBKIT_FEATURES = '--features=+WebShare,+StorageAPI,+StorageAPIEstimate';

export interface Site {
	url: string;
	/** Stops the server (idempotent): the next load must come from the service worker. */
	stop(): Promise<void>;
}

interface EngineHost {
	engine: Engine;
	newApp(origin: string): Promise<App>;
}

export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const srv = createServer();
		srv.once('error', fail);
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as { port: number }).port;
			srv.close(() => ok(port));
		});
	});
}

/** Kills a detached child and its whole process group (the driver's browser too). */
function killGroup(child: ChildProcess | undefined): void {
	if (!child?.pid) return;
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		try {
			child.kill('SIGKILL');
		} catch {
			/* gone */
		}
	}
}

async function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
	// -displayfd: Xvfb picks a free display itself and writes its number to fd 1.
	const proc = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	const display = await new Promise<string>((ok, fail) => {
		let out = '';
		const timer = setTimeout(() => fail(new Error('Xvfb gave no display in 10 s')), 10_000);
		proc.stdout!.on('data', (d: Buffer) => {
			out += d.toString();
			const m = out.match(/^(\d+)\n/);
			if (m) {
				clearTimeout(timer);
				ok(`:${m[1]}`);
			}
		});
		proc.once('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
	});
	return { display, proc };
}

async function startWebKitDriver(display: string): Promise<{ port: number; proc: ChildProcess }> {
	const port = await freePort();
	const proc = spawn('WebKitWebDriver', [`--port=${port}`], {
		env: { ...process.env, DISPLAY: display },
		stdio: 'ignore',
		detached: true
	});
	const end = Date.now() + 10_000;
	for (;;) {
		try {
			const res = await fetch(`http://127.0.0.1:${port}/status`);
			if (res.ok) break;
		} catch {
			/* not up yet */
		}
		if (Date.now() > end || proc.exitCode !== null) throw new Error('WebKitWebDriver did not start');
		await new Promise((r) => setTimeout(r, 100));
	}
	return { port, proc };
}

export const test = base.extend<{ site: Site; app: App }, { engine: Engine; engineHost: EngineHost }>({
	engine: ['chromium', { option: true, scope: 'worker' }],

	engineHost: [
		async ({ engine }, use) => {
			if (engine === 'chromium' || engine === 'firefox') {
				const speechd = await startSpeechDispatcher();
				const env = { ...process.env, ...speechd.env } as Record<string, string>;
				const browser: Browser =
					engine === 'chromium'
						? await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, env })
						: await firefox.launch({
								channel: 'moz-firefox',
								executablePath: '/usr/bin/firefox-esr',
								firefoxUserPrefs: FIREFOX_PREFS,
								env
							});
				try {
					await use({
						engine,
						async newApp(origin) {
							const context = await browser.newContext({ serviceWorkers: 'allow' });
							const page = await context.newPage();
							return playwrightApp(engine, page, origin, () => context.close());
						}
					});
				} finally {
					await browser.close();
					await speechd.stop();
				}
				return;
			}

			// webkitgtk
			let xvfb: ChildProcess | undefined;
			let driver: ChildProcess | undefined;
			try {
				const x = await startXvfb();
				xvfb = x.proc;
				const d = await startWebKitDriver(x.display);
				driver = d.proc;
				const { remote } = await import('webdriverio');
				await use({
					engine,
					async newApp(origin) {
						const dataDir = mkdtempSync(join(tmpdir(), 'jobbvei-wk-'));
						const b = (await remote({
							hostname: '127.0.0.1',
							port: d.port,
							path: '/',
							logLevel: 'error',
							connectionRetryCount: 1,
							connectionRetryTimeout: 60_000,
							capabilities: {
								browserName: 'WebKitPersistent', // = the launcher's ApplicationInfo name
								'wdio:enforceWebDriverClassic': true, // else wdio asks for BiDi and matching fails
								'webkitgtk:browserOptions': { binary: LAUNCHER, args: [WEBKIT_FEATURES, `--data-dir=${dataDir}`] }
							} as never
						})) as unknown as WdioBrowser;
						return webdriverApp(b, origin, async () => {
							await b.deleteSession().catch(() => undefined);
							// The browser may still be writing its profile for a moment after the session ends.
							try {
								rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
							} catch {
								/* a leftover temp dir is harmless */
							}
						});
					}
				});
			} finally {
				killGroup(driver);
				killGroup(xvfb);
			}
		},
		{ scope: 'worker', timeout: 60_000 }
	],

	site: async ({}, use) => {
		if (!existsSync(join(BUILD, 'index.html'))) throw new Error('build/ is missing: run `npm run build` first');
		const port = await freePort();
		const server = await serveStatic(BUILD, port);
		let stopped = false;
		const site: Site = {
			url: server.url,
			async stop() {
				if (stopped) return;
				stopped = true;
				await server.close();
			}
		};
		try {
			await use(site);
		} finally {
			await site.stop();
		}
	},

	app: async ({ engineHost, site }, use) => {
		const app = await engineHost.newApp(site.url);
		try {
			await use(app);
		} finally {
			await app.close();
		}
	}
});
