
/**
 * [Note: calendar file] "Legg dagene i kalenderen" makes an .ics file (RFC 5545) that the phone's
 * calendar opens: one event per trial day, so every day is on the person's own calendar with its
 * reminder habits. Choices, and why:
 * - Floating local time (no TZID, no Z): "kl. 9" means 9 where the person is, on any phone.
 * - No start time → an all-day event (DTSTART;VALUE=DATE), never a made-up hour.
 * - UID is made of the trial id and the day, so opening a newer file updates the same events
 *   instead of adding copies.
 * - DTSTAMP is a parameter: the module never reads the clock (class tablets have wrong clocks,
 *   and tests need the same bytes each time).
 * - CRLF line ends, text escaped, lines folded at 75 octets without splitting a UTF-8 character.
 */

export interface IcsEvent {
	uid: string;
	/** YYYY-MM-DD */
	day: string;
	/** HH:MM local time; all-day when absent. */
	startTime?: string;
	/** Minutes; only with a start time. The event ends this long after it starts (DTEND). */
	durationMinutes?: number;
	summary: string;
	location?: string;
	description?: string;
}

const PRODID = '-//Jobbvei//Jobbsmak//NB';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with one space. */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts too
		if (octets + size > limit) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

export function compactDate(day: string): string {
	return day.replace(/-/g, '');
}

function nextDay(day: string): string {
	const [y, mo, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y!, mo! - 1, d! + 1));
	return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** An event with a start time and no length lasts an hour, as calendars assume. */
const DEFAULT_MINUTES = 60;

/** The local date-time `minutes` after `day` at `time` ("20260302T130000"), past midnight when it runs late. */
function localEnd(day: string, time: string, minutes: number): string {
	const [y, mo, d] = day.split('-').map(Number);
	const [h, min] = time.split(':').map(Number);
	const end = new Date(Date.UTC(y!, mo! - 1, d!, h!, min! + minutes));
	return end.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** 2026-03-02T08:05:09Z → 20260302T080509Z */
export function utcStamp(date: Date): string {
	return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A whole calendar file. Control characters other than newlines are dropped from texts. */
export function buildIcs(events: readonly IcsEvent[], dtstamp: Date): string {
	const clean = (s: string) => escapeText(s.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, ''));
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	for (const e of events) {
		lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(dtstamp)}`);
		if (e.startTime) {
			lines.push(`DTSTART:${compactDate(e.day)}T${e.startTime.replace(':', '')}00`);
			// Every timed event ends: a calendar shows a start without an end as a point in time.
			lines.push(`DTEND:${localEnd(e.day, e.startTime, e.durationMinutes && e.durationMinutes > 0 ? e.durationMinutes : DEFAULT_MINUTES)}`);
		} else {
			lines.push(`DTSTART;VALUE=DATE:${compactDate(e.day)}`, `DTEND;VALUE=DATE:${nextDay(e.day)}`);
		}
		lines.push(`SUMMARY:${clean(e.summary)}`);
		if (e.location) lines.push(`LOCATION:${clean(e.location)}`);
		if (e.description) lines.push(`DESCRIPTION:${clean(e.description)}`);
		lines.push('TRANSP:OPAQUE', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
