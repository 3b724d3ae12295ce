import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import { SELF, type Answer } from '$lib/domain/answers/schema';
import { KARI, NORA } from '../../../../tests/unit/people';
import { emptyAbout } from '$lib/domain/about/about-rules';
import { addPlanSteps, listPlanSteps } from '$lib/domain/plan/steps-repo';
import { saveTrialAnswer, createTrial } from '$lib/domain/trials/trials-repo';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { m } from '$lib/paraglide/messages';
import { LOCALES } from '$lib/i18n/locale';
import symbolMap from '$lib/symbols/symbol-map.json';
import { kindLabel, partHeading, partSymbol, partTitle, questionLabel, questionSymbol, roleLabel, roleSymbol, wishLabel, wishSymbol } from './labels';
import {
	addOwnPoint,
	addOwnQuestion,
	agreedToPlanSteps,
	addAttendeePerson,
	attendeeTexts,
	removeAttendeePerson,
	beforeFilledCount,
	meetingFileName,
	meetingIcs,
	nameAttendee,
	newAgreedStep,
	newestFirst,
	nextMeetingIcs,
	pointOptions,
	progressText,
	toggleAttendee,
	togglePoint,
	whenText
} from './meeting-rules';
import { addAgreedSteps, createMeeting, getMeeting, listMeetings, updateMeeting } from './meeting-repo';
import { MeetingsState } from './meeting.svelte';
import { ATTENDEE_ROLES, MAX_PER_ROLE, MEETING_KINDS, MEETING_PARTS, Meeting, SUGGESTED_QUESTIONS, WISHES } from './schema';
import { aMeeting } from './testing/meeting-fixture';

const STAMP = new Date('2026-03-01T10:00:00Z');

const meeting = aMeeting;
const answer = (key: string, value: Answer['value'], rev = 1): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: SELF, rev });

describe('meeting schema', () => {
	it('accepts an empty meeting and a full one', () => {
		expect(Meeting.safeParse(meeting()).success).toBe(true);
		const full = meeting({
			kind: 'transition',
			date: '2026-03-03',
			time: '10:00',
			place: 'Skolen',
			attendees: [{ role: 'parent', names: ['Mor', 'Far'] }, { role: 'teacher', names: ['Kari'] }],
			points: [{ id: 'about/liked_for/kind', from: 'about', text: 'Jeg er snill', symbol: 'me_kind' }, { id: 'own-2', from: 'own', text: 'Jeg liker dyr' }],
			questions: { suggested: ['after_school'], own: ['Kan jeg ta buss?'] },
			wishes: ['break', 'short'],
			after: { agreed: 'Nora prøver Meny.', steps: [{ id: 's1', what: 'Ringe Meny', who: { role: 'teacher', name: 'Kari' }, due: '2026-03-10', stepId: 'x' }], nextDate: '2026-04-01' },
			partsBy: { who: KARI, kind: SELF }
		});
		expect(Meeting.safeParse(full).success).toBe(true);
	});

	it('refuses bad records', () => {
		const bad: unknown[] = [
			{ ...meeting(), kind: 'party' },
			{ ...meeting(), date: '3. mars' },
			{ ...meeting(), time: '25:00' },
			{ ...meeting(), attendees: [{ role: 'king' }] },
			{ ...meeting(), points: [{ id: 'x', from: 'about', text: '' }] },
			{ ...meeting(), questions: { suggested: ['why'], own: [] } },
			{ ...meeting(), wishes: ['cake'] },
			{ ...meeting(), after: { agreed: '', steps: [{ id: 's1', what: 'x', who: { role: 'king' } }] } },
			{ ...meeting(), rev: 0 },
			{ ...meeting(), profileId: '' },
			{ ...meeting(), answeredBy: { kind: 'helper', role: 'boss' } },
			(({ after: _a, ...rest }) => rest)(meeting())
		];
		for (const record of bad) expect(Meeting.safeParse(record).success, JSON.stringify(record)).toBe(false);
	});
});

