import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roomCycles, roomOf } from '../../tests/unit/rooms';

// The shape of the code as docs/architecture.md draws it: imports go one way (routes → page state →
// domain state → repositories → storage), no two rooms lean on each other, and pages stay thin, so
// a new developer finds a rule in one place and a change to one part cannot break another.

const SRC = resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : filesUnder(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

const FILES = filesUnder(SRC).filter((f) => !/\.(test|dom\.test)\.(ts|svelte\.ts)$/.test(f) && !f.includes('/testing/'));

/** Every module a source file imports, as a path under src/ (library imports left out). */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
	return specs.flatMap((spec) => {
		if (spec.startsWith('$lib/')) return [relative(SRC, join(SRC, 'lib', spec.slice(5)))];
		if (spec.startsWith('.')) return [relative(SRC, resolve(dirname(file), spec))];
		return [];
	});
}

const EDGES = FILES.map((file) => ({ from: relative(SRC, file), to: importsOf(file) }));

describe('the rooms of the code', () => {
	it('no two rooms import each other, directly or round a loop', () => {
		const pairs = EDGES.flatMap(({ from, to }) => to.map((target) => [roomOf(from), roomOf(target)] as const));
		expect(roomCycles(pairs)).toEqual([]);
	});

	it('shared tools (ui, media, files, calendar, i18n, storage …) never reach into a domain part', () => {
		const bad = EDGES.filter(({ from }) => !['routes'].includes(roomOf(from)) && !roomOf(from).startsWith('domain/')).flatMap(({ from, to }) =>
			to.filter((target) => roomOf(target).startsWith('domain/')).map((target) => `${from} → ${target}`)
		);
		expect(bad).toEqual([]);
	});

	it('routes reach data only through domain state: no route imports storage or a repository', () => {
		const bad = EDGES.filter(({ from }) => from.startsWith('routes/')).flatMap(({ from, to }) =>
			to.filter((target) => target.startsWith('lib/storage') || /-repo$|-repo\.ts$/.test(target)).map((target) => `${from} → ${target}`)
		);
		expect(bad).toEqual([]);
	});

	it('every page is at most 150 lines', () => {
		const long = FILES.filter((f) => f.endsWith('+page.svelte'))
			.map((f) => ({ page: relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
			.filter(({ lines }) => lines > 150)
			.map(({ page, lines }) => `${page}: ${lines}`);
		expect(long).toEqual([]);
	});
});
