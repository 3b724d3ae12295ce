import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics';
import { icsFileName, trialEventUid, trialIcs } from '$lib/domain/trials/trial-calendar';
import { trialOf } from '$lib/domain/trials/test-answers';

const STAMP = new Date('2026-09-20T08:05:09.123Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('calendar file (RFC 5545)', () => {
	const trial = trialOf({
		id: 'abc',
		workplace: 'Scandic Bergen, Ørnes vei 3; bak',
		days: ['2026-10-05', '2026-10-06'],
		startTime: '09:30',
		contact: { name: 'Kari', phone: '+47 912 34 567' },
		willDo: 'Re senger.\nVaske bad.'
	});

	it('has one event per day at floating local time, with CRLF line ends', () => {
		const ics = trialIcs(trial, { locale: 'nb', dtstamp: STAMP, kindLabel: 'Jobbsmak' });
		const lines = ics.split('\r\n');
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
		expect(lines).toContain('DTSTART:20261005T093000');
		expect(lines).toContain('DTSTART:20261006T093000');
		expect(lines.filter((l) => l === 'DTSTAMP:20260920T080509Z')).toHaveLength(2);
		expect(ics).not.toMatch(/TZID|DTSTART:[0-9T]+Z/);
	});

	it('gives each day a UID that stays the same for the same trial and day', () => {
		const a = trialIcs(trial, { locale: 'nb', dtstamp: STAMP, kindLabel: 'Jobbsmak' });
		const b = trialIcs(trial, { locale: 'en', dtstamp: new Date('2027-01-01T00:00:00Z'), kindLabel: 'Job taster' });
		const uids = (s: string) => s.split('\r\n').filter((l) => l.startsWith('UID:'));
		expect(uids(a)).toEqual(['UID:abc-20261005@jobbvei', 'UID:abc-20261006@jobbvei']);
		expect(uids(b)).toEqual(uids(a));
		expect(trialEventUid('abc', '2026-10-05')).toBe('abc-20261005@jobbvei');
	});

	it('escapes text and says where, whom to meet and what to do', () => {
		const ics = trialIcs(trial, { locale: 'nb', dtstamp: STAMP, kindLabel: 'Jobbsmak' });
		const unfolded = ics.replace(/\r\n /g, '');
		expect(unfolded).toContain('SUMMARY:Jobbsmak: Scandic Bergen\\, Ørnes vei 3\\; bak');
		expect(unfolded).toContain('LOCATION:Scandic Bergen\\, Ørnes vei 3\\; bak');
		expect(unfolded).toContain('DESCRIPTION:Du skal møte Kari.\\nTelefon: +47 912 34 567\\nDette skal du gjøre: Re senger.\\nVaske bad.');
		expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('makes all-day events when there is no start time', () => {
		const ics = trialIcs(trialOf({ days: ['2026-12-31'] }), { locale: 'nb', dtstamp: STAMP, kindLabel: 'Praksis' });
		expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
		expect(ics).toContain('SUMMARY:Praksis\r\n');
		expect(ics).not.toContain('LOCATION');
	});

	it('ends every timed event (DTEND): after the length asked for, else half a day; past midnight on the next day', () => {
		const ics = trialIcs(trial, { locale: 'nb', dtstamp: STAMP, kindLabel: 'Jobbsmak', durationMinutes: 270 });
		expect(ics).toMatch(/DTSTART:20261005T093000\r\nDTEND:20261005T140000\r\n/);
		expect(trialIcs(trial, { locale: 'nb', dtstamp: STAMP, kindLabel: 'Jobbsmak' })).toMatch(/DTSTART:20261005T093000\r\nDTEND:20261005T133000\r\n/);
		const late = buildIcs([{ uid: 'u', day: '2026-12-31', startTime: '23:30', durationMinutes: 60, summary: 'x' }], STAMP);
		expect(late).toContain('DTEND:20270101T003000\r\n');
		for (const event of ics.split('BEGIN:VEVENT').slice(1)) expect(event).toMatch(/DTEND/);
	});

	it('names the job with the place', () => {
		const ics = trialIcs({ ...trial, workplace: 'Bogstad gård' }, { locale: 'nb', dtstamp: STAMP, kindLabel: 'Jobbsmak', jobTitle: 'stallhjelp' });
		expect(ics).toContain('SUMMARY:Jobbsmak: stallhjelp på Bogstad gård\r\n');
	});

	it('folds lines at 75 octets without splitting a character', () => {
		const long = 'DESCRIPTION:' + 'æøå'.repeat(40);
		const folded = foldLine(long);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
		for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
		expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
		expect(foldLine('SHORT')).toBe('SHORT');
		const ics = buildIcs([{ uid: 'u', day: '2026-10-05', summary: 'x'.repeat(200) }], STAMP);
		for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('drops control characters a pasted text may carry', () => {
		const ics = buildIcs([{ uid: 'u', day: '2026-10-05', summary: 'a\u0007b\u0000c' }], STAMP);
		expect(ics).toContain('SUMMARY:abc\r\n');
	});

	it('names the file safely', () => {
		expect(icsFileName({ workplace: 'Scandic Ørnes / Bergen' }, 'nb')).toBe('jobbsmak-scandic-ornes-bergen.ics');
		expect(icsFileName({}, 'en')).toBe('job-trial.ics');
		expect(icsFileName({ workplace: 'x'.repeat(100) }, 'nb').length).toBeLessThanOrEqual(64);
	});
});
