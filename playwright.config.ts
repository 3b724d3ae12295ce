import { defineConfig, type ReporterDescription } from '@playwright/test';
import { projects as crossEngineProjects } from './tests/xe/projects';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium';

/**
 * End-to-end tests for Jobbvei. The app is built first (`npm run build`); Playwright serves build/
 * with `vite preview` (prerendered pages + service worker) and drives Debian's Chromium.
 * See docs/toolchain.md, "Playwright with Debian's Chromium", and the failure modes these tests recreate in docs/reliability.md.
 */

// The runner script passes --reporter on the command line; PW_REPORTER can name reporters too.
const reporter: ReporterDescription[] | 'list' = process.env.PW_REPORTER
	? process.env.PW_REPORTER.split(',').map((name): ReporterDescription => [name.trim()])
	: 'list';

// The app is served on 4173. E2E_PORT moves it (e.g. when another preview already holds 4173).
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	retries: 0,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter,
	// One private speech-dispatcher for the run; its teardown is the function the setup returns.
	globalSetup: './tests/xe/global-setup.ts',
	use: {
		// localhost is a secure context: service worker, crypto.subtle and IndexedDB all work.
		baseURL: BASE_URL,
		serviceWorkers: 'allow',
		locale: 'nb-NO',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	// Every journey runs in Chromium (tests/e2e); the cross-engine smoke set (tests/xe, written once
	// against the adapter in tests/xe/adapter.ts) runs in Chromium, Firefox ESR and WebKitGTK.
	projects: [{ name: 'chromium', testDir: 'tests/e2e', testMatch: '**/*.e2e.ts' }, ...crossEngineProjects],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
