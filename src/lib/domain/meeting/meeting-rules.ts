import { plainFileName } from '$lib/files/file-name';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { Answer } from '$lib/domain/answers/schema';
import { ABOUT_PARTS, aboutCard } from '$lib/domain/about/schema';
import type { AboutPage } from '$lib/domain/about/about-rules';
import { cardLabel } from '$lib/domain/about/labels';
import { stepText } from '$lib/domain/plan/labels';
import type { NewPlanStep, PlanStep, StepHelperRole } from '$lib/domain/plan/step-schema';
import { STEP_HELPERS } from '$lib/domain/plan/step-schema';
import { buildIcs, type IcsEvent } from '$lib/calendar/ics';
import { formatDate } from '$lib/i18n/dates';
import { timeLabel } from '$lib/domain/trials/trial-rules';
import { kindLabel, roleLabel } from './labels';
import {
	BEFORE_PARTS,
	MAX_PER_ROLE,
	type AgreedStep,
	type Attendee,
	type AttendeeRole,
	type Meeting,
	type MeetingPart,
	type Point,
	type PointSource
} from './schema';

/** A thing the person can choose to say in the meeting, with the text as it reads now. */
export interface PointOption {
	id: string;
	from: Exclude<PointSource, 'own'>;
	text: string;
	symbol?: string;
}

/** A trial as the meeting needs it: its id, its title ("Jobbsmak på Scandic") and the person's "Jeg kan …" words. */
export interface TrialPointInput {
	id: string;
	title: string;
	/** The person has been there (a day told about): only then can they say "Jeg har prøvd". */
	been: boolean;
	symbol?: string;
	canDo?: string;
}

export interface PointSources {
	about: AboutPage;
	/** The person's answers whose keys start with "plan/"; only texts (`plan/<part>/text`) are offered. */
	planAnswers: readonly Answer[];
	planSteps: readonly PlanStep[];
	trials: readonly TrialPointInput[];
}

/**
 * Everything the person can choose from for "Hva vil du si i møtet?", grouped by where it comes from.
 * Reading the plan is tolerant: any non-empty text under `plan/…/text` is offered, whatever the part.
 */
export function pointOptions(sources: PointSources, locale?: Locale): Record<'about' | 'plan' | 'trial', PointOption[]> {
	const about: PointOption[] = [];
	for (const part of ABOUT_PARTS) {
		const answers = sources.about[part];
		for (const id of answers.cards) {
			const card = aboutCard(part, id);
			if (card) about.push({ id: `about/${part}/${id}`, from: 'about', text: cardLabel(part, id, locale), symbol: card.symbol });
		}
		if (answers.text.trim()) about.push({ id: `about/${part}/text`, from: 'about', text: answers.text.trim(), symbol: 'doc_me' });
	}
	const plan: PointOption[] = [];
	for (const answer of sources.planAnswers) {
		if (/^plan\/.+\/text$/.test(answer.key) && typeof answer.value === 'string' && answer.value.trim()) {
			plan.push({ id: answer.key, from: 'plan', text: answer.value.trim().slice(0, 500), symbol: 'doc_plan' });
		}
	}
	for (const step of sources.planSteps) {
		if (!step.done) plan.push({ id: `step/${step.id}`, from: 'step', text: stepText(step, locale), symbol: 'doc_goal' });
	}
	const trial: PointOption[] = [];
	for (const t of sources.trials) {
		if (t.been) trial.push({ id: `trial/${t.id}`, from: 'trial', text: m.meeting_point_trial({ title: t.title }, locale ? { locale } : {}), ...(t.symbol ? { symbol: t.symbol } : {}) });
		if (t.canDo?.trim()) trial.push({ id: `trial/${t.id}/can_do`, from: 'trial', text: t.canDo.trim().slice(0, 500), symbol: 'doc_star' });
	}
	return { about, plan, trial };
}

/**
 * A chosen point as it reads in `locale`. A card, a step from a card or a trial is a meaning and is
 * written in the reader's language (a point chosen on an English screen reads in bokmål in a bokmål
 * document); words the person wrote stay as they were when chosen ([Note: evidence model]).
 */
export function pointText(point: Point, sources: Pick<PointSources, 'planSteps' | 'trials'>, locale: Locale): string | null {
	const about = /^about\/([a-z_]+)\/([a-z_]+)$/.exec(point.id);
	if (about) {
		const part = ABOUT_PARTS.find((p) => p === about[1]);
		return part && aboutCard(part, about[2]!) ? cardLabel(part, about[2]!, locale) : point.text;
	}
	const step = /^step\/(.+)$/.exec(point.id);
	if (step) {
		const found = sources.planSteps.find((s) => s.id === step[1]);
		return found?.idea ? stepText(found, locale) : point.text;
	}
	const trial = /^trial\/([^/]+)$/.exec(point.id);
	if (trial) {
		const found = sources.trials.find((t) => t.id === trial[1]);
		// A trial whose told days were taken away again is not "tried": the point is not said.
		if (found && !found.been) return null;
		return found ? m.meeting_point_trial({ title: found.title }, { locale }) : point.text;
	}
	return point.text;
}

