import { describe, expect, it } from 'vitest';
import { addDays, addMonths, monthGrid, monthStart, monthTitle, sameDayIn } from './month-grid';
import { localToday } from '$lib/i18n/dates';

describe('month grid', () => {
	it('lays out March 2026 Monday first: it starts on a Sunday, so six empty cells lead', () => {
		const grid = monthGrid('2026-03-17');
		expect(grid[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
		expect(grid[1]![0]).toBe('2026-03-02'); // a Monday
		expect(grid.every((week) => week.length === 7)).toBe(true);
		expect(grid.flat().filter(Boolean)).toHaveLength(31);
		expect(grid.at(-1)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
	});

	it('knows leap years and a month that starts on a Monday', () => {
		expect(monthGrid('2028-02-01').flat().filter(Boolean)).toHaveLength(29);
		expect(monthGrid('2026-06-01')[0]![0]).toBe('2026-06-01');
	});

	it('moves across months and years', () => {
		expect(monthStart('2026-03-17')).toBe('2026-03-01');
		expect(addMonths('2026-12-05', 1)).toBe('2027-01-01');
		expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
		expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
		expect(addDays('2026-03-01', -7)).toBe('2026-02-22');
		expect(sameDayIn('2026-01-31', 1)).toBe('2026-02-28');
		expect(sameDayIn('2026-03-15', -1)).toBe('2026-02-15');
	});

	it('names the month in each language', () => {
		expect(monthTitle('2026-03-01', 'nb')).toBe('mars 2026');
		expect(monthTitle('2026-03-01', 'en')).toBe('March 2026');
	});

	it('takes today from the local calendar', () => {
		expect(localToday(new Date(2026, 2, 3, 23, 30))).toBe('2026-03-03');
	});
});
