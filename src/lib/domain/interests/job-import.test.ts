import { describe, expect, it } from 'vitest';
import { parseJobFile, parseSafeJson, MAX_FILE_BYTES, MAX_JOBS } from './job-import';

const cards = new Map([
	['job_car', 'area'],
	['act_repair', 'task'],
	['cond_indoors', 'condition']
]);
const t = (s: string) => ({ nb: s, nn: s, en: s });
const job = (id = 'bike_repair') => ({
	id,
	symbol: 'sup_bicycle',
	title: t('Sykkelverksted'),
	tasks: t('Du fikser sykler.'),
	description: t('Du jobber inne.'),
	where: 'vta',
	areas: ['job_car'],
	taskTags: ['act_repair'],
	conditions: ['cond_indoors']
});
const file = (jobs: unknown, extra: object = {}) => JSON.stringify({ format: 'jobbvei-jobs', version: 1, jobs, ...extra });
const parse = (text: string) => parseJobFile(text, new TextEncoder().encode(text).length, cards);

describe('importing local jobs', () => {
	it('accepts a good file and keeps local jobs apart from shipped ones', () => {
		const result = parse(file([job()]));
		expect(result).toMatchObject({ ok: true });
		if (result.ok) expect(result.jobs[0]).toMatchObject({ id: 'local_bike_repair', local: true });
	});

	it('keeps a job’s usual way in, so a municipality can say how people get the job', () => {
		const result = parse(file([{ ...job(), wayIn: 'laerekandidat' }, job('cafe')]));
		if (!result.ok) throw new Error(result.reason);
		expect(result.jobs.map((j) => j.wayIn)).toEqual(['laerekandidat', undefined]);
		// Written out and read again, the job is the same: the field survives a round trip.
		const again = parse(file(result.jobs));
		expect(again).toEqual(result);
	});

	it.each([
		['an empty file', '', 'empty'],
		['no jobs', file([]), 'empty'],
		['junk', 'this is not json {', 'not-json'],
		['another app’s file', JSON.stringify({ format: 'other-app', version: 1 }), 'not-jobs'],
		['a file from a newer app', file([job()], { version: 2 }), 'newer'],
		['a job without a symbol', file([{ ...job(), symbol: undefined }]), 'damaged'],
		['a job missing a language', file([{ ...job(), title: { nb: 'x', en: 'x' } }]), 'damaged'],
		['a job without tags', file([{ ...job(), taskTags: [] }]), 'damaged'],
		['duplicate ids', file([job(), job()]), 'damaged'],
		['an unknown way in', file([{ ...job(), wayIn: 'lottery' }]), 'damaged'],
		['a tag the app does not know', file([{ ...job(), areas: ['job_spaceship'] }]), 'unknown-tags'],
		['a tag from the wrong round', file([{ ...job(), areas: ['act_repair'] }]), 'unknown-tags'],
		['__proto__ keys', '{"format":"jobbvei-jobs","version":1,"jobs":[],"__proto__":{"polluted":1}}', 'not-json'],
		['deep nesting', '{"format":"jobbvei-jobs","version":1,"jobs":' + '['.repeat(50) + ']'.repeat(50) + '}', 'not-json']
	])('refuses %s with its own reason', (_, text, reason) => {
		expect(parse(text)).toEqual({ ok: false, reason });
	});

	it('refuses a file that is too big before reading it, and too many jobs', () => {
		expect(parseJobFile('{}', MAX_FILE_BYTES + 1, cards)).toEqual({ ok: false, reason: 'too-big' });
		const many = Array.from({ length: MAX_JOBS + 1 }, (_, i) => job(`j${i}`));
		expect(parse(file(many))).toEqual({ ok: false, reason: 'too-many' });
	});

	it('never lets a parsed key change a prototype', () => {
		expect(() => parseSafeJson('{"a":{"constructor":{"prototype":{"x":1}}}}')).toThrow();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