describe('meeting rules', () => {
	it('offers points from Om meg, the plan (tolerant) and trials', () => {
		const about = emptyAbout();
		about.liked_for = { ...about.liked_for, cards: ['kind', 'nonsense'], text: 'Jeg er god til å lytte.' };
		const options = pointOptions(
			{
				about,
				planAnswers: [answer('plan/dream/text', 'Jobbe i dyrebutikk'), answer('plan/dream', ['x']), answer('plan/year/text', '  '), answer('plan/new_part/text', 'Ta buss alene')],
				planSteps: [
					{ id: 'st1', profileId: 'p', what: 'Søke jobbsmak', who: { role: 'me' }, done: false, source: { kind: 'plan' }, answeredBy: SELF, createdRev: 1, seq: 0, rev: 1 },
					{ id: 'st2', profileId: 'p', what: 'Ferdig steg', who: { role: 'me' }, done: true, source: { kind: 'plan' }, answeredBy: SELF, createdRev: 2, seq: 0, rev: 2 }
				],
				trials: [{ id: 't1', title: 'Jobbsmak på Scandic', been: true, symbol: 'job_hotel', canDo: 'Jeg kan re senger.' }]
			},
			'nb'
		);
		expect(options.about.map((o) => o.id)).toEqual(['about/liked_for/kind', 'about/liked_for/text']);
		expect(options.about[0]!.text).toBe(m.me_card_liked_for_kind({}, { locale: 'nb' }));
		expect(options.plan.map((o) => o.text)).toEqual(['Jobbe i dyrebutikk', 'Ta buss alene', 'Søke jobbsmak']);
		expect(options.trial.map((o) => o.text)).toEqual(['Jeg har prøvd: Jobbsmak på Scandic.', 'Jeg kan re senger.']);
		for (const o of [...options.about, ...options.trial]) expect(checkEasyRead(o.text), o.text).toEqual([]);
	});

	it('chooses a point with the text of today, and takes it away again', () => {
		const option = { id: 'about/important/music', from: 'about' as const, text: 'Musikk', symbol: 'imp_music' };
		const chosen = togglePoint([], option);
		expect(chosen).toEqual([{ id: option.id, from: 'about', text: 'Musikk', symbol: 'imp_music' }]);
		expect(togglePoint(chosen, { ...option, text: 'Changed' })).toEqual([]);
		const own = addOwnPoint(addOwnPoint(chosen, ' Jeg liker dyr '), 'Jeg liker dyr');
		expect(own.map((p) => [p.id, p.text])).toEqual([
			[option.id, 'Musikk'],
			['own-2', 'Jeg liker dyr']
		]);
		expect(addOwnPoint(own, '   ')).toEqual(own);
		expect(addOwnQuestion(['A?'], ' A? ')).toEqual(['A?']);
		expect(addOwnQuestion(['A?'], 'B?')).toEqual(['A?', 'B?']);
	});

	it('keeps who comes, with names, and says it in easy words', () => {
		let who = toggleAttendee([], 'parent');
		who = toggleAttendee(who, 'teacher');
		who = nameAttendee(who, 'teacher', 0, ' Kari ');
		expect(who).toEqual([{ role: 'parent', names: [''] }, { role: 'teacher', names: ['Kari'] }]);
		expect(toggleAttendee(who, 'parent')).toEqual([{ role: 'teacher', names: ['Kari'] }]);
		expect(nameAttendee(who, 'teacher', 0, '')).toEqual([{ role: 'parent', names: [''] }, { role: 'teacher', names: [''] }]);
		expect(attendeeTexts({ role: 'teacher', names: ['Kari'] }, 'nb')).toEqual(['Kari (lærer)']);
		expect(attendeeTexts({ role: 'nav', names: ['Ola'] }, 'nb')).toEqual(['Ola (NAV)']);
		expect(attendeeTexts({ role: 'parent', names: [''] }, 'nb')).toEqual(['Mamma eller pappa']);
	});

	it('lets two parents (or two teachers) both come, each with a name, and one be taken away', () => {
		let who = toggleAttendee([], 'parent');
		who = nameAttendee(who, 'parent', 0, 'Mor');
		who = addAttendeePerson(who, 'parent');
		who = nameAttendee(who, 'parent', 1, 'Far');
		expect(who).toEqual([{ role: 'parent', names: ['Mor', 'Far'] }]);
		expect(attendeeTexts(who[0]!, 'nb')).toEqual(['Mor (mamma eller pappa)', 'Far (mamma eller pappa)']);
		expect(removeAttendeePerson(who, 'parent', 0)).toEqual([{ role: 'parent', names: ['Far'] }]);
		// The last one taken away: the role is off.
		expect(removeAttendeePerson(removeAttendeePerson(who, 'parent', 0), 'parent', 0)).toEqual([]);
		// "Legg til én til" on a role that is off turns it on with one person.
		expect(addAttendeePerson([], 'teacher')).toEqual([{ role: 'teacher', names: [''] }]);
		let many = who;
		for (let i = 0; i < 10; i++) many = addAttendeePerson(many, 'parent');
		expect(many[0]!.names).toHaveLength(MAX_PER_ROLE);
		expect(Meeting.safeParse(meeting({ attendees: many })).success).toBe(true);
	});

	it('has the new roles with their symbols and the words from the glossary', () => {
		expect(ATTENDEE_ROLES).toEqual(expect.arrayContaining(['ppt', 'guardian', 'case_worker', 'home_staff', 'coordinator', 'job_coach']));
		expect(roleLabel('ppt', 'nb')).toBe('PPT');
		expect(roleLabel('guardian', 'nb')).toBe('Verge');
		expect(roleLabel('case_worker', 'nb')).toBe('Saksbehandler i kommunen eller bydelen');
		expect(roleLabel('home_staff', 'nb')).toBe('Ansatte der jeg bor');
		expect(roleLabel('coordinator', 'nb')).toBe('Koordinator');
		expect(roleLabel('job_coach', 'nb')).toBe('Jobbspesialist');
		const symbols = ATTENDEE_ROLES.map((r) => roleSymbol(r));
		expect(new Set(symbols).size).toBe(symbols.length);
		for (const r of ATTENDEE_ROLES) for (const l of ['nb', 'nn', 'en'] as const) expect(roleLabel(r, l)).toBeTruthy();
		expect(attendeeTexts({ role: 'ppt', names: ['Siri'] }, 'nb')).toEqual(['Siri (PPT)']);
	});

	it('reads a meeting saved before a role could hold several people', () => {
		const old = { ...meeting(), attendees: [{ role: 'me' }, { role: 'teacher', name: 'Kari' }, { role: 'parent' }] };
		const read = Meeting.safeParse(old);
		expect(read.success).toBe(true);
		expect(read.data!.attendees).toEqual([
			{ role: 'me', names: [''] },
			{ role: 'teacher', names: ['Kari'] },
			{ role: 'parent', names: [''] }
		]);
		// Without caller questions (made before they existed) it still reads.
		expect(read.data!.callerQuestions).toBeUndefined();
		expect(Meeting.safeParse({ ...meeting(), attendees: [{ role: 'king', name: 'x' }] }).success).toBe(false);
		expect(Meeting.safeParse({ ...meeting(), attendees: [{ role: 'parent', names: [] }] }).success).toBe(false);
	});

	it('writes the day with its weekday, and the time as "kl."', () => {
		expect(whenText({ date: '2026-03-03', time: '10:00' }, 'nb')).toBe('tirsdag 3. mars 2026, kl. 10');
		expect(whenText({ date: '2026-03-03' }, 'en')).toBe('Tuesday, 3 March 2026');
		expect(whenText({}, 'nb')).toBeNull();
	});

	it('turns the agreed rows into plan steps that keep the meeting, skipping empty and added rows', () => {
		const rows = [
			{ id: 's1', what: ' Ringe Meny ', who: { role: 'teacher' as const, name: 'Kari' }, due: '2026-03-10' },
			{ id: 's2', what: '   ', who: { role: 'me' as const } },
			{ id: 's3', what: 'Søke', who: { role: 'me' as const, name: ' ' } },
			{ id: 's4', what: 'Allerede lagt inn', who: { role: 'me' as const }, stepId: 'x' }
		];
		expect(agreedToPlanSteps('m1', rows)).toEqual({
			rowIds: ['s1', 's3'],
			steps: [
				{ what: 'Ringe Meny', who: { role: 'teacher', name: 'Kari' }, due: '2026-03-10', source: { kind: 'meeting', meetingId: 'm1' } },
				{ what: 'Søke', who: { role: 'me' }, source: { kind: 'meeting', meetingId: 'm1' } }
			]
		});
		expect(newAgreedStep(rows).id).toBe('s5');
		expect(newAgreedStep([]).id).toBe('s1');
	});

	it('makes a calendar file for the meeting, with texts escaped', () => {
		const ics = meetingIcs(
			meeting({ kind: 'transition', date: '2026-03-03', time: '10:00', place: 'Skolen, rom 2; inngang B', attendees: [{ role: 'me', names: [''] }, { role: 'parent', names: [''] }, { role: 'teacher', names: ['Kari'] }] }),
			{ locale: 'nb', dtstamp: STAMP }
		)!;
		expect(ics).toContain('BEGIN:VEVENT\r\n');
		expect(ics).toContain('UID:meeting-m1@jobbvei\r\n');
		expect(ics).toContain('SUMMARY:Overgangsmøte\r\n');
		expect(ics).toContain('DTSTART:20260303T100000\r\n');
		expect(ics).toContain('DTEND:20260303T110000\r\n');
		expect(ics).toContain('LOCATION:Skolen\\, rom 2\\; inngang B\r\n');
		expect(ics).toContain('DESCRIPTION:Med på møtet: Mamma eller pappa\\, Kari (lærer).\r\n');
		expect(ics).toContain('DTSTAMP:20260301T100000Z');
		// No day, no file; no time, an all-day event.
		expect(meetingIcs(meeting(), { locale: 'nb', dtstamp: STAMP })).toBeNull();
		expect(meetingIcs(meeting({ date: '2026-03-03' }), { locale: 'nb', dtstamp: STAMP })).toContain('DTSTART;VALUE=DATE:20260303\r\nDTEND;VALUE=DATE:20260304');
		expect(meetingIcs(meeting({ date: '2026-03-03' }), { locale: 'nb', dtstamp: STAMP })).toContain('SUMMARY:Møte\r\n');
	});

	it('makes a calendar file for the next meeting', () => {
		const ics = nextMeetingIcs(meeting({ kind: 'change', after: { agreed: '', steps: [], nextDate: '2026-04-01' } }), { locale: 'nb', dtstamp: STAMP })!;
		expect(ics).toContain('UID:meeting-m1-next@jobbvei');
		expect(ics).toContain('DTSTART;VALUE=DATE:20260401');
		expect(ics).toContain('SUMMARY:Neste møte: Møte om å bytte arbeid');
		expect(nextMeetingIcs(meeting(), { locale: 'nb', dtstamp: STAMP })).toBeNull();
		expect(meetingFileName('2026-03-03', 'nb')).toBe('mote-2026-03-03.ics');
		expect(meetingFileName('2026-04-01', 'en', true)).toBe('next-meeting-2026-04-01.ics');
	});

	it('counts the parts filled and sorts the newest first by revision', () => {
		const filled = meeting({ kind: 'other', wishes: ['break'], place: 'NAV' });
		expect(beforeFilledCount(filled)).toBe(3);
		expect(progressText(filled, 'nb')).toBe('3 av 8 deler er fylt ut.');
		expect(newestFirst([meeting({ id: 'a', rev: 3 }), meeting({ id: 'b', rev: 9 }), meeting({ id: 'c', rev: 5 })]).map((x) => x.id)).toEqual(['b', 'c', 'a']);
	});

	it('has symbols for every card, and easy-read texts in bokmål', () => {
		for (const id of [...ATTENDEE_ROLES.map(roleSymbol), ...WISHES.map(wishSymbol), ...MEETING_PARTS.map(partSymbol), ...SUGGESTED_QUESTIONS.map(questionSymbol)]) expect(symbolMap).toHaveProperty(id);
		for (const locale of LOCALES) for (const kind of MEETING_KINDS) expect(kindLabel(kind, locale)).not.toBe('');
		const texts = [
			...SUGGESTED_QUESTIONS.map((q) => questionLabel(q, 'nb')),
			...WISHES.map((w) => wishLabel(w, 'nb')),
			...ATTENDEE_ROLES.map((r) => roleLabel(r, 'nb')),
			...MEETING_PARTS.flatMap((p) => [partTitle(p, 'nb'), partHeading(p, 'nb')]),
			m.meeting_intro({}, { locale: 'nb' }),
			progressText(meeting({ kind: 'transition' }), 'nb'),
			m.meeting_ics_with({ names: 'Mamma eller pappa, Kari (lærer)' }, { locale: 'nb' }),
			m.meeting_date_chosen({ day: whenText({ date: '2026-03-03' }, 'nb')! }, { locale: 'nb' }),
			m.meeting_next_chosen({ day: whenText({ date: '2026-03-03' }, 'nb')! }, { locale: 'nb' })
		];
		for (const text of texts) expect(checkEasyRead(text), text).toEqual([]);
	});
});

