import { describe, expect, it } from 'vitest';
import {
	addMonths,
	buildYear,
	isMonthDay,
	isoWeek,
	mergeRecurring,
	mondayOfWeek,
	nextOccurrence,
	occurrenceIn,
	personDates,
	weeksInYear,
	type PersonDate,
	type RecurringDate
} from './year';
import { yearIcs, yearIcsFileName } from './year-ics';

const national = (id: string, when: RecurringDate['when']): RecurringDate => ({ id, symbol: 'doc_calendar', title: id, when, source: 'national' });

describe('ISO weeks', () => {
	it.each([
		['2026-01-01', 2026, 1], // a Thursday: week 1 of its own year
		['2027-01-01', 2026, 53], // a Friday: still the last week of 2026, which has 53
		['2021-01-03', 2020, 53],
		['2024-12-30', 2025, 1], // a Monday in December that belongs to next year's week 1
		['2026-10-05', 2026, 41],
		['2026-09-21', 2026, 39],
		['2027-05-03', 2027, 18]
	])('%s is in week %i/%i', (day, year, week) => {
		expect(isoWeek(day)).toEqual({ year, week });
	});

	it('knows which years have 53 weeks', () => {
		expect([2020, 2024, 2025, 2026, 2027, 2032].map(weeksInYear)).toEqual([53, 52, 52, 53, 52, 53]);
	});

	it('finds the Monday of a week, also across New Year', () => {
		expect(mondayOfWeek(2026, 41)).toBe('2026-10-05');
		expect(mondayOfWeek(2027, 18)).toBe('2027-05-03');
		expect(mondayOfWeek(2025, 1)).toBe('2024-12-30');
		expect(mondayOfWeek(2026, 53)).toBe('2026-12-28');
		for (const year of [2024, 2025, 2026, 2027]) for (const week of [1, 18, 39, 41]) expect(isoWeek(mondayOfWeek(year, week))).toEqual({ year, week });
	});
});

describe('occurrences', () => {
	it('a day, a week (Monday to Friday) and months', () => {
		expect(occurrenceIn({ date: '02-01' }, 2027)).toEqual({ start: '2027-02-01', end: '2027-02-01' });
		expect(occurrenceIn({ week: 41 }, 2026)).toEqual({ start: '2026-10-05', end: '2026-10-09' });
		expect(occurrenceIn({ months: [10, 11] }, 2026)).toEqual({ start: '2026-10-01', end: '2026-11-30' });
		expect(occurrenceIn({ months: [6, 6] }, 2027)).toEqual({ start: '2027-06-01', end: '2027-06-30' });
	});

	it('months over New Year end the next year; 29 February is the 28th in other years; week 53 only where it exists', () => {
		expect(occurrenceIn({ months: [11, 2] }, 2026)).toEqual({ start: '2026-11-01', end: '2027-02-28' });
		expect(occurrenceIn({ date: '02-29' }, 2027)).toEqual({ start: '2027-02-28', end: '2027-02-28' });
		expect(occurrenceIn({ date: '02-29' }, 2028)).toEqual({ start: '2028-02-29', end: '2028-02-29' });
		expect(occurrenceIn({ week: 53 }, 2027)).toBeNull();
	});

	it('the next occurrence is today, still going on, or the first one after today', () => {
		expect(nextOccurrence({ date: '02-01' }, '2026-11-26')).toEqual({ start: '2027-02-01', end: '2027-02-01' });
		expect(nextOccurrence({ date: '02-01' }, '2027-02-01')).toEqual({ start: '2027-02-01', end: '2027-02-01' });
		expect(nextOccurrence({ date: '02-01' }, '2027-02-02').start).toBe('2028-02-01');
		expect(nextOccurrence({ months: [10, 11] }, '2026-11-26')).toEqual({ start: '2026-10-01', end: '2026-11-30' });
		expect(nextOccurrence({ months: [10, 11] }, '2026-12-01').start).toBe('2027-10-01');
		expect(nextOccurrence({ week: 41 }, '2026-10-09').start).toBe('2026-10-05');
		expect(nextOccurrence({ week: 41 }, '2026-10-10').start).toBe('2027-10-11');
		expect(nextOccurrence({ months: [12, 1] }, '2027-01-15')).toEqual({ start: '2026-12-01', end: '2027-01-31' });
		expect(nextOccurrence({ week: 53 }, '2027-01-10').start).toBe('2032-12-27');
	});

	it('checks MM-DD days', () => {
		expect(['02-01', '11-01', '02-29', '12-31'].every(isMonthDay)).toBe(true);
		expect(['2-1', '13-01', '02-30', '04-31', '00-10', 'februar'].some(isMonthDay)).toBe(false);
	});
});

