import { describe, expect, it } from 'vitest';
import symbolMap from '$lib/symbols/symbol-map.json';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { Cards, Job, Jobs, ROUNDS, WAYS_IN } from './catalogue-schema';
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

	it('has the nine jobs added for more of working life: hotel, post, school, care, events, garden centre, fish, data and the municipality', () => {
		const ids = new Set(JOBS.map((j) => j.id));
		for (const id of NINE) expect(ids.has(id), id).toBe(true);
		// The school canteen is its own job, not the workplace canteen again: pupils, a short day.
		const school = JOBS.find((j) => j.id === 'school_canteen_assistant')!;
		const canteen = JOBS.find((j) => j.id === 'canteen_assistant')!;
		expect(school.title.nb).not.toBe(canteen.title.nb);
		expect(school.areas).toContain('job_kindergarten_school');
		expect(school.conditions).toContain('cond_short_day');
	});

	it('gives each job a title no one else has, in every language, so two jobs never read as one', () => {
		for (const locale of ['nb', 'nn', 'en'] as const) {
			const titles = JOBS.map((j) => j.title[locale].toLowerCase());
			expect(titles.filter((t, i) => titles.indexOf(t) !== i), locale).toEqual([]);
		}
	});

	it('keeps titles a person who reads little could misread out of the catalogue (the ids stay the same)', () => {
		const titles = JOBS.map((j) => j.title.nb);
		for (const misread of ['Montør', 'Hurtigmatmedarbeider', 'Pakker', 'Internpost / bud', 'Miljøgruppe / parkarbeider', 'Vedproduksjon'])
			expect(titles, misread).not.toContain(misread);
		expect(JOBS.find((j) => j.id === 'assembly_worker')?.title.nb).toBe('Montering av deler');
		expect(JOBS.find((j) => j.id === 'fast_food_crew')?.title.nb).toBe('Medarbeider på burgerrestaurant');
	});

	it('names the usual way in only with a known way, and for the jobs where it is clear', () => {
		for (const job of JOBS) if (job.wayIn !== undefined) expect(WAYS_IN, job.id).toContain(job.wayIn);
		expect(JOBS.filter((j) => j.wayIn).length).toBeGreaterThanOrEqual(30);
		expect(JOBS.find((j) => j.id === 'packer')?.wayIn).toBe('vta');
		expect(JOBS.find((j) => j.id === 'cleaner')?.wayIn).toBe('laerekandidat');
		expect(JOBS.find((j) => j.id === 'hotel_room_attendant')?.wayIn).toBe('supported_job');
		// A job that varies too much has no way in, and the schema takes it.
		expect(JOBS.find((j) => j.id === 'dishwasher')?.wayIn).toBeUndefined();
		expect(Job.safeParse({ ...JOBS[0], wayIn: 'lottery' }).success).toBe(false);
	});
});

const NINE = [
	'conference_host',
	'post_sorting_worker',
	'school_canteen_assistant',
	'nursing_home_activity_assistant',
	'event_host',
	'garden_centre_worker',
	'fish_processing_worker',
	'data_entry_assistant',
	'municipal_outdoor_crew'
];
