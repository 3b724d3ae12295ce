import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '../xe/engines';

/**
 * `npm run bench`: the first screen in each engine (Chromium, Firefox ESR, WebKitGTK), through
 * the same adapter as the cross-engine tests. Five cold loads, each in a fresh context / profile; the
 * figures are written to reports/bench-<engine>.json and printed by scripts/bench.mjs. Not throttled
 * (only Chromium can throttle its CPU), so these compare engines with each other, not with the 1.5 s budget.
 */
const RUNS = 5;

test('first screen: bytes and time to interactive', async ({ engineHost, site }) => {
	test.setTimeout(240_000);
	const runs: { interactive: number | null; bytes: number; requests: number }[] = [];
	for (let i = 0; i < RUNS; i++) {
		const app = await engineHost.newApp(site.url);
		try {
			await app.goto('/');
			runs.push(
				await app.evaluate(async () => {
					let interactive: number | null = null;
					for (let n = 0; n < 400 && interactive === null; n++) {
						interactive = performance.getEntriesByName('jv-interactive')[0]?.startTime ?? null;
						if (interactive === null) await new Promise((r) => setTimeout(r, 25));
					}
					// What the engine fetched for the first screen (the test server sends files uncompressed).
					const entries = [
						...performance.getEntriesByType('navigation'),
						...performance.getEntriesByType('resource')
					] as PerformanceResourceTiming[];
					return {
						interactive,
						bytes: entries.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0),
						requests: entries.length
					};
				})
			);
		} finally {
			await app.close();
		}
	}
	const dir = join(process.cwd(), 'reports');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `bench-${engineHost.engine}.json`), JSON.stringify({ engine: engineHost.engine, runs }, null, 2));
});
