import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/settings/schema';
import type { Trial } from './schema';

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

function compactDate(day: string): string {
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

/** The event id of one trial day: the same trial and day give the same id in every file. */
export function trialEventUid(trialId: string, day: string): string {
	return `${trialId}-${compactDate(day)}@jobbvei`;
}

/** How long a trial day lasts in the calendar when the plan has only a start time. */
export const TRIAL_DAY_MINUTES = 4 * 60;

/**
 * The calendar file for a trial, with texts in `locale`: "Jobbsmak: Scandic Bergen", where to be,
 * whom to meet, their phone number and what the person will do there.
 */
export function trialIcs(
	trial: Trial,
	options: { locale: Locale; dtstamp: Date; kindLabel: string; jobTitle?: string | null; durationMinutes?: number }
): string {
	const o = { locale: options.locale };
	// The job is named with the place: "Jobbsmak: stallhjelp på Bogstad gård".
	const job = options.jobTitle?.trim() || null;
	const summary =
		trial.workplace && job
			? m.trial_ics_title_job({ kind: options.kindLabel, job, place: trial.workplace }, o)
			: trial.workplace || job
				? m.trial_ics_title({ kind: options.kindLabel, place: (trial.workplace || job)! }, o)
				: options.kindLabel;
	const description = ([
		trial.contact ? m.trial_ics_contact({ name: trial.contact.name }, o) : null,
		trial.contact?.phone ? m.trial_ics_phone({ phone: trial.contact.phone }, o) : null,
		trial.willDo?.trim() ? m.trial_ics_will_do({ text: trial.willDo.trim() }, o) : null
	] as (string | null)[])
		.filter((x): x is string => x !== null)
		.join('\n');
	const events = trial.days.map(
		(day): IcsEvent => ({
			uid: trialEventUid(trial.id, day),
			day,
			...(trial.startTime ? { startTime: trial.startTime } : {}),
			// A work day at a trial: half a day unless the plan says otherwise (the person can change it in the calendar).
			durationMinutes: options.durationMinutes ?? TRIAL_DAY_MINUTES,
			summary,
			...(trial.workplace ? { location: trial.workplace } : {}),
			...(description ? { description } : {})
		})
	);
	return buildIcs(events, options.dtstamp);
}

/** "jobbsmak-scandic-bergen.ics": a safe file name (letters, digits, dashes; ≤ 60 characters). */
export function icsFileName(trial: Pick<Trial, 'workplace'>, locale: Locale): string {
	const base = [m.trial_ics_file_name({}, { locale }), trial.workplace ?? '']
		.join('-')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[æÆ]/g, 'ae')
		.replace(/[øØ]/g, 'o')
		.replace(/[åÅ]/g, 'a')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${base || 'jobbvei'}.ics`;
}
