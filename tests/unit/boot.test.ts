import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';

describe('boot script', () => {
	it('is the one inline script in app.html, and the CSP allows it by its hash', () => {
		const html = readFileSync(new URL('../../src/app.html', import.meta.url), 'utf8');
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toContain("setAttribute('data-theme'");
		const hash = `sha256-${createHash('sha256').update(scripts[0]!).digest('base64')}`;
		expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
	});
});
