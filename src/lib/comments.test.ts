import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Comments must lead a reader somewhere they can go: to a note in this repository, never to a document
 * that only some of the team have, or to an issue number that means nothing outside the tracker it came
 * from. This walks the code (src/, tests/, scripts/, .ci/ and the config files at the root) line by line.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SELF = fileURLToPath(import.meta.url);

/** Where code lives, and what is generated or installed (not ours to comment). */
const CODE_DIRS = ['src', 'tests', 'scripts', '.ci'];
const SKIP = new Set(['node_modules', join('src', 'lib', 'paraglide'), '.svelte-kit', 'build', 'reports', 'test-results']);
const CODE_EXT = /\.(ts|js|mjs|cjs|svelte|sh|py|html|css)$/;
/** Root files that hold code: the config files, and anything else of that kind that appears there. */
const ROOT_CODE = /\.(ts|js|mjs|cjs)$/;

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
	for (const name of readdirSync(join(ROOT, dir))) {
		const path = join(dir, name);
		if (SKIP.has(path) || name === 'node_modules') continue;
		if (statSync(join(ROOT, path)).isDirectory()) walk(path, keep, out);
		else if (keep(path)) out.push(path);
	}
	return out;
}

/** The code files, as paths relative to the repository. .ci's scripts have no extension. */
function codeFiles(): string[] {
	const files = CODE_DIRS.filter((d) => existsSync(join(ROOT, d))).flatMap((d) =>
		walk(d, (path) => CODE_EXT.test(path) || path.startsWith(`.ci${sep}`))
	);
	const rootFiles = readdirSync(ROOT).filter((name) => ROOT_CODE.test(name) && statSync(join(ROOT, name)).isFile());
	return [...files, ...rootFiles].filter((path) => join(ROOT, path) !== SELF).sort();
}

/** The notes in docs/ and the README: where a [Note: …] may be defined too. */
function docFiles(): string[] {
	const docs = existsSync(join(ROOT, 'docs')) ? walk('docs', (path) => path.endsWith('.md')) : [];
	return [...docs, 'README.md'].filter((path) => existsSync(join(ROOT, path)));
}

interface Line {
	file: string;
	line: number;
	text: string;
}

function lines(files: string[]): Line[] {
	return files.flatMap((file) =>
		readFileSync(join(ROOT, file), 'utf8')
			.split('\n')
			.map((text, i) => ({ file, line: i + 1, text }))
	);
}

const where = (l: Line) => `${l.file}:${l.line}: ${l.text.trim().slice(0, 160)}`;

/** "issue 8", "Issue #12", "issues 3": a number from a tracker a reader of the code may never see. */
const ISSUE_NUMBER = /\b[Ii]ssues? ?#?\d+/;

/** A path to a Markdown file: a plain name ("x.md"), or with folders ("docs/x.md", "../y/x.md"). */
const MD_PATH = /(?<![\w./-])((?:\.{1,2}\/|[\w-]+\/)*[\w.-]*[\w-]\.md)\b(?:,? "([^"]+)")?/g;

/** Where a cited Markdown file is in this repository, or null when it is not. */
function resolveMd(file: string, cited: string): string | null {
	const candidates = cited.includes('/')
		? [resolve(ROOT, dirname(file), cited), resolve(ROOT, cited)]
		: [join(ROOT, 'docs', cited), join(ROOT, cited), resolve(ROOT, dirname(file), cited)];
	const inside = candidates.filter((path) => path.startsWith(ROOT + sep) && !relative(ROOT, path).startsWith('node_modules'));
	return inside.find((path) => existsSync(path)) ?? null;
}

