import symbolIds from '../../symbols/symbol-ids.json';
import { CARD_ROUNDS } from '../interests/catalogue';
import { Job } from '../interests/catalogue-schema';
import { JOB_FILE_FORMAT, JOB_FILE_VERSION, MAX_FILE_BYTES, MAX_JOBS, parseJobFile, parseSafeJson } from '../interests/job-import';
import { ContentPack, MAX_PACK_BYTES, PACK_FORMAT, readPack } from './pack-schema';

/**
 * [Note: pack check] The command `npm run pack:check FILE` (scripts/pack-check.ts) tells a municipality's staff
 * whether Jobbvei will take their content pack or job file, and if not, what to fix. Whether a file
 * is good is decided by the app's own readers, `readPack` and `parseJobFile`, the same calls the app
 * makes when a person chooses the file, so the check can never be kinder or stricter than the app.
 * Only the explanation is worked out here, from the same schemas: which field, and what is wrong with
 * it, in plain Norwegian (docs/for-kommuner.md, "Sjekk en fil før du deler den").
 */

export type FileKind = 'pack' | 'jobs' | 'unknown';

export interface CheckResult {
	/** True when the app would take the file. */
	ok: boolean;
	kind: FileKind;
	/** What is wrong, one line each, field first: `offers[2].name: mangler`. Empty when ok. */
	errors: string[];
	/** What the app takes but a person may not see well (a job's symbol the app does not have). */
	warnings: string[];
	/** One line about the file: what it is and what it holds. */
	summary: string;
}

/** At most this many lines of errors: the first ones are what to fix first. */
const MAX_LINES = 40;

const SYMBOLS = new Set<string>(symbolIds);

const KIND_NAME: Record<FileKind, string> = { pack: 'Innholdspakke', jobs: 'Jobbfil', unknown: 'Ukjent fil' };
const ROUND_NAME: Record<string, string> = { area: 'jobbområde', task: 'oppgave', condition: 'måte å jobbe på' };
const TAG_ROUND: Record<string, string> = { areas: 'area', taskTags: 'task', conditions: 'condition' };

/** Checks a content pack or a job file. `bytes` is the file's size; `name` (optional) helps tell a broken pack from other files. */
export function checkFile(text: string, bytes: number = new TextEncoder().encode(text).length, name = ''): CheckResult {
	const json = tryJson(text);
	const format = json.ok && isRecord(json.value) ? json.value.format : undefined;
	const kind: FileKind =
		format === PACK_FORMAT ? 'pack' : format === JOB_FILE_FORMAT ? 'jobs' : /\.jobbvei-pakke\.json$/i.test(name) ? 'pack' : 'unknown';
	if (kind === 'pack') return checkPack(text, bytes, json);
	if (kind === 'jobs') return checkJobs(text, bytes);
	return refused('unknown', unknownFile(text, bytes, json));
}

function checkPack(text: string, bytes: number, json: Json): CheckResult {
	const verdict = readPack(text, bytes);
	if (verdict.ok) {
		const { pack } = verdict;
		return {
			ok: true,
			kind: 'pack',
			errors: [],
			warnings: [],
			summary: `Innholdspakke «${plain(pack.name)}» (id ${pack.id}) for ${pack.municipality}: ${pack.offers.length} tilbud, ${count(pack.dates.length, 'dato', 'datoer')}, ${count(pack.contacts.length, 'kontakt', 'kontakter')}${adultWeeks(pack)}.`
		};
	}
	switch (verdict.problem) {
		case 'too-big':
			return refused('pack', [`Filen er for stor: ${kb(bytes)}. En innholdspakke kan være høyst ${kb(MAX_PACK_BYTES)}.`]);
		case 'not-json':
			return refused('pack', [notJson(text, json)]);
		case 'not-a-pack':
			return refused('pack', [`format: må være "${PACK_FORMAT}"${foundValue(json.ok && isRecord(json.value) ? json.value.format : undefined)}.`]);
		case 'damaged': {
			const data = json.ok ? json.value : undefined;
			const parsed = ContentPack.safeParse(data);
			const lines = parsed.success ? [] : explain(parsed.error.issues, data);
			lines.push(...duplicateIds(data, ['offers', 'dates', 'contacts']));
			return refused('pack', unique(lines).length ? unique(lines) : ['Pakken har en feil Jobbvei ikke kan si mer om. Sammenlign den med eksempelet.']);
		}
	}
}

