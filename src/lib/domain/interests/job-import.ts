import { z } from '../../storage/zod';
import { Job } from './catalogue-schema';

/**
 * A teacher or municipality adds local jobs with a small JSON file:
 * `{ "format": "jobbvei-jobs", "version": 1, "jobs": [ …Job… ] }`.
 * Hard limits come first (docs/reliability.md, "Hostile files and their limits"); nothing is stored unless the whole file is valid.
 */
export const JOB_FILE_FORMAT = 'jobbvei-jobs';
export const JOB_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_JOBS = 200;
const MAX_DEPTH = 8;

export type JobImportError = 'too-big' | 'not-json' | 'not-jobs' | 'newer' | 'empty' | 'too-many' | 'damaged' | 'unknown-tags';
export type JobImportResult = { ok: true; jobs: Job[] } | { ok: false; reason: JobImportError };

const Envelope = z.looseObject({ format: z.literal(JOB_FILE_FORMAT), version: z.number().check(z.int()) });

/** Parses JSON, refusing keys that could change objects' prototypes and absurd nesting. */
export function parseSafeJson(text: string, maxDepth = MAX_DEPTH): unknown {
	const value: unknown = JSON.parse(text, (key, v) => {
		if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new SyntaxError('forbidden key');
		return v;
	});
	const depth = (v: unknown, d: number): number => {
		if (d > maxDepth) throw new SyntaxError('too deep');
		if (v && typeof v === 'object') for (const child of Object.values(v)) depth(child, d + 1);
		return d;
	};
	depth(value, 0);
	return value;
}

export function parseJobFile(text: string, byteLength: number, cards: ReadonlyMap<string, string>): JobImportResult {
	if (byteLength > MAX_FILE_BYTES) return { ok: false, reason: 'too-big' };
	if (text.trim() === '') return { ok: false, reason: 'empty' };
	let data: unknown;
	try {
		data = parseSafeJson(text);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	const envelope = Envelope.safeParse(data);
	if (!envelope.success) return { ok: false, reason: 'not-jobs' };
	if (envelope.data.version > JOB_FILE_VERSION) return { ok: false, reason: 'newer' };
	const list = (data as { jobs?: unknown }).jobs;
	if (!Array.isArray(list)) return { ok: false, reason: 'damaged' };
	if (list.length === 0) return { ok: false, reason: 'empty' };
	if (list.length > MAX_JOBS) return { ok: false, reason: 'too-many' };
	const jobs: Job[] = [];
	const ids = new Set<string>();
	for (const item of list) {
		const parsed = Job.safeParse(item);
		if (!parsed.success || ids.has(parsed.data.id)) return { ok: false, reason: 'damaged' };
		ids.add(parsed.data.id);
		const tagsOk =
			parsed.data.areas.every((t) => cards.get(t) === 'area') &&
			parsed.data.taskTags.every((t) => cards.get(t) === 'task') &&
			parsed.data.conditions.every((t) => cards.get(t) === 'condition');
		if (!tagsOk) return { ok: false, reason: 'unknown-tags' };
		// Local jobs get their own id space, so they never replace a shipped job.
		jobs.push({ ...parsed.data, id: parsed.data.id.startsWith('local_') ? parsed.data.id : `local_${parsed.data.id}`, local: true });
	}
	return { ok: true, jobs };
}
