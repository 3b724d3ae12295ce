import { defineConfig, type PlaywrightTestProject } from '@playwright/test';
import type { Engine } from '../xe/adapter';

/**
 * Used only by `npm run bench` (scripts/bench.mjs): the first-screen figures in all three engines.
 * No web server: each test serves build/ itself (tests/xe/engines.ts, fixture `site`).
 */
const engine = (name: Engine): PlaywrightTestProject<object, { engine: Engine }> => ({ name: `${name}-bench`, use: { engine: name } });

export default defineConfig<object, { engine: Engine }>({
	testDir: '.',
	testMatch: '**/*.bench.ts',
	workers: 1,
	retries: 0,
	reporter: 'line',
	projects: [engine('chromium'), engine('firefox'), engine('webkitgtk')]
});