/** ", møter om å bytte arbeid i uke 18 og 41": the adults' weeks, when the pack gives them. */
function adultWeeks(pack: { adults?: { changeMeetingWeeks: number[] } }): string {
	const weeks = pack.adults?.changeMeetingWeeks ?? [];
	if (weeks.length === 0) return '';
	const list = weeks.length === 1 ? String(weeks[0]) : `${weeks.slice(0, -1).join(', ')} og ${weeks.at(-1)}`;
	return `, møter om å bytte arbeid (adults.changeMeetingWeeks) i uke ${list}`;
}

function checkJobs(text: string, bytes: number): CheckResult {
	const verdict = parseJobFile(text, bytes, CARD_ROUNDS);
	if (verdict.ok) {
		const warnings = verdict.jobs.flatMap((job, i) => (SYMBOLS.has(job.symbol) ? [] : [`jobs[${i}].symbol: "${job.symbol}" er ikke et symbol i appen. Jobben vises uten bilde.`]));
		return { ok: true, kind: 'jobs', errors: [], warnings, summary: `Jobbfil med ${verdict.jobs.length} ${verdict.jobs.length === 1 ? 'jobb' : 'jobber'}.` };
	}
	const data = safeJson(text);
	const list = isRecord(data) && Array.isArray(data.jobs) ? (data.jobs as unknown[]) : [];
	switch (verdict.reason) {
		case 'too-big':
			return refused('jobs', [`Filen er for stor: ${kb(bytes)}. En jobbfil kan være høyst ${kb(MAX_FILE_BYTES)}.`]);
		case 'empty':
			return refused('jobs', [text.trim() === '' ? 'Filen er tom.' : 'jobs: listen er tom. Legg inn minst én jobb.']);
		case 'not-json':
			return refused('jobs', [notSafeJson(text)]);
		case 'not-jobs':
			return refused('jobs', [
				isRecord(data) && data.format === JOB_FILE_FORMAT
					? `version: må være et helt tall, ${JOB_FILE_VERSION}${foundValue(data.version)}.`
					: `format: må være "${JOB_FILE_FORMAT}"${foundValue(isRecord(data) ? data.format : undefined)}.`
			]);
		case 'newer':
			return refused('jobs', [`version: filen er for en nyere Jobbvei (versjon ${String(isRecord(data) ? data.version : '?')}). Denne Jobbvei leser versjon ${JOB_FILE_VERSION}.`]);
		case 'too-many':
			return refused('jobs', [`jobs: for mange jobber, ${list.length}. Høyst ${MAX_JOBS} i én fil.`]);
		case 'damaged': {
			if (!isRecord(data) || !Array.isArray(data.jobs)) return refused('jobs', [`jobs: mangler, eller er ikke en liste [ … ]${foundValue(isRecord(data) ? data.jobs : undefined)}.`]);
			const lines = list.flatMap((item, i) => {
				const parsed = Job.safeParse(item);
				return parsed.success ? [] : explain(parsed.error.issues, item, `jobs[${i}]`);
			});
			lines.push(...duplicateIds(data, ['jobs']));
			return refused('jobs', unique(lines).length ? unique(lines) : ['Filen har en feil Jobbvei ikke kan si mer om.']);
		}
		case 'unknown-tags':
			return refused('jobs', unknownTags(list));
	}
}

/** Each tag that is not a card of its round, named by where it is. */
function unknownTags(list: unknown[]): string[] {
	const lines: string[] = [];
	list.forEach((item, i) => {
		if (!isRecord(item)) return;
		for (const [key, round] of Object.entries(TAG_ROUND)) {
			const tags = item[key];
			if (!Array.isArray(tags)) continue;
			tags.forEach((tag, j) => {
				const actual = typeof tag === 'string' ? CARD_ROUNDS.get(tag) : undefined;
				if (actual === round) return;
				const where = `jobs[${i}].${key}[${j}]`;
				lines.push(
					actual
						? `${where}: "${String(tag)}" er et kort for ${ROUND_NAME[actual]}, ikke for ${ROUND_NAME[round]}. Flytt det til ${tagKey(actual)}.`
						: `${where}: "${String(tag)}" er ikke et kort i appen. Bruk et kort for ${ROUND_NAME[round]} fra src/lib/domain/interests/catalogue/cards.json.`
				);
			});
		}
	});
	return lines.length ? lines : ['En jobb bruker et kort appen ikke kjenner.'];
}

function tagKey(round: string): string {
	return Object.entries(TAG_ROUND).find(([, r]) => r === round)?.[0] ?? round;
}

// ---- Zod's issues, in plain Norwegian ----

/** The parts of a zod issue this file reads (zod/mini's issues have these fields). */
interface Issue {
	code: string;
	path: PropertyKey[];
	message: string;
	expected?: string;
	origin?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	pattern?: string;
	keys?: string[];
	values?: unknown[];
	errors?: Issue[][];
}

