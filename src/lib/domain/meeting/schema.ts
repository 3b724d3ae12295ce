import { z } from '$lib/storage/zod';
import { AnsweredBy } from '$lib/domain/answers/schema';
import { DayString, StepHelper } from '$lib/domain/plan/step-schema';

/**
 * [Note: meetings] "Møtet": the person prepares a planning meeting (an overgangsmøte, a meeting about
 * changing work, or another), shows the finished page in the meeting, and afterwards writes what was
 * agreed. One record per meeting in the `meetings` store. Everything is optional: a meeting may be only
 * a date, or only the questions the person wants to ask. Texts chosen from Om meg, the plan or a trial
 * are copied as they read that day (with a reference to where they came from), so the page shown in
 * the meeting never changes behind the person's back.
 */
export const MEETING_KINDS = ['transition', 'change', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * Who can come: the people an overgangsmøte or a meeting about work usually has. `case_worker` is the
 * municipality's case worker (in Oslo the bydel's), `home_staff` the staff where the person lives.
 */
export const ATTENDEE_ROLES = [
	'me',
	'parent',
	'guardian',
	'teacher',
	'counsellor',
	'ppt',
	'coordinator',
	'case_worker',
	'nav',
	'job_coach',
	'home_staff',
	'employer',
	'other'
] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** Where a point came from: Om meg, the plan's words, a plan step, a trial, or the person's own words. */
export const POINT_SOURCES = ['about', 'plan', 'step', 'trial', 'own'] as const;
export type PointSource = (typeof POINT_SOURCES)[number];

/** Easy-read questions offered before the person's own. */
export const SUGGESTED_QUESTIONS = ['after_school', 'another_trial', 'help_apply', 'more_help', 'next_meeting'] as const;
export type SuggestedQuestion = (typeof SUGGESTED_QUESTIONS)[number];

/** How the person wants the meeting to go. */
export const WISHES = ['break', 'short', 'help_speak', 'write_down', 'known_place'] as const;
export type Wish = (typeof WISHES)[number];

/** The screens of "Før møtet" and "Etter møtet", in order. */
export const BEFORE_PARTS = ['kind', 'date', 'place', 'who', 'say', 'ask', 'how', 'caller'] as const;
export const AFTER_PARTS = ['agreed', 'steps', 'next'] as const;
export const MEETING_PARTS = [...BEFORE_PARTS, ...AFTER_PARTS] as const;
export type BeforePart = (typeof BEFORE_PARTS)[number];
export type AfterPart = (typeof AFTER_PARTS)[number];
export type MeetingPart = (typeof MEETING_PARTS)[number];

export function isMeetingPart(value: string | null | undefined): value is MeetingPart {
	return (MEETING_PARTS as readonly string[]).includes(value ?? '');
}

const Name = z.string().check(z.maxLength(60));
const Id = z.string().check(z.minLength(1));
const Rev = z.number().check(z.int(), z.minimum(1));

/** Two parents or two teachers can both come, so a role holds several people. */
export const MAX_PER_ROLE = 6;

/**
 * One role in "Hvem kommer?" and the people in it, each by name or '' (not named). A role always holds
 * at least one person: turning the role on is saying that someone in it comes.
 */
const AttendeeNow = z.object({
	role: z.enum(ATTENDEE_ROLES),
	names: z.array(Name).check(z.minLength(1), z.maxLength(MAX_PER_ROLE))
});

/**
 * A meeting saved before a role could hold several people has `{ role, name? }`: it reads as that one
 * person, so a meeting prepared on an older version of the app still opens with everyone in it.
 */
export function attendeeFromStored(value: unknown): unknown {
	if (value === null || typeof value !== 'object' || 'names' in value) return value;
	const { role, name } = value as { role?: unknown; name?: unknown };
	return { role, names: [typeof name === 'string' ? name : ''] };
}

