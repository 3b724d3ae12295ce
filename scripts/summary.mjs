// Prints the one closing line CI reads, "N passed, N failed", from Vitest's and Playwright's JSON
// reports, and exits non-zero if anything failed or a report is missing (then nothing ran).
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of [vitestFile, playwrightFile]) {
	if (!file || !existsSync(file)) {
		console.error(`missing test report: ${file}`);
		failed++;
	}
}
if (vitestFile && existsSync(vitestFile)) {
	const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
	passed += v.numPassedTests;
	failed += v.numFailedTests + (v.numRuntimeErrors ?? 0);
	if (v.numTotalTests === 0) failed++;
}
if (playwrightFile && existsSync(playwrightFile)) {
	const p = JSON.parse(readFileSync(playwrightFile, 'utf8'));
	passed += p.stats.expected;
	failed += p.stats.unexpected + (p.stats.flaky ?? 0) + (p.errors?.length ?? 0);
	if (p.stats.expected + p.stats.unexpected === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
