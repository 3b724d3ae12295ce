import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '$lib/media/media-record';
import { BACKUP_JSON_NAME, BACKUP_LIMITS, BACKUP_VERSION, type BackupProblem } from '../backup-schema';
import { BACKUP_STORE_NAMES, type BackupStore } from '../backup-stores';

/**
 * [Note: hostile backup corpus] Broken and hostile backup files, generated (never committed as blobs)
 * from one real backup, so every file differs from a good one in exactly the way its class says.
 * Each case names the failure the person must be told (the restore screen's message kinds); the
 * class "script" also holds files the schema allows — their text must arrive unchanged, as text.
 */
export const HOSTILE_CLASSES = [
	'empty',
	'truncated',
	'junk',
	'other-json',
	'other-zip',
	'missing-format-version',
	'future-version',
	'wrong-types',
	'huge-strings',
	'deep-nesting',
	'prototype-keys',
	'duplicate-ids',
	'script',
	'fake-images',
	'zip-bomb',
	'too-many-entries',
	'media-limits',
	'other-profile'
] as const;
export type HostileClass = (typeof HOSTILE_CLASSES)[number];

export interface HostileCase {
	cls: HostileClass;
	name: string;
	/** The failure kind the restore must report, or 'inert' for text it must keep exactly as text. */
	expected: BackupProblem | 'inert';
	make(): Promise<Blob>;
	/** For 'inert' cases: where the text lands after reading, and the exact text. */
	inert?: { store: BackupStore | 'profile'; field: string; text: string };
}

/** One good backup to break: its unpacked entries and its envelope, and ids someone else has here. */
export interface CorpusBase {
	files: Record<string, Uint8Array>;
	envelope: Envelope;
	/** Ids of records and media that belong to another person already on the device. */
	others: { profileId: string; records: Partial<Record<BackupStore, string[]>>; media: string[] };
}

type Json = Record<string, unknown>;
type Envelope = Json & { profile: Json; records: Record<string, Json[]>; media: Json[] };

/** A small seeded random generator (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const blob = (bytes: Uint8Array | string): Blob => new Blob([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)]);
const stored = (files: Record<string, Uint8Array>): Zippable => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]]));

/** Deeply nested JSON text: `[[[…]]]` or `{"a":{"a":…}}`. */
function nested(depth: number, kind: 'array' | 'object'): string {
	return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
}

/** Twenty classic XSS payloads, also typed into the app by tests/e2e/xss.e2e.ts. */
export const XSS_PAYLOADS = [
	'<script>window.__xss=1</script>',
	'<img src=x onerror="window.__xss=2">',
	'<svg onload="window.__xss=3">',
	'javascript:window.__xss=4',
	'"><script>window.__xss=5</script>',
	"'><img src=x onerror=window.__xss=6>",
	"{{constructor.constructor('window.__xss=7')()}}",
	'</textarea><script>window.__xss=8</script>',
	'&lt;script&gt;window.__xss=9&lt;/script&gt;',
	'<iframe src="javascript:window.__xss=10"></iframe>',
	'<a href="javascript:window.__xss=11">klikk</a>',
	'<body onload=window.__xss=12>',
	'<details open ontoggle=window.__xss=13>',
	'<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=14>',
	'${window.__xss=15}',
	'<style>@import "javascript:window.__xss=16";</style>',
	'<input autofocus onfocus=window.__xss=17>',
	'\u003cimg src=x onerror=window.__xss=18\u003e',
	'<object data="data:text/html,<script>window.__xss=19</script>">',
	'--><script>window.__xss=20</script><!--'
] as const;

