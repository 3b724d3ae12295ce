import { languageTag } from '$lib/i18n/locale';
/**
 * The date picker's calendar, as plain data: a month as week rows, Monday first, the way Norwegian
 * calendars and school timetables show it. Days are YYYY-MM-DD strings handled in UTC, so a tablet's
 * time zone or summer time never moves a day.
 */

function parse(day: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d!));
}

function iso(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The first day of the month that holds `day` ("2026-03-17" → "2026-03-01"). */
export function monthStart(day: string): string {
	return `${day.slice(0, 7)}-01`;
}

/** The first day of the month `count` months away (negative goes back). */
export function addMonths(month: string, count: number): string {
	const date = parse(monthStart(month));
	date.setUTCMonth(date.getUTCMonth() + count);
	return iso(date);
}

/** The day `count` days away (arrow keys move by 1 and by 7). */
export function addDays(day: string, count: number): string {
	const date = parse(day);
	date.setUTCDate(date.getUTCDate() + count);
	return iso(date);
}

/** The same day of the month in another month, or that month's last day (31 January → 28 February). */
export function sameDayIn(day: string, months: number): string {
	const target = addMonths(day, months);
	const last = addDays(addMonths(target, 1), -1);
	const wanted = `${target.slice(0, 8)}${day.slice(8)}`;
	return wanted > last ? last : wanted;
}

/**
 * The month of `month` as week rows of 7, Monday first. Days of the month before and after are null:
 * an empty cell, so every week row has the same columns and no day is shown twice.
 */
export function monthGrid(month: string): (string | null)[][] {
	const first = parse(monthStart(month));
	const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
	const length = parse(addDays(addMonths(month, 1), -1)).getUTCDate();
	const cells: (string | null)[] = Array.from({ length: lead }, () => null);
	for (let d = 1; d <= length; d++) cells.push(`${monthStart(month).slice(0, 8)}${String(d).padStart(2, '0')}`);
	while (cells.length % 7 !== 0) cells.push(null);
	return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** "mars 2026": the month's heading in the person's language. */
export function monthTitle(month: string, locale: string): string {
	const tag = languageTag(locale);
	return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parse(monthStart(month)));
}

