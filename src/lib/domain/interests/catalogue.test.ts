import { describe, expect, it } from 'vitest';
import symbolMap from '$lib/symbols/symbol-map.json';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { Cards, Jobs, ROUNDS } from './catalogue-schema';
import { CARDS, JOBS } from './catalogue';

describe('catalogue', () => {
	it('matches its zod schema', () => {
		expect(Cards.safeParse(CARDS).success).toBe(true);
		expect(Jobs.safeParse(JOBS).success).toBe(true);
	});

	it('has at least 40 jobs and about 25 cards in each of the first two rounds', () => {
		expect(JOBS.length).toBeGreaterThanOrEqual(40);
		expect(CARDS.filter((c) => c.round === 'area').length).toBeGreaterThanOrEqual(20);
		expect(CARDS.filter((c) => c.round === 'task').length).toBeGreaterThanOrEqual(20);
		expect(CARDS.filter((c) => c.round === 'condition').length).toBeGreaterThanOrEqual(12);
	});

	it('uses unique ids, known symbols and tags of the right round', () => {
		const symbols = new Set(Object.keys(symbolMap));
		const rounds = new Map(CARDS.map((c) => [c.id, c.round]));
		expect(new Set(CARDS.map((c) => c.id)).size).toBe(CARDS.length);
		expect(new Set(JOBS.map((j) => j.id)).size).toBe(JOBS.length);
		for (const item of [...CARDS, ...JOBS]) expect(symbols.has(item.symbol), item.symbol).toBe(true);
		for (const job of JOBS) {
			for (const tag of job.areas) expect(rounds.get(tag), `${job.id}: ${tag}`).toBe('area');
			for (const tag of job.taskTags) expect(rounds.get(tag), `${job.id}: ${tag}`).toBe('task');
			for (const tag of job.conditions) expect(rounds.get(tag), `${job.id}: ${tag}`).toBe('condition');
		}
		expect(ROUNDS).toEqual(['area', 'task', 'condition']);
	});

	it('reads easily in bokmål: every job text and card passes the easy-read lint', () => {
		const texts = [
			...JOBS.flatMap((j) => [j.title.nb, j.tasks.nb, j.description.nb]),
			...CARDS.flatMap((c) => [c.label.nb, `Fordi du liker: ${c.reason.nb}.`, `Men: du liker ikke ${c.reason.nb}.`])
		];
		expect(texts.flatMap((t) => checkEasyRead(t).map((p) => p.detail))).toEqual([]);
	});
});
