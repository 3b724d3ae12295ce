import { escapeText, foldLine, utcStamp } from '$lib/calendar/ics';
import type { Occurrence } from './year';

/**
 * "Legg i kalenderen" for a date on "Året mitt": one .ics event built with the same RFC 5545 parts as
 * the jobbsmak calendar file ([Note: calendar file]: escaping, folding, DTSTAMP as a parameter, CRLF).
 * What differs, and why:
 * - Every event is shown as free time (TRANSP:TRANSPARENT): a deadline or "the meeting is this
 *   week" reminds, it does not block the person's days the way a jobbsmak day does.
 * - A week (the change meeting in week 41) is one all-day event from Monday to Friday.
 * - Months (the overgangsmøte in October–November) are one reminder on the first day, not an event
 *   that covers two months of the calendar. The text says the months.
 * - A single day (1 February) is an all-day event on that day.
 * - The UID is the date's id and its day, so a newer file updates the same event.
 */

export interface YearIcsEvent {
	id: string;
	occurrence: Occurrence;
	/** True for months: a reminder on the first day only. */
	reminderOnly?: boolean;
	summary: string;
	description?: string;
}

const PRODID = '-//Jobbvei//Aret mitt//NB';

function compact(day: string): string {
	return day.replace(/-/g, '');
}

function dayAfter(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** The calendar file for one or more year dates. Control characters are dropped from texts. */
export function yearIcs(events: readonly YearIcsEvent[], dtstamp: Date): string {
	const clean = (s: string) => escapeText(s.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, ''));
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	for (const e of events) {
		const start = e.occurrence.start;
		const last = e.reminderOnly ? start : e.occurrence.end;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.id}-${compact(start)}@jobbvei`,
			`DTSTAMP:${utcStamp(dtstamp)}`,
			`DTSTART;VALUE=DATE:${compact(start)}`,
			`DTEND;VALUE=DATE:${dayAfter(last)}`,
			`SUMMARY:${clean(e.summary)}`
		);
		if (e.description) lines.push(`DESCRIPTION:${clean(e.description)}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "jobbvei-overgangsmote.ics": a safe file name from the date's id. */
export function yearIcsFileName(id: string): string {
	return `jobbvei-${id.replace(/[^a-z0-9]+/g, '-').slice(0, 50)}.ics`;
}