/**
 * Whether a point is the person's own words (quoted as theirs in documents): what they typed here,
 * their words from Om meg, the plan or a trial's "Jeg kan …", or a step they wrote themselves.
 */
export function pointIsOwn(point: Point, sources: Pick<PointSources, 'planSteps'>): boolean {
	if (point.from === 'own' || /\/(text|can_do)$/.test(point.id)) return true;
	const step = /^step\/(.+)$/.exec(point.id);
	return !!step && !sources.planSteps.find((s) => s.id === step[1])?.idea;
}

/** Choosing a point adds it with today's text; choosing it again takes it away. The order chosen is kept. */
export function togglePoint(points: readonly Point[], option: PointOption): Point[] {
	if (points.some((p) => p.id === option.id)) return points.filter((p) => p.id !== option.id);
	return [...points, { id: option.id, from: option.from, text: option.text, ...(option.symbol ? { symbol: option.symbol } : {}) }];
}

/** Adds the person's own point ("Jeg vil jobbe med dyr"); empty or repeated words are not added twice. */
export function addOwnPoint(points: readonly Point[], text: string): Point[] {
	const clean = text.trim().slice(0, 500);
	if (!clean || points.some((p) => p.from === 'own' && p.text === clean)) return [...points];
	const used = new Set(points.map((p) => p.id));
	let n = points.length + 1;
	while (used.has(`own-${n}`)) n++;
	return [...points, { id: `own-${n}`, from: 'own', text: clean }];
}

/** Adds an own question once; blank is ignored. */
export function addOwnQuestion(own: readonly string[], text: string): string[] {
	const clean = text.trim().slice(0, 300);
	return !clean || own.includes(clean) ? [...own] : [...own, clean];
}