function explain(issues: readonly object[], data: unknown, prefix = ''): string[] {
	return (issues as Issue[]).flatMap((issue) => explainOne(issue, data, prefix));
}

function explainOne(issue: Issue, data: unknown, prefix: string): string[] {
	const value = at(data, issue.path);
	const where = joinPath(prefix, issue.path);
	const field = String(issue.path.at(-1) ?? '');
	const say = (text: string) => [`${where || '(hele filen)'}: ${text}`];
	if (issue.code === 'invalid_union') {
		const branch = pickBranch(issue.errors ?? [], value);
		return branch ? explain(branch, value, where) : say(value === undefined ? 'mangler' : unionShape(field));
	}
	if (value === undefined && issue.code === 'invalid_type') return say('mangler');
	switch (issue.code) {
		case 'invalid_type':
			return say(`${TYPE_NAME[issue.expected ?? ''] ?? `skal være ${issue.expected ?? 'noe annet'}`}${foundValue(value)}`);
		case 'too_small':
			if (issue.origin === 'string') return say(Number(issue.minimum) <= 1 ? 'mangler tekst' : `er for kort, minst ${Number(issue.minimum)} tegn`);
			if (issue.origin === 'array') return say(Number(issue.minimum) <= 1 ? 'listen er tom, den må ha minst én' : `listen må ha minst ${Number(issue.minimum)}`);
			return say(`må være minst ${Number(issue.minimum)}${foundValue(value)}`);
		case 'too_big':
			if (issue.origin === 'string') return say(`er for lang: ${typeof value === 'string' ? value.length : '?'} tegn, høyst ${Number(issue.maximum)}`);
			if (issue.origin === 'array') return say(`listen er for lang: ${Array.isArray(value) ? value.length : '?'}, høyst ${Number(issue.maximum)}`);
			return say(`kan være høyst ${Number(issue.maximum)}${foundValue(value)}`);
		case 'invalid_format':
			return say(`${FORMAT_RULE[issue.pattern ?? ''] ?? 'har feil form'}${foundValue(value)}`);
		case 'invalid_value':
			return say(`må være ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' eller ')}${foundValue(value)}`);
		case 'unrecognized_keys':
			return (issue.keys ?? []).map((key) => `${where || '(hele filen)'}: ukjent felt "${key}". Sjekk stavemåten, eller ta det bort.`);
		case 'custom':
			return customRule(issue.message, value, say);
		default:
			return say('har en feil');
	}
}

const TYPE_NAME: Record<string, string> = {
	string: 'skal være tekst i "anførselstegn"',
	number: 'skal være et tall',
	boolean: 'skal være true eller false',
	array: 'skal være en liste [ … ]',
	tuple: 'skal være en liste med to tall, [fra, til]',
	object: 'skal være et objekt { … }'
};

/** The regex rules of the schemas, by their pattern (pack-schema.ts, catalogue-schema.ts). */
const FORMAT_RULE: Record<string, string> = {
	'/^[a-z0-9_]+$/': 'kan bare ha små bokstaver a–z, tall og _ (ikke æ, ø, å, mellomrom eller -)',
	'/^\\S+$/': 'skal være en nettadresse uten mellomrom, for eksempel "baerum.kommune.no"',
	'/^\\+?[0-9 ]{3,20}$/': 'skal være et telefonnummer: tall og mellomrom, og gjerne + først',
	'/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/': 'skal være en e-postadresse, for eksempel "post@kommune.no"',
	'/^\\d{4}-\\d{2}-\\d{2}$/': 'skal være en dato ÅÅÅÅ-MM-DD, for eksempel "2026-08-15"'
};

function customRule(message: string, value: unknown, say: (text: string) => string[]): string[] {
	if (message === 'not a symbol of the app') return say(`"${String(value)}" er ikke et symbol i appen. Velg et fra src/lib/symbols/symbol-map.json.`);
	if (message === 'not a day of the year (MM-DD)') return say(`skal være en dag i året, MM-DD, for eksempel "02-01"${foundValue(value)}`);
	if (message === 'the pack is empty') return ['(hele filen): pakken er tom. Legg inn minst ett tilbud, én dato, én kontakt eller adults.changeMeetingWeeks.'];
	if (message === 'weeks must be unique') return say(`samme uke står to ganger${foundValue(value)}. Skriv hver uke én gang, for eksempel [18, 41]`);
	// "… ids must be unique": duplicateIds names the two places.
	if (/ids must be unique$/.test(message)) return [];
	return say(message);
}

/** Text fields and dates are unions; what a field of each should look like. */
function unionShape(field: string): string {
	if (field === 'when') return 'skal være { "date": "MM-DD" }, { "week": 1–53 } eller { "months": [fra, til] }';
	return 'skal være tekst, eller { "nb": "…", "nn": "…", "en": "…" } med tekst per språk';
}