/** The headings of a Markdown file, without their # marks. */
function headings(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => /^#{1,6} /.test(l))
		.map((l) => l.replace(/^#+ /, '').trim());
}

const NOTE = /\[Note: ([^\]]+)\]/g;
/** Only comment marks before the note, and words after it: the line where the note is written. */
const NOTE_HEAD = /^\s*(?:\/\/+|\/\*\*?|\*|<!--|#{1,6}|--)?\s*$/;

/** The titles of the notes a line cites, and of the one it defines (if any). */
function notesOn(text: string, markdown = false): { cited: string[]; defined: string[] } {
	const cited: string[] = [];
	const defined: string[] = [];
	for (const match of text.matchAll(NOTE)) {
		const title = match[1]!.trim();
		const before = text.slice(0, match.index);
		const after = text.slice(match.index! + match[0].length);
		const heading = markdown && /^#{1,6}\s*$/.test(before);
		if (NOTE_HEAD.test(before) && (heading || /^\s+["'«\w]/.test(after))) defined.push(title);
		else cited.push(title);
	}
	return { cited, defined };
}

const code = lines(codeFiles());

describe('comments point to what a reader can open', () => {
	it('finds the code to check', () => {
		expect(code.length).toBeGreaterThan(10_000);
		expect(new Set(code.map((l) => l.file))).toContain('vite.config.ts');
	});

	it('cite no issue numbers: they say what the thing is about instead', () => {
		expect(code.filter((l) => ISSUE_NUMBER.test(l.text)).map(where)).toEqual([]);
	});

	it('cite only Markdown files that are in the repository', () => {
		const missing = code.flatMap((l) =>
			[...l.text.matchAll(MD_PATH)].filter((m) => resolveMd(l.file, m[1]!) === null).map((m) => `${where(l)}  →  ${m[1]}`)
		);
		expect(missing).toEqual([]);
	});

	it('cite headings that the Markdown file has (docs/x.md, "Heading")', () => {
		const wrong = code.flatMap((l) =>
			[...l.text.matchAll(MD_PATH)]
				.filter((m) => m[2] !== undefined)
				.filter((m) => {
					const path = resolveMd(l.file, m[1]!);
					return path !== null && !headings(path).includes(m[2]!);
				})
				.map((m) => `${where(l)}  →  ${m[1]}, "${m[2]}"`)
		);
		expect(wrong).toEqual([]);
	});

	it('cite only [Note: …] titles that are written out somewhere', () => {
		const docs = lines(docFiles());
		const defined = new Set([
			...code.flatMap((l) => notesOn(l.text).defined),
			...docs.flatMap((l) => notesOn(l.text, true).defined)
		]);
		const cited = [...code, ...docs].flatMap((l) =>
			notesOn(l.text, l.file.endsWith('.md'))
				.cited.filter((title) => !defined.has(title))
				.map((title) => `${where(l)}  →  [Note: ${title}]`)
		);
		expect(cited).toEqual([]);
	});
});

describe('the checks themselves', () => {
	it('tell a note written out from a note cited', () => {
		expect(notesOn(' * [Note: autosave] An answer is stored at once.')).toEqual({ cited: [], defined: ['autosave'] });
		expect(notesOn('\t// [Note: same places] Back and Home sit at the start.')).toEqual({ cited: [], defined: ['same places'] });
		expect(notesOn('<!-- [Note: year wheel months] The year at a glance')).toEqual({ cited: [], defined: ['year wheel months'] });
		expect(notesOn(' * stored at once ([Note: autosave]); a full device')).toEqual({ cited: ['autosave'], defined: [] });
		expect(notesOn('// See [Note: first paint].')).toEqual({ cited: ['first paint'], defined: [] });
		expect(notesOn(' * [Note: local content pack]. A refused file')).toEqual({ cited: ['local content pack'], defined: [] });
		expect(notesOn('## [Note: wipe sentinel]', true)).toEqual({ cited: [], defined: ['wipe sentinel'] });
	});

	it('find issue numbers in their usual spellings, and leave other words alone', () => {
		for (const text of ['(issue 17)', 'Issue #4', 'issues 3 and 5', 'issue8']) expect(ISSUE_NUMBER.test(text)).toBe(true);
		for (const text of ['result.error.issues.slice(0, 5)', 'no issues here', 'tissue 5'])
			expect(ISSUE_NUMBER.test(text)).toBe(false);
	});

	it('resolve Markdown names against docs/ and the root, and nothing outside the repository', () => {
		expect(resolveMd('src/x.ts', 'README.md')).toBe(join(ROOT, 'README.md'));
		expect(resolveMd('src/x.ts', 'docs/content-pack.md')).toBe(join(ROOT, 'docs', 'content-pack.md'));
		expect(resolveMd('src/x.ts', 'content-pack.md')).toBe(join(ROOT, 'docs', 'content-pack.md'));
		expect(resolveMd('tests/xe/a.ts', '../../docs/content-pack.md')).toBe(join(ROOT, 'docs', 'content-pack.md'));
		expect(resolveMd('tests/xe/a.ts', '../../../elsewhere/design/notes.md')).toBeNull();
		expect(resolveMd('src/x.ts', 'no-such-note.md')).toBeNull();
	});
});