describe('meeting repo', () => {
	it('creates, updates part by part with who gave it, and lists the newest first', async () => {
		const p = await createProfile(NORA);
		const first = await createMeeting(p.id, SELF);
		const second = await createMeeting(p.id, SELF);
		expect((await listMeetings(p.id)).map((x) => x.id)).toEqual([second.id, first.id]);
		await updateMeeting(first.id, 'kind', { kind: 'transition' }, SELF);
		const named = await updateMeeting(first.id, 'who', { attendees: [{ role: 'teacher', names: ['Kari'] }] }, KARI);
		expect(named.partsBy).toEqual({ kind: SELF, who: KARI });
		expect(named.answeredBy).toEqual(KARI);
		expect((await listMeetings(p.id)).map((x) => x.id)).toEqual([first.id, second.id]);
		const cleared = await updateMeeting(first.id, 'kind', { kind: undefined }, SELF);
		expect(cleared.kind).toBeUndefined();
		expect(cleared.attendees).toEqual([{ role: 'teacher', names: ['Kari'] }]);
		await expect(updateMeeting(first.id, 'place', { time: '9' }, SELF)).rejects.toThrow();
		// Quick taps in a row, each made from the stored meeting: none undoes another.
		await Promise.all([
			updateMeeting(first.id, 'how', (x) => ({ wishes: [...x.wishes, 'break'] }), SELF),
			updateMeeting(first.id, 'how', (x) => ({ wishes: [...x.wishes, 'short'] }), SELF),
			updateMeeting(first.id, 'who', (x) => ({ attendees: toggleAttendee(x.attendees, 'parent') }), SELF)
		]);
		expect(await getMeeting(first.id)).toMatchObject({ wishes: ['break', 'short'], attendees: [{ role: 'teacher', names: ['Kari'] }, { role: 'parent', names: [''] }] });

	});

	it('adds the agreed steps to Min plan once, all at once, keeping the meeting', async () => {
		const p = await createProfile(NORA);
		const m1 = await createMeeting(p.id, SELF);
		await addPlanSteps(p.id, [{ what: 'Eget steg', who: { role: 'me' } }], SELF);
		await updateMeeting(m1.id, 'steps', { after: { agreed: 'Nora prøver Meny.', steps: [{ id: 's1', what: 'Ringe Meny', who: { role: 'teacher', name: 'Kari' }, due: '2026-03-10' }, { id: 's2', what: '', who: { role: 'me' } }, { id: 's3', what: 'Søke', who: { role: 'me' } }] } }, KARI);
		const { meeting: saved, added } = await addAgreedSteps(m1.id, KARI);
		expect(added.map((s) => s.what)).toEqual(['Ringe Meny', 'Søke']);
		expect(saved.after.steps.map((s) => s.stepId)).toEqual([added[0]!.id, undefined, added[1]!.id]);
		const steps = await listPlanSteps(p.id);
		expect(steps.map((s) => [s.what, s.source])).toEqual([
			['Eget steg', { kind: 'plan' }],
			['Ringe Meny', { kind: 'meeting', meetingId: m1.id }],
			['Søke', { kind: 'meeting', meetingId: m1.id }]
		]);
		expect(steps[1]).toMatchObject({ who: { role: 'teacher', name: 'Kari' }, due: '2026-03-10', answeredBy: KARI, done: false });
		expect((await addAgreedSteps(m1.id, KARI)).added).toEqual([]);
		expect(await listPlanSteps(p.id)).toHaveLength(3);
	});
});

