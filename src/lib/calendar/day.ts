import { z } from '$lib/storage/zod';

/** True when YYYY-MM-DD names a real day (no 31 February). */
export function isRealDate(day: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, YYYY-MM-DD (the day as the person lives it; never a moment in UTC). */
export const CalendarDay = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/),
	z.refine((s) => isRealDate(s), 'not a calendar day')
);
export type CalendarDay = z.infer<typeof CalendarDay>;

/**
 * Whole days from `from` to `to` (both YYYY-MM-DD), counted on the calendar: negative when `to` is
 * earlier, as it is on a tablet whose clock was set back.
 */
export function daysBetween(from: string, to: string): number {
	const utc = (day: string) => {
		const [y, m, d] = day.split('-').map(Number);
		return Date.UTC(y!, m! - 1, d!);
	};
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The calendar day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