export function hostileCorpus(base: CorpusBase): HostileCase[] {
	const cases: HostileCase[] = [];
	const add = (cls: HostileClass, name: string, expected: HostileCase['expected'], make: () => Blob | Promise<Blob>, inert?: HostileCase['inert']) =>
		cases.push({ cls, name, expected, make: async () => make(), ...(inert ? { inert } : {}) });
	const rand = random(7);
	const junk = (size: number) => new Uint8Array(size).map(() => Math.floor(rand() * 256));
	const good = zipSync(stored({ ...base.files, [BACKUP_JSON_NAME]: strToU8(JSON.stringify(base.envelope)) }));
	/** The good backup with its JSON replaced by `text` and entries changed by `files`. */
	const withJson = (text: string, files: Record<string, Uint8Array | null> = {}) => {
		const all: Record<string, Uint8Array> = { ...base.files, [BACKUP_JSON_NAME]: strToU8(text) };
		for (const [name, bytes] of Object.entries(files)) {
			if (bytes) all[name] = bytes;
			else delete all[name];
		}
		return blob(zipSync(stored(all)));
	};
	/** The good backup with its envelope changed by `edit` (on a copy). */
	const edit = (edit: (e: Envelope) => unknown) => () => {
		const copy = structuredClone(base.envelope);
		const next = edit(copy);
		return withJson(typeof next === 'string' ? next : JSON.stringify(next ?? copy));
	};
	const stores = BACKUP_STORE_NAMES.filter((s) => (base.envelope.records[s]?.length ?? 0) > 0);
	const first = (e: Envelope, store: string) => e.records[store]![0]!;

	// 1 Empty: nothing in the file, or a zip with no entries.
	for (const name of ['Nora.jobbvei.zip', 'Nora.jobbvei.json', 'tom', 'x.zip', '.jobbvei']) add('empty', `0 bytes ${name}`, 'empty', () => new File([], name));
	add('empty', 'zip without entries', 'empty', () => blob(zipSync({})));
	for (const comment of [1, 40, 1000]) {
		add('empty', `zip without entries, comment ${comment}`, 'empty', () => {
			const end = new Uint8Array(22 + comment);
			end.set([0x50, 0x4b, 0x05, 0x06]);
			end[20] = comment & 0xff;
			end[21] = comment >> 8;
			return blob(end);
		});
	}

	// 2 Truncated: the good file cut at a share of its length, or a few bytes short.
	for (const share of [0.001, 0.01, 0.05, 0.1, 0.2, 0.25, 0.33, 0.5, 0.66, 0.75, 0.9, 0.95, 0.99, 0.995, 0.999]) {
		add('truncated', `cut at ${share * 100} %`, 'damaged', () => blob(good.slice(0, Math.max(4, Math.floor(good.length * share)))));
	}
	for (const short of [1, 2, 10, 21, 22, 100]) add('truncated', `${short} bytes short`, 'damaged', () => blob(good.slice(0, good.length - short)));
	add('truncated', 'JSON cut in the middle', 'damaged', () => withJson(JSON.stringify(base.envelope).slice(0, 500)));
	add('truncated', 'JSON cut before the last brace', 'damaged', () => withJson(JSON.stringify(base.envelope).slice(0, -1)));
	add('truncated', 'media entry cut', 'damaged', () => withJson(JSON.stringify(base.envelope), { 'media/0': base.files['media/0']!.slice(0, 100) }));
	add('truncated', 'media entry missing', 'damaged', () => withJson(JSON.stringify(base.envelope), { 'media/2': null }));
	add('truncated', 'thumbnail missing', 'damaged', () => withJson(JSON.stringify(base.envelope), { 'media/2.thumb': null }));

	// 3 Junk: random bytes and text that is no zip at all.
	for (const size of [1, 2, 3, 4, 16, 100, 1000, 4096, 65_536, 300_000]) add('junk', `${size} random bytes`, 'not-jobbvei', () => blob(junk(size).map((b, i) => (i === 0 && b === 0x50 ? 0 : b))));
	for (const text of [' ', '\n\n', '\uFEFF', 'PK', 'PK\u0003', 'hei', '\u0000'.repeat(64), 'Nora', '<html><body>hei</body></html>', '%PDF-1.7\n%âãÏÓ']) {
		add('junk', `text ${JSON.stringify(text.slice(0, 12))}`, 'not-jobbvei', () => blob(text));
	}
	add('junk', 'a JPEG photo', 'not-jobbvei', () => blob(new Uint8Array(base.files['media/0']!)));
	add('junk', 'zip start then junk', 'damaged', () => blob(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk(2000)])));
	add('junk', 'zip start then text', 'damaged', () => blob('PK\u0003\u0004 not really a zip'));
	add('junk', 'good file with junk written over the middle', 'damaged', () => {
		const bytes = good.slice();
		bytes.set(junk(200), Math.floor(bytes.length / 2));
		return blob(bytes);
	});

	// 4 Another app's JSON, loose or as our JSON entry.
	const foreign = [
		'{"name":"my-app","version":"1.0.0","dependencies":{}}',
		'{"type":"FeatureCollection","features":[]}',
		'{"grids":[{"id":"grid-1","rowCount":3,"gridElements":[]}],"modelName":"GridData"}',
		'{"format":"jobbvei","version":1}',
		'{"format":"JOBBVEI-BACKUP","version":1}',
		'{"format":" jobbvei-backup","version":1}',
		'{"format":["jobbvei-backup"],"version":1}',
		'{"Format":"jobbvei-backup","version":1}',
		'[]',
		'[{"format":"jobbvei-backup","version":1}]',
		'null',
		'42',
		'"jobbvei-backup"',
		'true',
		'{}'
	];
	for (const text of foreign) add('other-json', `loose ${text.slice(0, 30)}`, 'not-jobbvei', () => blob(text));
	for (const text of foreign) add('other-json', `zipped ${text.slice(0, 30)}`, 'not-jobbvei', () => withJson(text));
	add('other-json', 'our envelope as loose JSON', 'not-jobbvei', () => blob(JSON.stringify(base.envelope)));

	// 5 Another app's zip.
	const docx = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') };
	const zips: [string, Zippable][] = [
		['notes', { 'notes.txt': strToU8('hei') }],
		['docx', docx],
		['odt', { mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office/>') }],
		['epub', { mimetype: strToU8('application/epub+zip'), 'META-INF/container.xml': strToU8('<container/>') }],
		['web app', { 'manifest.json': strToU8('{"name":"x"}'), 'index.html': strToU8('<script>alert(1)</script>') }],
		['upper case name', { 'JOBBVEI.JSON': strToU8(JSON.stringify(base.envelope)) }],
		['in a folder', { 'backup/jobbvei.json': strToU8(JSON.stringify(base.envelope)) }],
		['path tricks', { '../jobbvei.json': strToU8(JSON.stringify(base.envelope)) }],
		['media only', { 'media/0': base.files['media/0']! }],
		['folder entry named like ours', { 'jobbvei.json/': new Uint8Array(0) }],
		['photos', { 'IMG_0001.jpg': base.files['media/0']!, 'IMG_0002.jpg': base.files['media/2']! }],
		['json with other name', { 'backup.json': strToU8(JSON.stringify(base.envelope)) }]
	];
	for (const [name, files] of zips) add('other-zip', name, 'not-jobbvei', () => blob(zipSync(files)));

	// 6 Format or version missing or wrong: no format → someone else's; a bad version → damaged.
	add('missing-format-version', 'no format', 'not-jobbvei', edit((e) => void delete e['format']));
	for (const format of [null, 1, true, {}, '']) add('missing-format-version', `format ${JSON.stringify(format)}`, 'not-jobbvei', edit((e) => void (e['format'] = format)));
	add('missing-format-version', 'no version', 'damaged', edit((e) => void delete e['version']));
	for (const version of [null, '1', '', 0, -1, 1.5, true, [1], { v: 1 }, 'v2']) {
		add('missing-format-version', `version ${JSON.stringify(version)}`, 'damaged', edit((e) => void (e['version'] = version)));
	}
	add('missing-format-version', 'only format and version', 'damaged', () => withJson(JSON.stringify({ format: base.envelope['format'], version: BACKUP_VERSION })));

	// 7 From a newer app.
	for (const version of [BACKUP_VERSION + 1, BACKUP_VERSION + 2, 10, 999, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e21]) {
		add('future-version', `version ${version}`, 'newer-version', edit((e) => void (e['version'] = version)));
	}
	add('future-version', 'newer with fields we do not know', 'newer-version', edit((e) => ({ ...e, version: BACKUP_VERSION + 1, records: 'elsewhere', sync: { peers: [] } })));
	add('future-version', 'newer and nothing else', 'newer-version', () => withJson(JSON.stringify({ format: base.envelope['format'], version: BACKUP_VERSION + 1 })));
	add('future-version', 'newer without media entries', 'newer-version', () => {
		const files = Object.fromEntries(Object.keys(base.files).map((k) => [k, null]));
		return withJson(JSON.stringify({ ...base.envelope, version: BACKUP_VERSION + 1 }), files);
	});

	// 8 Wrong types: in the envelope, the profile, every store's records and the media list.
	const wrongEnvelope: [string, (e: Envelope) => void][] = [
		['records is a list', (e) => void (e.records = [] as never)],
		['records is text', (e) => void (e.records = 'x' as never)],
		['records missing', (e) => void delete (e as Json)['records']],
		['media is an object', (e) => void (e.media = {} as never)],
		['media missing', (e) => void delete (e as Json)['media']],
		['profile missing', (e) => void delete (e as Json)['profile']],
		['profile is text', (e) => void (e.profile = 'Nora' as never)],
		['profile is a list', (e) => void (e.profile = [] as never)],
		['profile name is a number', (e) => void (e.profile['name'] = 42)],
		['profile name is empty', (e) => void (e.profile['name'] = '   ')],
		['profile rev is text', (e) => void (e.profile['rev'] = '3')],
		['profile locale unknown', (e) => void (e.profile['locale'] = 'xx')],
		['profile picture kind unknown', (e) => void (e.profile['picture'] = { kind: 'url', url: 'https://example.com/x.png' })],
		['app version is a number', (e) => void (e['app'] = 5)],
		['unknown store', (e) => void (e.records['secrets'] = [])],
		['store holds text', (e) => void (e.records['answers'] = 'x' as never)],
		['media size is text', (e) => void (e.media[0]!['size'] = '2000')],
		['media size is 0', (e) => void (e.media[0]!['size'] = 0)],
		['media rev is missing', (e) => void delete e.media[0]!['rev']],
		['media type is html', (e) => void (e.media[0]!['type'] = 'text/html')],
		['media file is a path', (e) => void (e.media[0]!['file'] = '../../etc/passwd')],
		['media hash is short', (e) => void (e.media[0]!['sha256'] = 'abc')],
		['media is a list of numbers', (e) => void (e.media = [1, 2] as never)]
	];
	for (const [name, change] of wrongEnvelope) add('wrong-types', name, 'damaged', edit(change));
	const wrongRecord: [string, (r: Json) => unknown][] = [
		['id is a number', (r) => void (r['id'] = 7)],
		['id missing', (r) => void delete r['id']],
		['rev is text', (r) => void (r['rev'] = '1')],
		['rev is 0', (r) => void (r['rev'] = 0)],
		['profileId is null', (r) => void (r['profileId'] = null)],
		['record is text', () => 'record'],
		['record is null', () => null],
		['record is a list', (r) => [r]]
	];
	for (const store of stores) {
		for (const [name, change] of wrongRecord) {
			add('wrong-types', `${store}: ${name}`, 'damaged', edit((e) => {
				const record = first(e, store);
				const replaced = change(record);
				if (replaced !== undefined) e.records[store]![0] = replaced as Json;
			}));
		}
	}

	// 9 Huge strings, over the limit wherever they are.
	const huge = (n = BACKUP_LIMITS.stringLength + 1) => 'Nora'.repeat(Math.ceil(n / 4)).slice(0, n);
	const hugeAt: [string, (e: Envelope) => void][] = [
		['profile name', (e) => void (e.profile['name'] = huge())],
		['app version', (e) => void (e['app'] = huge())],
		['an answer', (e) => void (first(e, 'answers')['value'] = huge())],
		['an answer, 1 MB', (e) => void (first(e, 'answers')['value'] = huge(1_000_000))],
		['a trial workplace', (e) => void (first(e, 'trials')['workplace'] = huge())],
		['an unknown field', (e) => void (e['note'] = huge())],
		['a key', (e) => void (e.profile[huge()] = 1)],
		['a store name', (e) => void (e.records[huge()] = [])],
		['a media id', (e) => void (e.media[0]!['id'] = huge())],
		['inside a list', (e) => void (e['extra'] = [1, 2, [huge(200_000)]])]
	];
	for (const [name, change] of hugeAt) add('huge-strings', name, 'damaged', edit(change));

	// 10 Deep nesting, as lists and objects, in several places.
	for (const depth of [BACKUP_LIMITS.depth + 1, 40, 100, 1000, 5000]) {
		for (const kind of ['array', 'object'] as const) {
			add('deep-nesting', `${kind} ${depth} deep in an answer`, 'damaged', edit((e) => JSON.stringify(e).replace('"records":{', `"records":{"deep":${nested(depth, kind)},`)));
		}
	}
	add('deep-nesting', 'the whole file 100 deep', 'damaged', () => withJson(nested(100, 'array')));
	add('deep-nesting', 'profile settings 40 deep', 'damaged', edit((e) => JSON.stringify(e).replace('"settings":', `"settings":${nested(40, 'object').slice(0, -1)},"x":`)));

	// 11 Keys that change how objects behave, in every part of the file.
	const protoAt: [string, (text: string, key: string) => string][] = [
		['top', (t, k) => t.replace('{', `{"${k}":{"admin":true},`)],
		['profile', (t, k) => t.replace('"profile":{', `"profile":{"${k}":{"admin":true},`)],
		['records', (t, k) => t.replace('"records":{', `"records":{"${k}":[],`)],
		['a record', (t, k) => t.replace('"records":{"answers":[{', `"records":{"answers":[{"${k}":{"x":1},`)],
		['media', (t, k) => t.replace('"media":[{', `"media":[{"${k}":{"x":1},`)],
		['deep', (t, k) => t.replace('{', `{"x":{"y":[{"z":{"${k}":1}}]},`)]
	];
	for (const key of ['__proto__', 'constructor', 'prototype']) {
		for (const [where, put] of protoAt) add('prototype-keys', `${key} in ${where}`, 'damaged', edit((e) => put(JSON.stringify(e), key)));
	}
	add('prototype-keys', '__proto__ written with escapes', 'damaged', edit((e) => JSON.stringify(e).replace('{', '{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":true},')));
	add('prototype-keys', 'constructor.prototype', 'damaged', edit((e) => JSON.stringify(e).replace('{', '{"constructor":{"prototype":{"admin":true}},')));

	// 12 Duplicate ids: the same record twice, two records with one id, one zip entry twice.
	for (const store of stores) {
		add('duplicate-ids', `${store}: same record twice`, 'damaged', edit((e) => void e.records[store]!.push(structuredClone(first(e, store)))));
		add('duplicate-ids', `${store}: other record, same id`, 'damaged', edit((e) => {
			const copy = { ...first(e, store), rev: 99 };
			e.records[store]!.push(copy);
		}));
	}
	add('duplicate-ids', 'media: same entry twice', 'damaged', edit((e) => void e.media.push(structuredClone(e.media[0]!))));
	add('duplicate-ids', 'media: two files, same id', 'damaged', edit((e) => void (e.media[1]!['id'] = e.media[0]!['id'])));
	add('duplicate-ids', 'zip: our JSON twice', 'damaged', () => {
		const text = strToU8(JSON.stringify(base.envelope));
		return blob(concatZips(zipSync({ [BACKUP_JSON_NAME]: text }), zipSync(stored({ ...base.files, [BACKUP_JSON_NAME]: text }))));
	});

	// 13 Script text. Where the schema allows free text (names, own words, workplaces, steps, CV
	// entries) it is kept exactly, as inert text; where it allows none (symbols, types, languages,
	// dates, store names) the file is refused.
	const freeText: [BackupStore | 'profile', string, number][] = [
		['profile', 'name', 40],
		['answers', 'value', 2000],
		['trials', 'workplace', 80],
		['plan-steps', 'what', 200],
		['cv-entries', 'place', 80]
	];
	XSS_PAYLOADS.forEach((payload, i) => {
		const [store, field, max] = freeText[i % freeText.length]!;
		if (payload.length > max) return;
		const target = (e: Envelope) => (store === 'profile' ? e.profile : (e.records[store]!.find((r) => typeof r[field] === 'string') ?? first(e, store)));
		add('script', `payload ${i + 1} in ${store}.${field}`, 'inert', edit((e) => void (target(e)[field] = payload)), { store, field, text: payload });
	});
	const scriptWhereNoText: [string, (e: Envelope, p: string) => void][] = [
		['profile symbol', (e, p) => void (e.profile['picture'] = { kind: 'symbol', symbol: p })],
		['profile language', (e, p) => void (e.profile['locale'] = p)],
		['media type', (e, p) => void (e.media[0]!['type'] = `image/jpeg;${p}`.replace('image/jpeg;', 'text/html;'))],
		['media file name', (e, p) => void (e.media[0]!['file'] = p)],
		['store name', (e, p) => void (e.records[p] = [])],
		['trial day', (e, p) => void (first(e, 'trials')['days'] = [p])],
		['plan step due date', (e, p) => void (first(e, 'plan-steps')['due'] = p)],
		['helper role', (e, p) => void (first(e, 'answers')['answeredBy'] = { kind: 'helper', role: p, name: 'Kari' })]
	];
	scriptWhereNoText.forEach(([where, put], i) => add('script', `script in ${where}`, 'damaged', edit((e) => put(e, XSS_PAYLOADS[i]!))));

	// 14 Fake images: bytes that are no photo, under a photo's name, type, size and a correct hash.
	const notImages: [string, Uint8Array][] = [
		['a text file', strToU8('Dette er ikke et bilde.\n')],
		['an HTML page', strToU8('<!doctype html><script>window.__xss=1</script>')],
		['an SVG with a script', strToU8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')],
		['an XML prolog', strToU8('<?xml version="1.0"?><svg/>')],
		['a PDF', strToU8('%PDF-1.7\n1 0 obj<</JS(alert(1))>>endobj')],
		['a zip', zipSync({ 'x.txt': strToU8('x') })],
		['an executable', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...junk(60)])],
		['a JPEG start cut short', new Uint8Array([0xff, 0xd8])],
		['a JPEG start one byte wrong', new Uint8Array([0xff, 0xd8, 0xfe, 0xe0, ...junk(200)])],
		['a PNG name without the signature', strToU8('PNGjunkjunkjunkjunk')],
		['junk', junk(500).map((b, i) => (i < 2 ? 0 : b))]
	];
	for (const [what, bytes] of notImages) add('fake-images', `profile photo is ${what}`, 'damaged', () => replaceMedia(base, 0, bytes, withJson));
	add('fake-images', 'trial photo is a text file', 'damaged', () => replaceMedia(base, 2, strToU8('photo.txt'), withJson));
	add('fake-images', 'thumbnail is an HTML page', 'damaged', () => withJson(JSON.stringify(base.envelope), { 'media/2.thumb': strToU8('<script>alert(1)</script>') }));
	add('fake-images', 'JPEG start with junk, hash of the real photo', 'damaged', () => withJson(JSON.stringify(base.envelope), { 'media/0': new Uint8Array([0xff, 0xd8, 0xff, ...junk(base.files['media/0']!.length - 3)]) }));
	add('fake-images', 'JPEG start with junk, size not as said', 'damaged', () => withJson(JSON.stringify(base.envelope), { 'media/0': new Uint8Array([0xff, 0xd8, 0xff, ...junk(50)]) }));
	add('fake-images', 'JPEG start with junk, said to be a web page', 'damaged', async () => {
		const text = JSON.stringify({ ...base.envelope, media: base.envelope.media.map((m, i) => (i === 0 ? { ...m, type: 'text/html' } : m)) });
		return withJson(text);
	});

	// 15 Zip bombs: far more unpacked than packed.
	for (const [name, mb] of [[BACKUP_JSON_NAME, 1], [BACKUP_JSON_NAME, 5], ['media/0', 2], ['media/9', 8], ['other.bin', 3]] as const) {
		add('zip-bomb', `${mb} MB of zeros as ${name}`, 'too-big', () => blob(zipSync({ ...stored(name === BACKUP_JSON_NAME ? {} : base.files), [name]: [new Uint8Array(mb * 1024 * 1024), { level: 9 }] })));
	}
	add('zip-bomb', 'repeated text as our JSON', 'too-big', () => blob(zipSync({ [BACKUP_JSON_NAME]: [strToU8(' '.repeat(4 * 1024 * 1024) + JSON.stringify(base.envelope)), { level: 9 }] })));
	add('zip-bomb', 'many small bombs', 'too-big', () => blob(zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`part/${i}`, [new Uint8Array(256 * 1024), { level: 9 }]])))));
	add('zip-bomb', 'bomb after a good JSON', 'too-big', () => blob(zipSync({ ...stored({ ...base.files, [BACKUP_JSON_NAME]: strToU8(JSON.stringify(base.envelope)) }), 'zz.bin': [new Uint8Array(4 * 1024 * 1024), { level: 9 }] })));

	// 16 Too many entries.
	for (const count of [BACKUP_LIMITS.zipEntries + 1, BACKUP_LIMITS.zipEntries + 500, BACKUP_LIMITS.zipEntries * 2]) {
		add('too-many-entries', `${count} entries`, 'too-big', () => blob(zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`media/${i}`, [new Uint8Array([i & 255]), { level: 0 }]])))));
	}
	add('too-many-entries', 'our JSON first, then too many more', 'too-big', () => blob(zipSync({ [BACKUP_JSON_NAME]: strToU8(JSON.stringify(base.envelope)), ...Object.fromEntries(Array.from({ length: BACKUP_LIMITS.zipEntries }, (_, i) => [`x${i}`, [new Uint8Array(0), { level: 0 }]])) })));
	add('too-many-entries', 'empty folders', 'too-big', () => blob(zipSync(Object.fromEntries(Array.from({ length: BACKUP_LIMITS.zipEntries + 100 }, (_, i) => [`d${i}/`, new Uint8Array(0)])))));

	// 17 Media and size limits: too many photos, a photo or the JSON too large, the file too large.
	for (const count of [BACKUP_LIMITS.mediaCount + 1, BACKUP_LIMITS.mediaCount * 2]) {
		add('media-limits', `${count} media entries`, 'too-big', edit((e) => void (e.media = Array.from({ length: count }, (_, i) => ({ ...e.media[0]!, id: `m${i}` })))));
	}
	add('media-limits', 'a photo just over the limit', 'too-big', () => replaceMedia(base, 0, bigJpeg(BACKUP_LIMITS.mediaBytes + 1), withJson));
	add('media-limits', 'a recording of 7 MB', 'too-big', () => replaceMedia(base, 1, bigJpeg(7 * 1024 * 1024), withJson));
	add('media-limits', 'JSON over its limit', 'too-big', () => blob(zipSync({ [BACKUP_JSON_NAME]: [strToU8(JSON.stringify({ ...base.envelope, pad: 'x'.repeat(10) }).padEnd(BACKUP_LIMITS.jsonBytes + 10, ' ')), { level: 0 }] })));
	// The size is checked before a byte is read, so these files only need to say how big they are (a real
	// 1 GiB file would cost the test run a gigabyte of memory for the same check).
	add('media-limits', 'file over the limit', 'too-big', () => claimsSize(new Blob([good]), BACKUP_LIMITS.fileBytes + 1));
	add('media-limits', 'file of junk over the limit', 'too-big', () => claimsSize(new Blob(Array.from({ length: 4 }, () => new Uint8Array(1024 * 1024))), BACKUP_LIMITS.fileBytes * 2));

	// 18 Records that point at another person.
	for (const store of stores) {
		add('other-profile', `${store}: record of another person`, 'damaged', edit((e) => void (first(e, store)['profileId'] = base.others.profileId)));
	}
	add('other-profile', 'record with an unknown person', 'damaged', edit((e) => void (first(e, 'trials')['profileId'] = 'p-unknown')));
	add('other-profile', 'profile photo not in the file', 'damaged', edit((e) => void (e.profile['picture'] = { kind: 'photo', mediaId: base.others.media[0] ?? 'm-x' })));
	for (const [store, ids] of Object.entries(base.others.records) as [BackupStore, string[]][]) {
		if (!ids[0] || !base.envelope.records[store]?.length) continue;
		add('other-profile', `${store}: id of another person's record`, 'damaged', edit((e) => void (first(e, store)['id'] = ids[0])));
	}
	add('other-profile', "media: id of another person's photo", 'damaged', edit((e) => {
		const old = e.media[0]!['id'];
		e.media[0]!['id'] = base.others.media[0];
		if ((e.profile['picture'] as Json)['mediaId'] === old) e.profile['picture'] = { kind: 'photo', mediaId: base.others.media[0] };
	}));
	add('other-profile', 'the other person herself', 'damaged', edit((e) => void (e.profile['id'] = base.others.profileId)));

	return cases;
}

/** Media entry `index` replaced by `bytes`, with its size and hash made to match. */
async function replaceMedia(base: CorpusBase, index: number, bytes: Uint8Array, withJson: (t: string, f: Record<string, Uint8Array>) => Blob): Promise<Blob> {
	const entry = base.envelope.media[index]!;
	const sha256 = await sha256Hex(bytes.slice().buffer);
	const envelope = { ...base.envelope, media: base.envelope.media.map((m, i) => (i === index ? { ...m, size: bytes.length, sha256 } : m)) };
	return withJson(JSON.stringify(envelope), { [String(entry['file'])]: bytes });
}

/** A file whose size says `size`; its bytes are the blob's own. */
function claimsSize(blob: Blob, size: number): Blob {
	return Object.defineProperty(blob, 'size', { value: size });
}

function bigJpeg(size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i += 4096) bytes[i] = (i >> 12) & 255;
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes;
}

/** Two zips glued together: the reader sees every local entry of both. */
function concatZips(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