describe('MeetingsState', () => {
	it('loads the sources, stores every answer at once, and loads it again', async () => {
		const p = await createProfile(NORA);
		await saveAnswer(p.id, 'about/important', ['animals'], SELF);
		await saveAnswer(p.id, 'plan/dream/text', 'Jobbe med hester', SELF);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: ['2026-02-02'], workplace: 'Scandic' }, SELF);
		// Been there (a day told about): only then is it offered as "Jeg har prøvd".
		await saveTrialAnswer(p.id, { trialId: trial.id, phase: { kind: 'day', day: '2026-02-02' }, question: 'day' }, 'good', SELF);
		const state = new MeetingsState(p.id);
		await state.load();
		const options = state.options('nb');
		expect(options.about.map((o) => o.id)).toEqual(['about/important/animals']);
		expect(options.plan.map((o) => o.text)).toEqual(['Jobbe med hester']);
		expect(options.trial[0]!.text).toBe('Jeg har prøvd: Jobbsmak på Scandic.');
		const made = (await state.create(SELF))!;
		expect(await state.update(made.id, 'say', { points: togglePoint([], options.about[0]!) }, SELF)).toBe(true);
		expect(await state.update(made.id, 'date', { date: '2026-03-03' }, KARI)).toBe(true);
		expect(await state.saveVoice(made.id, { bytes: new ArrayBuffer(20), type: 'audio/webm' }, SELF)).toBe(true);
		expect(await state.saveVoice(made.id, { bytes: new ArrayBuffer(20), type: 'text/plain' }, SELF)).toBe(false);
		const again = new MeetingsState(p.id);
		await again.load();
		expect(again.meeting(made.id)).toMatchObject({ date: '2026-03-03', points: [{ id: 'about/important/animals' }], partsBy: { date: KARI, say: SELF } });
		expect(again.voices[made.id]).toBe(state.voices[made.id]);
		expect(again.calendar(made.id, 'nb', STAMP)).toContain('DTSTART;VALUE=DATE:20260303');
		await again.removeVoice(made.id);
		expect(again.voices[made.id]).toBeUndefined();
	});

	it('says "full" when the device is full, and keeps what was saved', async () => {
		const p = await createProfile(NORA);
		const state = new MeetingsState(p.id);
		await state.load();
		const made = (await state.create(SELF))!;
		await state.update(made.id, 'how', { wishes: ['break'] }, SELF);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.update(made.id, 'how', { wishes: ['break', 'short'] }, SELF)).toBe(false);
		expect(await state.create(SELF)).toBeNull();
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.meeting(made.id)?.wishes).toEqual(['break']);
		expect((await getMeeting(made.id))?.wishes).toEqual(['break']);
		expect(await state.update(made.id, 'how', { wishes: ['short'] }, SELF)).toBe(true);
		expect(state.full).toBe(false);
	});
});