export function toggleIn<T extends string>(list: readonly T[], value: T): T[] {
	return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Turning a role on or off in "Hvem kommer?": on is one person not named yet; off takes all in it away. */
export function toggleAttendee(attendees: readonly Attendee[], role: AttendeeRole): Attendee[] {
	return attendees.some((a) => a.role === role) ? attendees.filter((a) => a.role !== role) : [...attendees, { role, names: [''] }];
}

/** The name of person `index` in a role ('' when not named). Names given to the others are kept. */
export function nameAttendee(attendees: readonly Attendee[], role: AttendeeRole, index: number, name: string): Attendee[] {
	const clean = name.trim().slice(0, 60);
	return attendees.map((a) => (a.role === role ? { role, names: a.names.map((n, i) => (i === index ? clean : n)) } : a));
}

/** "Legg til én til": one more person in a role (two parents, two teachers), up to MAX_PER_ROLE. */
export function addAttendeePerson(attendees: readonly Attendee[], role: AttendeeRole): Attendee[] {
	if (!attendees.some((a) => a.role === role)) return toggleAttendee(attendees, role);
	return attendees.map((a) => (a.role === role && a.names.length < MAX_PER_ROLE ? { role, names: [...a.names, ''] } : a));
}

/** Takes one person away; when they were the last in the role, the role is off. */
export function removeAttendeePerson(attendees: readonly Attendee[], role: AttendeeRole, index: number): Attendee[] {
	return attendees.flatMap((a) => {
		if (a.role !== role) return [a];
		const names = a.names.filter((_, i) => i !== index);
		return names.length ? [{ role, names }] : [];
	});
}

/** "Kari (lærer)" or "Lærer": one person who comes. */
export function personText(role: AttendeeRole, name: string, locale?: Locale): string {
	const label = roleLabel(role, locale);
	const keepCase = role === 'nav' || role === 'ppt';
	return name.trim() ? m.meeting_attendee_named({ name: name.trim(), role: keepCase ? label : label.toLocaleLowerCase() }, locale ? { locale } : {}) : label;
}

/** Everyone in one role, one text each: "Kari (mamma eller pappa)", "Per (mamma eller pappa)". */
export function attendeeTexts(a: Attendee, locale?: Locale): string[] {
	return a.names.map((name) => personText(a.role, name, locale));
}

/** "tirsdag 3. mars 2026, kl. 10": the day with its weekday, and the time when there is one. */
export function whenText(meeting: Pick<Meeting, 'date' | 'time'>, locale: Locale): string | null {
	if (!meeting.date) return meeting.time ? timeLabel(meeting.time, locale) : null;
	const day = formatDate(meeting.date, locale);
	return meeting.time ? `${day}, ${timeLabel(meeting.time, locale)}` : day;
}

/** Whether a screen of the meeting has something in it. */
export function partFilled(meeting: Meeting, part: MeetingPart): boolean {
	switch (part) {
		case 'kind':
			return !!meeting.kind;
		case 'date':
			return !!meeting.date;
		case 'place':
			return !!meeting.time || !!meeting.place?.trim();
		case 'who':
			return meeting.attendees.length > 0;
		case 'say':
			return meeting.points.length > 0;
		case 'ask':
			return meeting.questions.suggested.length + meeting.questions.own.length > 0;
		case 'how':
			return meeting.wishes.length > 0;
		case 'caller':
			return (meeting.callerQuestions ?? []).length > 0;
		case 'agreed':
			return meeting.after.agreed.trim() !== '';
		case 'steps':
			return meeting.after.steps.some((s) => s.what.trim() !== '');
		case 'next':
			return !!meeting.after.nextDate;
	}
}

export function beforeFilledCount(meeting: Meeting): number {
	return BEFORE_PARTS.filter((p) => partFilled(meeting, p)).length;
}

/** The list screen: newest first, by revision (never the clock). */
export function newestFirst(meetings: readonly Meeting[]): Meeting[] {
	return [...meetings].sort((a, b) => b.rev - a.rev);
}

/** A step row's helper: the attendee roles that are not plan step roles become "other". */
export function stepRole(role: AttendeeRole): StepHelperRole {
	return (STEP_HELPERS as readonly string[]).includes(role) ? (role as StepHelperRole) : 'other';
}

/** An empty step row with an id not used in the meeting yet. */
export function newAgreedStep(steps: readonly AgreedStep[]): AgreedStep {
	const used = new Set(steps.map((s) => s.id));
	let n = steps.length + 1;
	while (used.has(`s${n}`)) n++;
	return { id: `s${n}`, what: '', who: { role: 'me' } };
}

/**
 * "Etter møtet" → Min plan: the rows not yet in the plan, with words, become new plan steps that keep
 * the meeting's id. Rows already added (they have a step id) are never added twice.
 */
export function agreedToPlanSteps(meetingId: string, steps: readonly AgreedStep[]): { rowIds: string[]; steps: NewPlanStep[] } {
	const rows = steps.filter((s) => !s.stepId && s.what.trim() !== '');
	return {
		rowIds: rows.map((r) => r.id),
		steps: rows.map((r) => ({
			what: r.what.trim(),
			who: r.who.name?.trim() ? { role: r.who.role, name: r.who.name.trim() } : { role: r.who.role },
			...(r.due ? { due: r.due } : {}),
			source: { kind: 'meeting', meetingId }
		}))
	};
}

/** Who comes, as one sentence for the calendar: "Med på møtet: Mamma, Kari (lærer)." */
function withText(meeting: Meeting, locale: Locale): string | null {
	const others = meeting.attendees.filter((a) => a.role !== 'me');
	if (others.length === 0) return null;
	return m.meeting_ics_with({ names: others.flatMap((a) => attendeeTexts(a, locale)).join(', ') }, { locale });
}

/**
 * The calendar file for the meeting itself (its day, time and place). Null without a day. The UID is
 * the meeting's, so opening a newer file moves the same event instead of adding a copy.
 */
export function meetingIcs(meeting: Meeting, options: { locale: Locale; dtstamp: Date; durationMinutes?: number }): string | null {
	if (!meeting.date) return null;
	const description = withText(meeting, options.locale);
	const event: IcsEvent = {
		uid: `meeting-${meeting.id}@jobbvei`,
		day: meeting.date,
		...(meeting.time ? { startTime: meeting.time, durationMinutes: options.durationMinutes ?? 60 } : {}),
		summary: kindLabel(meeting.kind, options.locale),
		...(meeting.place?.trim() ? { location: meeting.place.trim() } : {}),
		...(description ? { description } : {})
	};
	return buildIcs([event], options.dtstamp);
}

/** The calendar file for the next meeting agreed afterwards (an all-day event: the time is not known yet). */
export function nextMeetingIcs(meeting: Meeting, options: { locale: Locale; dtstamp: Date }): string | null {
	if (!meeting.after.nextDate) return null;
	return buildIcs(
		[
			{
				uid: `meeting-${meeting.id}-next@jobbvei`,
				day: meeting.after.nextDate,
				summary: m.meeting_ics_next({ kind: kindLabel(meeting.kind, options.locale) }, { locale: options.locale })
			}
		],
		options.dtstamp
	);
}

/** "mote-2026-03-03.ics": a safe file name. */
export function meetingFileName(day: string, locale: Locale, next = false): string {
	return plainFileName([next ? m.meeting_ics_file_next({}, { locale }) : m.meeting_ics_file({}, { locale }), day], 'ics');
}

/** "2 av 7 deler er fylt ut." */
export function progressText(meeting: Meeting, locale?: Locale): string {
	return m.meeting_progress({ count: beforeFilledCount(meeting), total: BEFORE_PARTS.length }, locale ? { locale } : {});
}