export const Attendee = z.pipe(z.transform(attendeeFromStored), AttendeeNow);
export type Attendee = z.infer<typeof AttendeeNow>;

/**
 * A question from the one who calls the meeting (often the transition coordinator, who sends questions
 * before it). The person answers each on its own screen; the answers are stored as a journey's answers
 * (callerJourney) under `meeting/<meeting id>/caller/<question id>`.
 */
export const CallerQuestion = z.object({
	id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
	text: z.string().check(z.minLength(1), z.maxLength(300)),
	symbol: z.optional(z.string().check(z.maxLength(60)))
});
export type CallerQuestion = z.infer<typeof CallerQuestion>;
export const MAX_CALLER_QUESTIONS = 20;

export const Point = z.object({
	/** The reference for chosen points ("about/liked_for/kind"), "own-<n>" for the person's own. */
	id: z.string().check(z.minLength(1), z.maxLength(200)),
	from: z.enum(POINT_SOURCES),
	/** The text as it read when it was chosen. */
	text: z.string().check(z.minLength(1), z.maxLength(500)),
	symbol: z.optional(z.string().check(z.maxLength(60)))
});
export type Point = z.infer<typeof Point>;

/** One row of "Hvem gjør hva, og når?". `stepId` is set once the row is in Min plan. */
export const AgreedStep = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(60)),
	what: z.string().check(z.maxLength(200)),
	who: StepHelper,
	due: z.optional(DayString),
	stepId: z.optional(Id)
});
export type AgreedStep = z.infer<typeof AgreedStep>;

export const After = z.object({
	agreed: z.string().check(z.maxLength(4000)),
	steps: z.array(AgreedStep).check(z.maxLength(30)),
	nextDate: z.optional(DayString)
});
export type After = z.infer<typeof After>;

/** Who gave each part, so a helper's answers are shown as the helper's. */
const By = z.optional(AnsweredBy);
export const PartsBy = z.object({ kind: By, date: By, place: By, who: By, say: By, ask: By, how: By, caller: By, agreed: By, steps: By, next: By });
export type PartsBy = z.infer<typeof PartsBy>;

export const Meeting = z.object({
	id: Id,
	profileId: Id,
	kind: z.optional(z.enum(MEETING_KINDS)),
	date: z.optional(DayString),
	/** HH:MM, local time. */
	time: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
	place: z.optional(z.string().check(z.maxLength(120))),
	attendees: z.array(Attendee).check(z.maxLength(ATTENDEE_ROLES.length)),
	points: z.array(Point).check(z.maxLength(60)),
	questions: z.object({
		suggested: z.array(z.enum(SUGGESTED_QUESTIONS)).check(z.maxLength(SUGGESTED_QUESTIONS.length)),
		own: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(20))
	}),
	wishes: z.array(z.enum(WISHES)).check(z.maxLength(WISHES.length)),
	/** "Spørsmål fra den som kaller inn"; missing on meetings made before there were any. */
	callerQuestions: z.optional(z.array(CallerQuestion).check(z.maxLength(MAX_CALLER_QUESTIONS))),
	after: After,
	/** Who last changed the meeting. */
	answeredBy: AnsweredBy,
	partsBy: PartsBy,
	createdRev: Rev,
	rev: Rev
});
export type Meeting = z.infer<typeof Meeting>;

/** What a screen may change. */
export type MeetingChange = Partial<Pick<Meeting, 'kind' | 'date' | 'time' | 'place' | 'attendees' | 'points' | 'questions' | 'wishes' | 'callerQuestions' | 'after'>>;

/** Answer key of the spoken "Det vi ble enige om" (stored with the other voice answers). */
/** Where the person's answers to the caller's questions are kept (a journey's prefix). */
export function callerPrefix(meetingId: string): string {
	return `meeting/${meetingId}/caller/`;
}

export function agreedVoiceKey(meetingId: string): string {
	return `meeting/${meetingId}/agreed/voice`;
}
