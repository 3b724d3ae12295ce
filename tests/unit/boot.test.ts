import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('boot script', () => {
	it('app.html holds src/boot.js word for word, so the CSP hash in svelte.config.js allows it', () => {
		const boot = readFileSync(new URL('../../src/boot.js', import.meta.url), 'utf8');
		const html = readFileSync(new URL('../../src/app.html', import.meta.url), 'utf8');
		expect(html).toContain(`<script>${boot}</script>`);
	});
});
