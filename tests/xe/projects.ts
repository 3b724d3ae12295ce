import type { PlaywrightTestProject } from '@playwright/test';
import type { Engine } from './adapter';

/**
 * The cross-engine smoke projects (docs/cross-engine.md): tests/xe/*.xe.ts, written once against the adapter,
 * run in Chromium, Firefox ESR and WebKitGTK. Merge into playwright.config.ts's `projects`; the config
 * needs build/ (npm run build) and the private speech-dispatcher from tests/xe/global-setup.ts (the config's globalSetup).
 */
const smoke = (engine: Engine): PlaywrightTestProject<object, { engine: Engine }> => ({
	name: `${engine}-smoke`,
	testDir: 'tests/xe',
	testMatch: '**/*.xe.ts',
	use: { engine }
});

export const projects = [smoke('chromium'), smoke('firefox'), smoke('webkitgtk')];