describe('the wheel', () => {
	const dates = [
		national('jobbsmak', { months: [8, 9] }),
		national('info_meeting', { week: 39 }),
		national('overgangsmote', { months: [10, 11] }),
		national('folkehogskole', { date: '11-01' }),
		national('deadline_work', { date: '02-01' }),
		national('school_end', { months: [6, 6] })
	];

	it('shows twelve months from this month, each date once, in order; a span that began is "now" in this month', () => {
		const view = buildYear(dates, [], '2026-11-26');
		expect(view.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => addMonths('2026-11-26', i)));
		expect(view.months[0]!.month).toBe('2026-11-01');
		expect(view.months[11]!.month).toBe('2027-10-01');
		const where = Object.fromEntries(view.months.flatMap((m) => m.items.map((i) => [i.id, m.month])));
		expect(where).toEqual({
			overgangsmote: '2026-11-01',
			deadline_work: '2027-02-01',
			school_end: '2027-06-01',
			jobbsmak: '2027-08-01',
			info_meeting: '2027-09-01'
		});
		// 1 November has passed this year, and next year's is outside the twelve months.
		expect(where.folkehogskole).toBeUndefined();
		expect(view.months[0]!.items[0]!.now).toBe(true);
		expect(view.next?.id).toBe('deadline_work');
	});

	it('an event today is "next", not "now"', () => {
		const view = buildYear(dates, [], '2027-02-01');
		expect(view.next?.id).toBe('deadline_work');
		expect(view.next?.now).toBe(false);
	});

	it("puts the person's own days in their months, leaves out days gone by, and can win 'next'", () => {
		const trial: PersonDate = { id: 't-1', symbol: 'trial_jobbsmak', title: 'Jobbsmak: Kafé', days: ['2026-11-20', '2026-12-01', '2026-12-02', '2027-01-12'], source: 'trial', href: '/trials/trial?id=t-1' };
		const view = buildYear(dates, [trial], '2026-11-26');
		const mine = view.months.flatMap((m) => m.items.filter((i) => i.source === 'trial').map((i) => ({ month: m.month, days: i.days })));
		expect(mine).toEqual([
			{ month: '2026-12-01', days: ['2026-12-01', '2026-12-02'] },
			{ month: '2027-01-01', days: ['2027-01-12'] }
		]);
		expect(view.next?.source).toBe('trial');
		expect(view.next?.start).toBe('2026-12-01');
		expect(view.next?.href).toBe('/trials/trial?id=t-1');
	});

	it('plan steps of "Min plan" come in through the same hook, and none are made up', () => {
		expect(personDates({ trials: [] })).toEqual([]);
		const steps = personDates({ trials: [], planSteps: [{ id: 's-1', title: 'Søke folkehøgskole', day: '2027-01-10' }] });
		expect(steps).toEqual([{ id: 's-1', symbol: 'doc_plan', title: 'Søke folkehøgskole', days: ['2027-01-10'], source: 'plan' }]);
		const view = buildYear([], steps, '2026-11-26');
		expect(view.months[2]!.items.map((i) => [i.source, i.title])).toEqual([['plan', 'Søke folkehøgskole']]);
	});

	it('a local date replaces the national one it names; the rest are kept, local first', () => {
		const local: RecurringDate[] = [
			{ id: 'soknadsfrist', symbol: 'doc_calendar', title: 'Frist i Bærum', when: { date: '02-01' }, source: 'local', replaces: 'deadline_work', from: 'Bærum' },
			{ id: 'endring_var', symbol: 'doc_meeting', title: 'Bytte', when: { week: 18 }, source: 'local', from: 'Bærum' }
		];
		const merged = mergeRecurring(dates, local);
		expect(merged.map((d) => d.id)).toEqual(['soknadsfrist', 'endring_var', 'jobbsmak', 'info_meeting', 'overgangsmote', 'folkehogskole', 'school_end']);
		const view = buildYear(merged, [], '2026-11-26');
		const may = view.months.find((m) => m.month === '2027-05-01')!;
		expect(may.items.map((i) => [i.id, i.start, i.end])).toEqual([['endring_var', '2027-05-03', '2027-05-07']]);
		expect(mergeRecurring(dates, [...local, ...local]).length).toBe(merged.length);
	});

	it('same day: the person first, then local, then national', () => {
		const view = buildYear(
			[national('a_national', { date: '02-01' }), { ...national('b_local', { date: '02-01' }), source: 'local' }],
			[{ id: 'p', symbol: 'doc_plan', title: 'z', days: ['2027-02-01'], source: 'plan' }],
			'2026-11-26'
		);
		expect(view.months[3]!.items.map((i) => i.source)).toEqual(['plan', 'local', 'national']);
	});
});

describe('calendar file for a year date', () => {
	const stamp = new Date('2026-11-26T10:00:00Z');

	it('a week is one all-day event Monday to Friday; months are one reminder on the first day', () => {
		const ics = yearIcs(
			[
				{ id: 'endring_host', occurrence: { start: '2027-10-11', end: '2027-10-15' }, summary: 'Møte om å bytte arbeid', description: 'Uke 41; Bærum, eksempel' },
				{ id: 'overgangsmote', occurrence: { start: '2027-10-01', end: '2027-11-30' }, reminderOnly: true, summary: 'Overgangsmøte' }
			],
			stamp
		);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics).toContain('UID:endring_host-20271011@jobbvei\r\nDTSTAMP:20261126T100000Z\r\nDTSTART;VALUE=DATE:20271011\r\nDTEND;VALUE=DATE:20271016\r\n');
		expect(ics).toContain('SUMMARY:Møte om å bytte arbeid\r\nDESCRIPTION:Uke 41\\; Bærum\\, eksempel\r\nTRANSP:TRANSPARENT');
		expect(ics).toContain('DTSTART;VALUE=DATE:20271001\r\nDTEND;VALUE=DATE:20271002\r\nSUMMARY:Overgangsmøte');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
	});

	it('names the file after the date', () => {
		expect(yearIcsFileName('deadline_work')).toBe('jobbvei-deadline-work.ics');
	});
});
