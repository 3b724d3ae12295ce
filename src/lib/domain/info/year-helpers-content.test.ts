import { describe, expect, it } from 'vitest';
import symbolMap from '$lib/symbols/symbol-map.json';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { HelperSection, HelperSections, YearDate, YearDates } from './content-schema';
import { GLOSSARY, HELPERS, YEAR_DATES } from './content';

const LOCALES = ['nb', 'nn', 'en'] as const;
const symbols = new Set(Object.keys(symbolMap));

describe('"Året mitt": the national dates', () => {
	it('match their schema, and every date is there and falls when it should', () => {
		expect(YearDates.safeParse(YEAR_DATES).success).toBe(true);
		const byId = Object.fromEntries(YEAR_DATES.map((d) => [d.id, d.when]));
		expect(byId).toEqual({
			jobbsmak: { months: [8, 9] },
			info_meeting: { week: 39 },
			overgangsmote: { months: [10, 11] },
			folkehogskole: { date: '11-01' },
			deadline_work: { date: '02-01' },
			deadline_laerekandidat: { date: '02-01' },
			school_end: { months: [6, 6] },
			yearly_review: { months: [1, 1] },
			change_meetings: { months: [8, 8] }
		});
		// The school year for pupils; the yearly review and the change meetings for adults.
		expect(YEAR_DATES.filter((d) => d.audience === 'adult').map((d) => d.id)).toEqual(['yearly_review', 'change_meetings']);
		expect(YEAR_DATES.find((d) => d.id === 'yearly_review')?.text.nb).toMatch(/^Snakk om året med den som har ansvar for deg på jobben\./);
		expect(YEAR_DATES.find((d) => d.id === 'change_meetings')?.text.nb).toMatch(/^Spør arbeidsplassen din når de har møter om å bytte arbeid\./);
	});

	it('refuses a bad date', () => {
		const good = YEAR_DATES[0]!;
		expect(YearDate.safeParse({ ...good, when: { months: [0, 13] } }).success).toBe(false);
		expect(YearDate.safeParse({ ...good, when: { date: '1. februar' } }).success).toBe(false);
		expect(YearDate.safeParse({ ...good, when: {} }).success).toBe(false);
	});

	it('use known symbols and glossary words', () => {
		const words = new Set(GLOSSARY.map((g) => g.id));
		for (const d of YEAR_DATES) {
			expect(symbols.has(d.symbol), d.id).toBe(true);
			for (const w of d.words) expect(words.has(w), `${d.id}: ${w}`).toBe(true);
		}
	});

	it.each(LOCALES)('%s: sentences of at most 12 words, LIX ≤ 30', (l) => {
		const problems = YEAR_DATES.flatMap((d) => [d.title[l], d.text[l]].flatMap((t) => checkEasyRead(t).map((p) => `${d.id}: ${p.detail}`)));
		expect(problems).toEqual([]);
	});
});

describe('"For foreldre, lærere og hjelpere"', () => {
	it('matches its schema, with its parts for every helper and one for teachers', () => {
		expect(HelperSections.safeParse(HELPERS).success).toBe(true);
		expect(HELPERS.map((h) => h.id)).toEqual(['help', 'who', 'meeting', 'class', 'work_assessment', 'vta_while_benefit', 'coordinator', 'folk_high_school_pay', 'vta_leave']);
		expect(HELPERS.filter((h) => h.audience === 'teachers').map((h) => h.id)).toEqual(['class']);
		for (const h of HELPERS) expect(symbols.has(h.symbol), h.id).toBe(true);
		expect(HelperSection.safeParse({ ...HELPERS[0]!, paragraphs: [] }).success).toBe(false);
	});

	it.each(LOCALES)('%s: plain language, sentences of at most 20 words; each part LIX ≤ 30, every text there', (l) => {
		const problems: string[] = [];
		for (const h of HELPERS) {
			for (const t of [h.title, ...h.paragraphs]) expect(t[l].trim(), `${h.id} ${l}`).not.toBe('');
			// A part of the page is one piece of running text: LIX over all its sentences together.
			problems.push(...checkEasyRead(h.paragraphs.map((p) => p[l]).join(' '), 20).map((p) => `${h.id}: ${p.detail}`));
			problems.push(...checkEasyRead(h.title[l], 20).map((p) => `${h.id} title: ${p.detail}`));
		}
		expect(problems).toEqual([]);
	});
});
