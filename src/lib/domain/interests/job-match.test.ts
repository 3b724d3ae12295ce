import { describe, expect, it } from 'vitest';
import type { Card, Job } from './catalogue-schema';
import { CARDS, JOBS } from './catalogue';
import { MIN_LIKES, comparePiles, matchJobs } from './job-match';
import type { Like } from './schema';

const t = (s: string) => ({ nb: s, nn: s, en: s });
const card = (id: string, round: Card['round'], reason = id): Card => ({ id, round, symbol: id, label: t(id), reason: t(reason) });
const cards = [
	card('kitchen', 'area', 'kjøkken'),
	card('animals', 'area', 'dyr'),
	card('sort', 'task', 'å sortere'),
	card('cook', 'task', 'å lage mat'),
	card('indoors', 'condition', 'å være inne'),
	card('noisy', 'condition', 'mye lyd'),
	card('outdoors', 'condition', 'å være ute')
];
const job = (id: string, areas: string[], taskTags: string[], conditions: string[]): Job => ({
	id,
	symbol: id,
	title: t(id),
	tasks: t('Du jobber.'),
	description: t('Du jobber.'),
	where: 'both',
	areas,
	taskTags,
	conditions
});
const canteen = job('Kantine', ['kitchen'], ['cook'], ['indoors', 'noisy']);
const stable = job('Stall', ['animals'], ['sort'], ['outdoors']);
const office = job('Kontor', ['kitchen'], ['sort'], ['indoors']);
const answers = (entries: Record<string, Like | null>) => new Map(Object.entries(entries));

describe('matchJobs', () => {
	it('explains each match with the liked cards, areas first', () => {
		const result = matchJobs(answers({ kitchen: 'like', cook: 'like', indoors: 'like' }), [canteen, stable], cards);
		expect(result.status).toBe('ok');
		if (result.status !== 'ok') return;
		expect(result.matches.map((m) => m.job.id)).toEqual(['Kantine']);
		expect(result.matches[0]!.reasons.map((c) => c.reason.nb)).toEqual(['kjøkken', 'å lage mat', 'å være inne']);
		expect(result.matches[0]!.score).toBe(3 + 2 + 1);
	});

	it('names the clash with a "Liker ikke" answer and scores it down', () => {
		const result = matchJobs(answers({ kitchen: 'like', cook: 'like', indoors: 'like', noisy: 'dislike' }), [canteen, office], cards);
		if (result.status !== 'ok') throw new Error('expected matches');
		const canteenMatch = result.matches.find((m) => m.job.id === 'Kantine')!;
		expect(canteenMatch.clashes.map((c) => c.reason.nb)).toEqual(['mye lyd']);
		expect(canteenMatch.score).toBe(3 + 2 + 1 - 2);
	});

	it('breaks ties by fewer clashes, then more reasons, then title — always the same order', () => {
		const a = job('B-jobb', ['kitchen'], ['cook'], ['indoors']);
		const b = job('A-jobb', ['kitchen'], ['cook'], ['indoors']);
		const r1 = matchJobs(answers({ kitchen: 'like', cook: 'like', indoors: 'like' }), [a, b], cards);
		const r2 = matchJobs(answers({ kitchen: 'like', cook: 'like', indoors: 'like' }), [b, a], cards);
		if (r1.status !== 'ok' || r2.status !== 'ok') throw new Error('expected matches');
		expect(r1.matches.map((m) => m.job.id)).toEqual(['A-jobb', 'B-jobb']);
		expect(r2.matches.map((m) => m.job.id)).toEqual(['A-jobb', 'B-jobb']);
	});

	it('ignores "Vet ikke" and skipped cards', () => {
		const result = matchJobs(answers({ kitchen: 'like', sort: 'like', animals: 'like', cook: 'unsure', noisy: null }), [canteen], cards);
		if (result.status !== 'ok') throw new Error('expected matches');
		expect(result.matches[0]!.score).toBe(3);
		expect(result.matches[0]!.clashes).toEqual([]);
	});

	it('asks for more answers instead of showing an empty list', () => {
		expect(matchJobs(answers({ kitchen: 'like', noisy: 'dislike' }), [canteen], cards)).toEqual({ status: 'too-few', likes: 1 });
		expect(matchJobs(new Map(), [canteen], cards).status).toBe('too-few');
		expect(MIN_LIKES).toBe(3);
	});

	it('only suggests jobs with at least one liked tag', () => {
		const result = matchJobs(answers({ animals: 'like', sort: 'like', outdoors: 'like' }), [canteen, stable], cards);
		if (result.status !== 'ok') throw new Error('expected matches');
		expect(result.matches.map((m) => m.job.id)).toEqual(['Stall']);
	});
});

describe('comparePiles ("Før og nå")', () => {
	it('lists only the cards that moved, with where they were and are', () => {
		const before = answers({ kitchen: 'like', animals: 'unsure', noisy: 'dislike' });
		const after = answers({ kitchen: 'like', animals: 'like', noisy: 'dislike', sort: 'like' });
		const changes = comparePiles(before, after, cards);
		expect(changes.map((c) => [c.card.id, c.before, c.after])).toEqual([
			['animals', 'unsure', 'like'],
			['sort', null, 'like']
		]);
	});
});

describe('matchJobs over the shipped catalogue', () => {
	it.each(['conference_host', 'post_sorting_worker', 'school_canteen_assistant', 'nursing_home_activity_assistant', 'event_host', 'garden_centre_worker', 'fish_processing_worker', 'data_entry_assistant', 'municipal_outdoor_crew'])(
		'finds %s for a person who likes what the job is',
		(id) => {
			const job = JOBS.find((j) => j.id === id)!;
			const liked = answers(Object.fromEntries([...job.areas, ...job.taskTags, ...job.conditions].map((tag) => [tag, 'like' as const])));
			const result = matchJobs(liked, JOBS, CARDS);
			if (result.status !== 'ok') throw new Error('expected matches');
			const match = result.matches.find((m) => m.job.id === id);
			expect(match?.reasons.length).toBe(job.areas.length + job.taskTags.length + job.conditions.length);
			// Among the first few, so the person sees it without scrolling far.
			expect(result.matches.findIndex((m) => m.job.id === id)).toBeLessThan(5);
		}
	);
});