/**
 * Which way through a union the writer meant: one that fails at its root (a string where an object is
 * meant) is not it; of the rest, one the value fits without missing fields, else the only one left.
 */
function pickBranch(branches: Issue[][], value: unknown): Issue[] | null {
	const rooted = branches.filter((b) => !b.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
	const missing = (b: Issue[]) => b.some((i) => i.code === 'invalid_type' && at(value, i.path) === undefined);
	const fitting = rooted.filter((b) => !missing(b));
	if (fitting.length) return fitting.reduce((a, b) => (b.length < a.length ? b : a));
	return rooted.length === 1 ? (rooted[0] ?? null) : null;
}

/** Ids used twice in a list, each named by both places: `offers[3].id: "arba" er brukt før, i offers[0]`. */
function duplicateIds(data: unknown, keys: string[]): string[] {
	if (!isRecord(data)) return [];
	return keys.flatMap((key) => {
		const list = data[key];
		if (!Array.isArray(list)) return [];
		const first = new Map<string, number>();
		return list.flatMap((item, i) => {
			const id = isRecord(item) && typeof item.id === 'string' ? item.id : null;
			if (id === null) return [];
			const before = first.get(id);
			if (before === undefined) {
				first.set(id, i);
				return [];
			}
			return [`${key}[${i}].id: "${id}" er brukt før, i ${key}[${before}]. Hver id må være ulik.`];
		});
	});
}

// ---- Files that are not JSON, or not either kind ----

type Json = { ok: true; value: unknown } | { ok: false; error: string };

function tryJson(text: string): Json {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}

function safeJson(text: string): unknown {
	try {
		return parseSafeJson(text);
	} catch {
		return undefined;
	}
}

/** Why JSON.parse refused the text, with the line and column when the engine gives a position. */
function notJson(text: string, json: Json): string {
	const error = json.ok ? '' : json.error;
	const position = /position (\d+)/.exec(error);
	if (!position) return 'Filen er ikke JSON. Åpne den i en JSON-sjekker, eller sammenlign med eksempelet.';
	const before = text.slice(0, Number(position[1])).split('\n');
	return `Filen er ikke gyldig JSON: feil på linje ${before.length}, tegn ${(before.at(-1)?.length ?? 0) + 1}. Se etter komma eller anførselstegn som mangler eller er for mange.`;
}

/** A job file is read more strictly than plain JSON (job-import.ts, parseSafeJson): say which rule it broke. */
function notSafeJson(text: string): string {
	const json = tryJson(text);
	if (!json.ok) return notJson(text, json);
	try {
		parseSafeJson(text);
	} catch (error) {
		if (error instanceof Error && error.message === 'forbidden key') return 'Filen har et felt som heter "__proto__", "constructor" eller "prototype". Ta det bort.';
		if (error instanceof Error && error.message === 'too deep') return 'Filen har for mange nivåer inni hverandre. Høyst 8.';
	}
	return 'Filen er ikke JSON.';
}

function unknownFile(text: string, bytes: number, json: Json): string[] {
	if (bytes > MAX_FILE_BYTES) return [`Filen er for stor: ${kb(bytes)}. En innholdspakke kan være høyst ${kb(MAX_PACK_BYTES)}, en jobbfil høyst ${kb(MAX_FILE_BYTES)}.`];
	if (text.trim() === '') return ['Filen er tom.'];
	if (!json.ok) return [notJson(text, json)];
	const format = isRecord(json.value) ? json.value.format : undefined;
	return [
		`format: mangler eller er ukjent${foundValue(format)}. En innholdspakke har "format": "${PACK_FORMAT}", en jobbfil har "format": "${JOB_FILE_FORMAT}".`
	];
}

// ---- Small helpers ----

function refused(kind: FileKind, errors: string[]): CheckResult {
	const shown = errors.length > MAX_LINES ? [...errors.slice(0, MAX_LINES), `… og ${errors.length - MAX_LINES} feil til.`] : errors;
	return { ok: false, kind, errors: shown, warnings: [], summary: `${KIND_NAME[kind]}. Jobbvei tar ikke imot filen slik den er nå.` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), prefix);
}

/** ", ikke 12" — what the file has instead, short. */
function foundValue(value: unknown): string {
	if (value === undefined) return '';
	const shown = JSON.stringify(value) ?? String(value);
	return `, ikke ${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown}`;
}

function plain(text: string | { nb: string }): string {
	return typeof text === 'string' ? text : text.nb;
}

function kb(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function unique(lines: string[]): string[] {
	return [...new Set(lines)];
}
