import fc from 'fast-check';
import { m } from '$lib/paraglide/messages';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import { Answer, type AnsweredBy, type AnswerValue, HELPER_ROLES } from '$lib/domain/answers/schema';
import { Profile } from '$lib/domain/profile/schema';
import { ABOUT_CARDS, ABOUT_PARTS, ABOUT_PHOTO_KEY, aboutKey, type AboutPart } from '$lib/domain/about/schema';
import { cardLabel as aboutCardLabel } from '$lib/domain/about/labels';
import { CHANGE_CARDS, CHANGE_PARTS, WORK_DAYS, changeKey, type ChangePart, type WorkDays } from '$lib/domain/change/schema';
import { SITUATIONS, type Situation } from '$lib/domain/profile/situation';
import { CvEntry, FIELD_CARDS, CARD_FIELDS, cvKey, type CardField, type CvEntryInput, type EntryKind } from '$lib/domain/cv/schema';
import { SORTING_ORDER, JOBS } from '$lib/domain/interests/catalogue';
import { Exploration, answerKey, starKey } from '$lib/domain/interests/schema';
import { answerId } from '$lib/domain/answers/answers-repo';
import { Meeting, ATTENDEE_ROLES, SUGGESTED_QUESTIONS, WISHES, type Point } from '$lib/domain/meeting/schema';
import { GOALS, NO_JOB, planKey, type PlanPart } from '$lib/domain/plan/schema';
import { PlanStep, STEP_HELPERS, STEP_IDEA_IDS, type StepIdea } from '$lib/domain/plan/step-schema';
import { stepText } from '$lib/domain/plan/labels';
import {
	FACES,
	HELP_KINDS,
	NO_HELP,
	PLACE_OPPOSITE,
	PLACE_TAGS,
	TASK_LIKES,
	TIREDNESS,
	TRIAL_KINDS,
	Trial,
	YES_MAYBE_NO,
	YES_NO,
	trialAnswerKey,
	trialNoteKey,
	type Phase,
	type PlaceTag,
	type TrialKind
} from '$lib/domain/trials/schema';
import { kindLabel } from '$lib/domain/trials/labels';
import { groupTrialAnswers } from '$lib/domain/trials/trial-rules';
import { EXPORT_PARTS, ExportChoice } from '$lib/domain/export/selection-schema';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';

/**
 * [Note: documents oracle] Generated persons for property tests: what a person (and the helpers who sit
 * with them) could have stored after months of use: Om meg, plan, steps, trials with some days told
 * about and some not, days behind and ahead of `today`, the CV's few fields, the change request, what
 * they like and a meeting. Cards are stored as ids; words are typed in the person's language, with the
 * awkward things people really type (quotes, `<b>`, emoji, very long words, spaces around). Every record
 * is parsed with the app's own schema, so it is a record the app could have stored.
 *
 * A person is generated as plain choices first (`PersonPlan`, `personPlanArb`) and then written into
 * records (`personRecords`, `personFrom`), so a test can see what was chosen and the records stay the
 * app's. `documentCaseArb` adds one export of the person: random ticks and a reader's language.
 */

export const PROFILE_ID = 'p-oracle';
const SELF: AnsweredBy = { kind: 'self' };

// ---------------------------------------------------------------------------------------------------
// Words people type

/** Everyday words in each language, each a few words, as a person writes them in a text box. */
const EVERYDAY: Partial<Record<Locale, readonly string[]>> = {
	nb: ['Jeg liker å jobbe med dyr.', 'Jeg vil jobbe i en butikk', 'Mamma kjører meg om morgenen', 'Jeg liker ikke mye lyd', 'Jeg er flink med hester', 'Jeg vil ha mer å gjøre'],
	nn: ['Eg likar å jobbe med dyr.', 'Eg vil jobbe i ein butikk', 'Mamma køyrer meg om morgonen', 'Eg likar ikkje mykje lyd', 'Eg er flink med hestar', 'Eg vil ha meir å gjere'],
	en: ['I like working with animals.', 'I want to work in a shop', 'Mum drives me in the morning', 'I do not like a lot of noise', 'I am good with horses', 'I want more to do']
};

/** What breaks documents: quotes, markup, emoji, a word longer than a line, spaces around, a new line, "du"/"you" in the person's own words. */
const AWKWARD: readonly string[] = [
	'Jeg sa "nei" og \'kanskje\'',
	'<b>fet</b> & <script>alert(1)</script>',
	'Hester 🐴 og katter 😺',
	'Arbeidsmiljøopplæringsprogramdeltakerkoordinatorassistenten',
	'  Jeg vil prøve  ',
	'Første linje\nAndre linje',
	'Du må spørre meg først',
	'You can call me Mo',
	'Æ, ø og å – «sånn»',
	'Sámi: Ábbár ja čeahppi'
];

/** Words in the person's language, sometimes awkward, sometimes any characters at all. */
export function typedWords(locale: Locale): fc.Arbitrary<string> {
	return fc
		.oneof(
			{ weight: 5, arbitrary: fc.constantFrom(...(EVERYDAY[locale] ?? EVERYDAY.nb!)) },
			{ weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
			{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) }
		)
		.filter((s) => s.trim().length > 0 && s.length <= 200);
}

// Names and places come from short lists that never hold a card's words or "du"/"you", so an oracle can
// tell them from what the app writes.
const NAMES = ['Nora', 'Åse', 'Jonas', 'Ola-Mats', 'Zoë', 'Li', 'Muhammed', 'Ánne Máret', 'Kari "Kiki"', '<b>Kim</b>'] as const;
const HELPER_NAMES = ['Kari', 'Amina', 'Per', 'Ingrid', 'Jo'] as const;
const WORKPLACES = [
	'Bogstad gård',
	'Meny Storo',
	'Scandic Bergen',
	'Fretex',
	'Kiwi Majorstuen',
	'Kafé "Ø"',
	'<b>Bakeriet</b>',
	'Hotell 🌟 Nord',
	'Stabekk barnehage og kulturhus ved den gamle jernbanestasjonen',
	'Rådhusbiblioteket'
] as const;
const OWN_JOBS = ['Hestepasser', 'Kafévert', 'Assistent på lageret'] as const;
const OWN_TASKS = ['Re senger', 'Mate hestene', 'Brette håndklær', 'Tørke støv'] as const;
const HOMES = ['Tromsø', 'Lillestrøm', 'Kautokeino', 'Sandefjord'] as const;
const SURNAMES = ['Hansen', 'Østbø', 'Nguyen', 'Al-Sayed', "O'Neill"] as const;
const PHONES = ['900 11 222', '+47 412 34 567', '22 33 44 55'] as const;
const EMAILS = ['nora@example.no', 'a.b@skole.no'] as const;
const SCHOOLS = ['Bjørkelangen videregående skole', 'Asker vgs'] as const;
const PROGRAMMES = ['Arbeid og fritid', 'Praksisbrev'] as const;
const ENTRY_PLACES = ['Rema 1000 Sætre', 'Kantina på Fornebu', 'Dagsenteret'] as const;
const REF_NAMES = ['Lise Berg', 'Tor Å. Eng'] as const;
const MEETING_PLACES = ['Skolen, rom 12', 'NAV Asker'] as const;

// ---------------------------------------------------------------------------------------------------
// Days

/** The calendar day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
	const [y, mo, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, mo! - 1, d! + days)).toISOString().slice(0, 10);
}

const FIRST_TODAY = '2026-01-05';

// ---------------------------------------------------------------------------------------------------
// The choices a person made, before they are records

export type Given<V> = { value: V; by: AnsweredBy };
type Opt<V> = V | undefined;

/** One day of a trial as the person told about it: each question answered or not (null = skipped). */
export interface DayPlan {
	day: string;
	/** Question (or `question/part`) → the stored value. Empty: the day is not told about. */
	answers: Record<string, AnswerValue>;
	by: AnsweredBy;
	/** A helper's note on this day ("Lærer sin kommentar"): never the person's, never a day done. */
	note?: string;
}

export interface TrialPlan {
	id: string;
	kind: TrialKind;
	job?: { kind: 'catalogue'; jobId: string } | { kind: 'own'; title: string };
	workplace?: string;
	contact?: { name: string; phone?: string };
	ownTasks: { id: string; label: string }[];
	days: DayPlan[];
	/** Answers to a day that is no longer planned (the days were changed after): never counted. */
	orphan?: { day: string; answers: Record<string, AnswerValue> };
	after: Record<string, AnswerValue>;
	afterBy: AnsweredBy;
	plannedBy: AnsweredBy;
}

export interface StepPlan {
	/** A card tapped and kept as it is, or words typed (or a card's words changed). */
	say: { kind: 'idea'; idea: StepIdea } | { kind: 'words'; what: string };
	who: { role: (typeof STEP_HELPERS)[number]; name?: string };
	due?: string;
	done: boolean;
	by: AnsweredBy;
}

export interface MeetingPlan {
	date?: string;
	time?: string;
	place?: string;
	attendees: { role: (typeof ATTENDEE_ROLES)[number]; name?: string }[];
	/** What to say: an Om meg card, a plan step, a trial, or own words (by index into the plan's lists). */
	points: ({ from: 'about'; part: AboutPart; id: string } | { from: 'step'; index: number } | { from: 'trial'; index: number } | { from: 'trial-words'; index: number } | { from: 'own'; text: string })[];
	suggested: (typeof SUGGESTED_QUESTIONS)[number][];
	ownQuestions: string[];
	wishes: (typeof WISHES)[number][];
	agreed: string;
	agreedSteps: { what: string; role: (typeof STEP_HELPERS)[number]; due?: string }[];
	nextDate?: string;
	by: AnsweredBy;
}

/** An own CV line as its edit screen gives it, with who added it. */
export type EntryPlan = CvEntryInput & { by: AnsweredBy };

export interface PersonPlan {
	name: string;
	locale: Locale;
	/** The language of the screens the person tapped cards on (a meeting point keeps that screen's words). */
	screenLocale: Locale;
	today: string;
	photo: { profile: boolean; about: boolean };
	about: Record<AboutPart, { cards?: Given<string[]>; text?: Given<string> }>;
	plan: Record<PlanPart, { cards?: Given<string[]>; text?: Given<string> }>;
	steps: StepPlan[];
	change: Record<ChangePart, { cards?: Given<string[]>; text?: Given<string> }> & { where?: Given<string>; jobs?: Given<string[]>; days?: Given<WorkDays> };
	/** Where the person is now, on their profile; not said by many. */
	situation?: Situation;
	cv: {
		surname?: Given<string>;
		place?: Given<string>;
		phone?: Given<string>;
		email?: Given<string>;
		cards: Partial<Record<CardField, Given<string[]>>>;
		words: Partial<Record<CardField, Given<string>>>;
		school?: { name?: string; programme?: string; from?: string; to?: string; by: AnsweredBy };
		entries: EntryPlan[];
		/** Lines the app wrote that the person changed ("cv/line/<lineId>"): an experience or a skill. */
		edits: { lineId: string; text: Given<string> }[];
	};
	liked: { cardId: string; by: AnsweredBy | null }[];
	starred: { jobId: string; by: AnsweredBy }[];
	trials: TrialPlan[];
	meetings: MeetingPlan[];
}

// ---------------------------------------------------------------------------------------------------
// Arbitraries

export const localeArb: fc.Arbitrary<Locale> = fc.constantFrom(...LOCALES);

/** Who gave an answer: mostly the person, sometimes a parent, teacher, job coach or someone else, named or not. */
export const answeredByArb: fc.Arbitrary<AnsweredBy> = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(SELF) },
	{
		weight: 2,
		arbitrary: fc.record(
			{ kind: fc.constant('helper' as const), role: fc.constantFrom(...HELPER_ROLES), name: fc.constantFrom(...HELPER_NAMES) },
			{ requiredKeys: ['kind', 'role'] }
		)
	}
);

const given = <V>(value: fc.Arbitrary<V>): fc.Arbitrary<Given<V>> => fc.record({ value, by: answeredByArb });
/** `arb` with probability `chance` (in tenths), else nothing. */
const maybe = <V>(arb: fc.Arbitrary<V>, chance = 0.5): fc.Arbitrary<Opt<V>> =>
	fc.oneof({ weight: Math.round(chance * 10), arbitrary: arb }, { weight: 10 - Math.round(chance * 10), arbitrary: fc.constant(undefined) });
const someOf = <T>(items: readonly T[], max = 4): fc.Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: 1, maxLength: Math.min(max, items.length) });
const dateNear = (today: string, from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => addDays(today, n));

const TASK_IDS = SORTING_ORDER.filter((c) => c.round === 'task').map((c) => c.id);
const LIKABLE = SORTING_ORDER.filter((c) => c.round !== 'condition').map((c) => c.id);
const JOB_IDS = JOBS.map((j) => j.id);

/** One day's answers: any of the day questions, each a choice, a skip (null), or words. */
function dayAnswersArb(taskIds: readonly string[], locale: Locale): fc.Arbitrary<Record<string, AnswerValue>> {
	const place = fc.subarray([...PLACE_TAGS], { maxLength: 3 }).map((tags) => tags.filter((t, i) => !tags.slice(i + 1).includes(PLACE_OPPOSITE[t as PlaceTag])));
	const help = fc.oneof(fc.constant([NO_HELP]), someOf(HELP_KINDS, 3));
	return fc
		.record(
			{
				day: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FACES) }, { weight: 1, arbitrary: fc.constant(null) }),
				tired: fc.constantFrom(...TIREDNESS),
				breaks: fc.constantFrom(...FACES),
				trip: fc.constantFrom(...FACES),
				people_kind: fc.constantFrom(...YES_NO),
				people_help: fc.constantFrom(...YES_NO),
				place,
				help,
				tasks: someOf(taskIds, 3),
				photos: fc.uniqueArray(fc.constantFrom('m-photo-1', 'm-photo-2', 'm-photo-3', 'm-photo-4'), { minLength: 1, maxLength: 2 }),
				'day/text': typedWords(locale),
				'tired/voice': fc.constant('m-voice-1')
			},
			{ requiredKeys: [] }
		)
		.chain((answers) => {
			const tasks = Array.isArray(answers.tasks) ? answers.tasks : [];
			// "Likte du dette?" for some of the tasks done that day.
			return fc.tuple(fc.constant(answers), fc.subarray(tasks), fc.array(fc.constantFrom(...TASK_LIKES), { minLength: tasks.length, maxLength: tasks.length }));
		})
		.map(([answers, liked, likes]) => {
			const out: Record<string, AnswerValue> = { ...(answers as Record<string, AnswerValue>) };
			liked.forEach((taskId) => (out[`liked:${taskId}`] = likes[(answers.tasks as string[]).indexOf(taskId)]!));
			return out;
		});
}

function trialArb(id: string, today: string, locale: Locale, workplace: string | undefined): fc.Arbitrary<TrialPlan> {
	return fc
		.record({
			kind: fc.constantFrom(...TRIAL_KINDS),
			job: maybe(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...JOB_IDS).map((jobId) => ({ kind: 'catalogue' as const, jobId })) }, { weight: 1, arbitrary: fc.constantFrom(...OWN_JOBS).map((title) => ({ kind: 'own' as const, title })) }), 0.8),
			offsets: fc.uniqueArray(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 7 }),
			ownTasks: fc.subarray([...OWN_TASKS], { maxLength: 2 }),
			contact: maybe(fc.record({ name: fc.constantFrom(...HELPER_NAMES), phone: fc.constantFrom(...PHONES) }, { requiredKeys: ['name'] })),
			plannedBy: answeredByArb,
			afterBy: answeredByArb,
			// Told about as days go by (more often the past days), every day, or none yet.
			telling: fc.constantFrom('as-it-goes', 'as-it-goes', 'as-it-goes', 'every-day', 'none-yet')
		})
		.chain((base) => {
			const days = [...base.offsets].sort((a, b) => a - b).map((n) => addDays(today, n));
			const ownTasks = base.ownTasks.map((label, i) => ({ id: `own_${i + 1}`, label }));
			const taskIds = [...TASK_IDS.slice(0, 6), ...ownTasks.map((t) => t.id)];
			// Some days told about (more often the past ones), some not; a note from a helper now and then.
			const dayArb = (day: string) =>
				fc.record({
					day: fc.constant(day),
					told: fc.integer({ min: 0, max: 9 }).map((n) => (base.telling === 'every-day' ? true : base.telling === 'none-yet' ? false : n < (day <= today ? 6 : 2))),
					answers: dayAnswersArb(taskIds, locale).filter((a) => Object.keys(a).length > 0),
					by: answeredByArb,
					note: maybe(typedWords(locale), 0.2)
				});
			const after = fc.record(
				{
					work_here: fc.constantFrom(...YES_MAYBE_NO),
					similar: fc.constantFrom(...YES_MAYBE_NO),
					can_do: someOf(taskIds, 3),
					'can_do/text': typedWords(locale)
				},
				{ requiredKeys: [] }
			);
			// Few people rewrite the whole summary; most keep the app's sentences.
			const summary = maybe(typedWords(locale), 0.2);
			return fc.record({
				days: fc.tuple(...days.map(dayArb)),
				orphan: maybe(dayAnswersArb(taskIds, locale).filter((a) => Object.keys(a).length > 0), 0.1),
				after: fc.tuple(after, summary).map(([a, words]) => ({ ...(a as Record<string, AnswerValue>), ...(words === undefined ? {} : { summary: words }) })),
				base: fc.constant({ ...base, ownTasks })
			});
		})
		.map(({ days, orphan, after, base }) => ({
			id,
			kind: base.kind,
			...(base.job ? { job: base.job } : {}),
			...(workplace ? { workplace } : {}),
			...(base.contact ? { contact: base.contact } : {}),
			ownTasks: base.ownTasks,
			days: days.map((d) => ({ day: d.day, answers: d.told ? d.answers : {}, by: d.by, ...(d.note !== undefined ? { note: d.note } : {}) })),
			...(orphan ? { orphan: { day: addDays(days.at(-1)!.day, 1), answers: orphan } } : {}),
			after,
			afterBy: base.afterBy,
			plannedBy: base.plannedBy
		}));
}

function partsArb<P extends string>(parts: readonly P[], cards: (part: P) => fc.Arbitrary<string[]>, locale: Locale): fc.Arbitrary<Record<P, { cards?: Given<string[]>; text?: Given<string> }>> {
	const one = (part: P) => fc.record({ cards: maybe(given(cards(part)), 0.5), text: maybe(given(typedWords(locale)), 0.3) });
	return fc.tuple(...parts.map(one)).map((list) => Object.fromEntries(parts.map((p, i) => [p, list[i]!])) as Record<P, { cards?: Given<string[]>; text?: Given<string> }>);
}

function stepArb(today: string, locale: Locale): fc.Arbitrary<StepPlan> {
	return fc.record(
		{
			say: fc.oneof(
				fc.constantFrom(...STEP_IDEA_IDS).map((idea) => ({ kind: 'idea' as const, idea })),
				typedWords(locale).map((what) => ({ kind: 'words' as const, what: what.trim().slice(0, 200) }))
			),
			who: fc.record({ role: fc.constantFrom(...STEP_HELPERS), name: fc.constantFrom(...HELPER_NAMES) }, { requiredKeys: ['role'] }),
			due: maybe(dateNear(today, -20, 60)),
			done: fc.boolean(),
			by: answeredByArb
		},
		{ requiredKeys: ['say', 'who', 'done', 'by'] }
	);
}

function meetingArb(today: string, locale: Locale, steps: number, trials: number): fc.Arbitrary<MeetingPlan> {
	const point = fc.oneof(
		fc.constantFrom(...ABOUT_PARTS).chain((part) => fc.constantFrom(...ABOUT_CARDS[part].map((c) => c.id)).map((id) => ({ from: 'about' as const, part, id }))),
		...(steps > 0 ? [fc.integer({ min: 0, max: steps - 1 }).map((index) => ({ from: 'step' as const, index }))] : []),
		...(trials > 0 ? [fc.integer({ min: 0, max: trials - 1 }).map((index) => ({ from: 'trial' as const, index }))] : []),
		// The person's "Jeg kan …" words of a trial, offered as a point of their own.
		...(trials > 0 ? [fc.integer({ min: 0, max: trials - 1 }).map((index) => ({ from: 'trial-words' as const, index }))] : []),
		typedWords(locale).map((t) => ({ from: 'own' as const, text: t.trim().slice(0, 500) }))
	);
	return fc.record(
		{
			date: maybe(dateNear(today, -30, 30)),
			time: maybe(fc.constantFrom('09:00', '13:30')),
			place: maybe(fc.constantFrom(...MEETING_PLACES)),
			attendees: fc.uniqueArray(fc.record({ role: fc.constantFrom(...ATTENDEE_ROLES), name: fc.constantFrom(...HELPER_NAMES) }, { requiredKeys: ['role'] }), { maxLength: 3, selector: (a) => a.role }),
			points: fc.array(point, { maxLength: 4 }),
			suggested: fc.subarray([...SUGGESTED_QUESTIONS], { maxLength: 2 }),
			ownQuestions: fc.uniqueArray(typedWords(locale).map((t) => t.trim().slice(0, 300)), { maxLength: 2 }),
			wishes: fc.subarray([...WISHES], { maxLength: 2 }),
			agreed: fc.oneof(fc.constant(''), typedWords(locale)),
			agreedSteps: fc.array(fc.record({ what: typedWords(locale).map((t) => t.trim().slice(0, 200)), role: fc.constantFrom(...STEP_HELPERS), due: maybe(dateNear(today, 0, 40)) }, { requiredKeys: ['what', 'role'] }), { maxLength: 2 }),
			nextDate: maybe(dateNear(today, 1, 60)),
			by: answeredByArb
		},
		{ requiredKeys: ['attendees', 'points', 'suggested', 'ownQuestions', 'wishes', 'agreed', 'agreedSteps', 'by'] }
	);
}

function entryArb(locale: Locale): fc.Arbitrary<EntryPlan> {
	const month = fc.tuple(fc.integer({ min: 2018, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, mo]) => `${y}-${String(mo).padStart(2, '0')}`);
	return fc.oneof(
		fc.record(
			{ kind: fc.constantFrom('placement' as const, 'job' as const, 'course' as const), place: fc.constantFrom(...ENTRY_PLACES), what: typedWords(locale).map((t) => t.trim()), from: month, to: month, by: answeredByArb },
			{ requiredKeys: ['kind', 'place', 'by'] }
		),
		fc.record({ kind: fc.constant('reference' as const), place: fc.constantFrom(...REF_NAMES), what: fc.constantFrom('Lærer', 'Sjef på Meny'), phone: fc.constantFrom(...PHONES), by: answeredByArb }, { requiredKeys: ['kind', 'place', 'by'] })
	);
}

/** A whole person: the choices of every part, in the person's language, as of `today`. */
export const personPlanArb: fc.Arbitrary<PersonPlan> = fc
	.record({
		name: fc.constantFrom(...NAMES),
		locale: localeArb,
		screenLocale: localeArb,
		today: fc.integer({ min: 0, max: 600 }).map((n) => addDays(FIRST_TODAY, n)),
		photo: fc.record({ profile: fc.boolean(), about: fc.boolean() }),
		situation: fc.option(fc.constantFrom(...SITUATIONS), { nil: undefined }),
		trialCount: fc.integer({ min: 0, max: 4 }),
		stepCount: fc.integer({ min: 0, max: 4 }),
		// Not everyone uses every part: a pupil may never open "Jeg vil prøve noe annet", an adult may skip the CV.
		uses: fc.record({
			about: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
			plan: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
			change: fc.integer({ min: 0, max: 9 }).map((n) => n < 5),
			cv: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
			interests: fc.integer({ min: 0, max: 9 }).map((n) => n < 6)
		})
	})
	.chain((base) => {
		const { locale, today } = base;
		const workplaces = fc.shuffledSubarray([...WORKPLACES], { minLength: base.trialCount, maxLength: base.trialCount });
		return fc.record({
			base: fc.constant(base),
			about: partsArb(ABOUT_PARTS, (part) => someOf(ABOUT_CARDS[part].map((c) => c.id)), locale),
			plan: partsArb(
				['dream_job', 'this_year', 'few_years', 'next_trial'] as const,
				(part) => (part === 'dream_job' || part === 'next_trial' ? fc.oneof(fc.constantFrom(...JOB_IDS).map((id) => [id]), fc.constant<string[]>([NO_JOB])) : someOf(GOALS.map((g) => g.id))),
				locale
			),
			steps: fc.array(stepArb(today, locale), { minLength: base.stepCount, maxLength: base.stepCount }),
			change: fc.record(
				{
					parts: partsArb(CHANGE_PARTS, (part) => someOf(CHANGE_CARDS[part].map((c) => c.id), 3), locale),
					where: maybe(given(fc.constantFrom(...ENTRY_PLACES))),
					jobs: maybe(given(someOf(JOB_IDS, 2))),
					days: maybe(given(fc.constantFrom(...WORK_DAYS)))
				},
				{ requiredKeys: ['parts'] }
			),
			cv: fc.record(
				{
					surname: maybe(given(fc.constantFrom(...SURNAMES))),
					place: maybe(given(fc.constantFrom(...HOMES))),
					phone: maybe(given(fc.constantFrom(...PHONES))),
					email: maybe(given(fc.constantFrom(...EMAILS))),
					cards: fc.record({ skills: maybe(given(someOf(FIELD_CARDS.skills.map((c) => c.id)))), languages: maybe(given(someOf(FIELD_CARDS.languages.map((c) => c.id)))), travel: maybe(given(someOf(FIELD_CARDS.travel.map((c) => c.id)))) }),
					words: fc.record({ skills: maybe(given(typedWords(locale)), 0.3), languages: maybe(given(typedWords(locale)), 0.2), travel: maybe(given(typedWords(locale)), 0.2) }),
					school: maybe(fc.record({ name: fc.constantFrom(...SCHOOLS), programme: fc.constantFrom(...PROGRAMMES), from: fc.constant('2023'), to: fc.constant('2026'), by: answeredByArb }, { requiredKeys: ['by'] }).filter((s) => !!(s.name || s.programme))),
					entries: fc.array(entryArb(locale), { maxLength: 3 }),
					edits: fc.uniqueArray(
						fc.record({ lineId: fc.constantFrom('trial:t1', 'trial:t2', 'skill:act_cook', 'skill:act_clean', 'skill:on_time', 'skill:team'), text: given(typedWords(locale)) }),
						{ maxLength: 2, selector: (e) => e.lineId }
					)
				},
				{ requiredKeys: ['cards', 'words', 'entries', 'edits'] }
			),
			liked: fc.subarray(LIKABLE, { maxLength: 5 }).chain((ids) => fc.tuple(...ids.map((cardId) => answeredByArb.map((by) => ({ cardId, by }))))),
			// Starred jobs are read back in the order of their stored keys (the job ids), whatever order they were starred in.
			starred: fc.uniqueArray(fc.constantFrom(...JOB_IDS), { maxLength: 2 }).chain((ids) => fc.tuple(...[...ids].sort().map((jobId) => answeredByArb.map((by) => ({ jobId, by }))))),
			trials: workplaces.chain((places) =>
				fc.tuple(...places.map((place, i) => fc.boolean().chain((named) => trialArb(`t${i + 1}`, today, locale, named || i === 0 ? place : undefined))))
			),
			meetings: fc.array(meetingArb(today, locale, base.stepCount, base.trialCount), { maxLength: 2 })
		});
	})
	.map(({ base, about, plan, steps, change, cv, liked, starred, trials, meetings }) => {
		const { uses } = base;
		const unused = <P extends string>(parts: readonly P[]) => Object.fromEntries(parts.map((p) => [p, {}])) as Record<P, { cards?: Given<string[]>; text?: Given<string> }>;
		return {
			name: base.name,
			locale: base.locale,
			screenLocale: base.screenLocale,
			today: base.today,
			photo: base.photo,
			about: uses.about ? about : unused(ABOUT_PARTS),
			plan: uses.plan ? plan : unused(['dream_job', 'this_year', 'few_years', 'next_trial'] as const),
			steps: uses.plan ? steps : [],
			change: uses.change ? { ...change.parts, ...(change.where ? { where: change.where } : {}), ...(change.jobs ? { jobs: change.jobs } : {}), ...(change.days ? { days: change.days } : {}) } : unused(CHANGE_PARTS),
			...(base.situation ? { situation: base.situation } : {}),
			cv: uses.cv ? { ...cv, cards: cv.cards as PersonPlan['cv']['cards'], words: cv.words as PersonPlan['cv']['words'] } : { cards: {}, words: {}, entries: [], edits: [] },
			liked: uses.interests ? liked : [],
			starred: uses.interests ? starred : [],
			trials,
			meetings
		};
	});

// ---------------------------------------------------------------------------------------------------
// Records

/**
 * How a step taken from a card is stored: by its id, its words empty ([Note: evidence model]). A test
 * of code that stored the screen's words instead replaces this.
 */
export let storeStepIdea = (idea: StepIdea, screenLocale: Locale): { what: string; idea?: StepIdea } => {
	void screenLocale;
	return { what: '', idea };
};
export function setStoreStepIdea(store: typeof storeStepIdea): void {
	storeStepIdea = store;
}

/** One person's records as the stores hold them, and the same read together as the documents read them. */
export interface PersonRecords {
	person: PersonEvidence;
	/** The round of cards the liked cards come from (the answers are in `person.answers`). */
	explorations: Exploration[];
}

/** Every record of one person, each parsed by its schema, read together as the documents read them. */
export function personFrom(plan: PersonPlan): PersonEvidence {
	return personRecords(plan).person;
}

export function personRecords(plan: PersonPlan): PersonRecords {
	let rev = 0;
	const next = () => ++rev;
	const answers: Answer[] = [];
	const answer = (key: string, value: AnswerValue, by: AnsweredBy) => {
		answers.push(Answer.parse({ id: answerId(PROFILE_ID, key), profileId: PROFILE_ID, key, value, answeredBy: by, rev: next() }));
	};
	const profile = Profile.parse({
		id: PROFILE_ID,
		name: plan.name,
		picture: plan.photo.profile ? { kind: 'photo', mediaId: 'm-profile' } : { kind: 'symbol', symbol: 'pic_cat' },
		locale: plan.locale,
		...(plan.situation ? { situation: plan.situation } : {}),
		settings: { theme: 'default', textSize: 1, speechRate: 'normal' },
		createdRev: next(),
		rev: rev
	});
	if (plan.photo.about) answer(ABOUT_PHOTO_KEY, 'm-about', SELF);

	const cardsAndWords = (key: (sub?: 'text') => string, part: { cards?: Given<string[]>; text?: Given<string> }) => {
		if (part.cards) answer(key(), part.cards.value, part.cards.by);
		if (part.text) answer(key('text'), part.text.value, part.text.by);
	};
	for (const p of ABOUT_PARTS) cardsAndWords((sub) => aboutKey(p, sub), plan.about[p]);
	for (const p of ['dream_job', 'this_year', 'few_years', 'next_trial'] as const) cardsAndWords((sub) => planKey(p, sub), plan.plan[p]);
	for (const p of CHANGE_PARTS) cardsAndWords((sub) => changeKey(p, sub), plan.change[p]);
	if (plan.change.where) answer(changeKey('now', 'where'), plan.change.where.value, plan.change.where.by);
	if (plan.change.jobs) answer(changeKey('want', 'jobs'), plan.change.jobs.value, plan.change.jobs.by);
	if (plan.change.days) answer(changeKey('want', 'days'), plan.change.days.value, plan.change.days.by);

	const cv = plan.cv;
	for (const field of ['surname', 'place', 'phone', 'email'] as const) {
		const f = cv[field];
		if (f) answer(cvKey(field), f.value, f.by);
	}
	for (const field of CARD_FIELDS) {
		const cards = cv.cards[field];
		if (cards) answer(cvKey(field), cards.value, cards.by);
		const words = cv.words[field];
		if (words) answer(cvKey(`${field}/text`), words.value, words.by);
	}
	if (cv.school) {
		for (const f of ['name', 'programme', 'from', 'to'] as const) {
			const v = cv.school[f];
			if (v) answer(cvKey(`school/${f}`), v, cv.school.by);
		}
	}
	for (const e of cv.edits) answer(`cv/line/${e.lineId}`, e.text.value, e.text.by);
	const entries = cv.entries.map(({ by, ...e }, i) => {
		const r = next();
		return CvEntry.parse({ id: `e${i + 1}`, profileId: PROFILE_ID, ...e, answeredBy: by, createdRev: r, rev: r });
	});

	const trials = plan.trials.map((t) => {
		const r = next();
		const trial = Trial.parse({
			id: t.id,
			profileId: PROFILE_ID,
			kind: t.kind,
			...(t.job ? { job: t.job } : {}),
			...(t.workplace ? { workplace: t.workplace } : {}),
			...(t.contact ? { contact: t.contact } : {}),
			days: t.days.map((d) => d.day),
			ownTasks: t.ownTasks,
			answeredBy: t.plannedBy,
			createdRev: r,
			rev: r
		});
		const say = (phase: Phase, answersOf: Record<string, AnswerValue>, by: AnsweredBy) => {
			for (const [slot, value] of Object.entries(answersOf)) {
				const [question, part] = slot.split('/') as [string, 'text' | 'voice' | undefined];
				answer(trialAnswerKey({ trialId: t.id, phase, question, ...(part ? { part } : {}) }), value, by);
			}
		};
		for (const d of t.days) {
			say({ kind: 'day', day: d.day }, d.answers, d.by);
			if (d.note !== undefined) answer(trialNoteKey(t.id, { kind: 'day', day: d.day }), d.note, { kind: 'helper', role: 'teacher', name: 'Kari' });
		}
		if (t.orphan) say({ kind: 'day', day: t.orphan.day }, t.orphan.answers, SELF);
		say({ kind: 'after' }, t.after, t.afterBy);
		return trial;
	});

	const steps = plan.steps.map((s, i) => {
		const r = next();
		const says = s.say.kind === 'idea' ? storeStepIdea(s.say.idea, plan.screenLocale) : { what: s.say.what };
		return PlanStep.parse({ id: `s${i + 1}`, profileId: PROFILE_ID, ...says, who: s.who, ...(s.due ? { due: s.due } : {}), done: s.done, source: { kind: 'plan' }, answeredBy: s.by, createdRev: r, seq: 0, rev: r });
	});

	// A meeting keeps each point as it read on the screen it was chosen on, with a reference to where it came from.
	const canDoWords = (index: number): Point | null => {
		const words = plan.trials[index]?.after['can_do/text'];
		return typeof words === 'string' && words.trim() ? { id: `trial/${plan.trials[index]!.id}/can_do`, from: 'trial', text: words.trim().slice(0, 500) } : null;
	};
	const meetings = plan.meetings.map((x, i) => {
		const points: Point[] = [];
		for (const p of x.points) {
			const screen = plan.screenLocale;
			const point: Point | null =
				p.from === 'about'
					? { id: `about/${p.part}/${p.id}`, from: 'about', text: aboutCardLabel(p.part, p.id, screen) }
					: p.from === 'step'
						? steps[p.index]
							? { id: `step/${steps[p.index]!.id}`, from: 'step', text: stepText(steps[p.index]!, screen) }
							: null
						: p.from === 'trial'
							? trials[p.index]
								? { id: `trial/${trials[p.index]!.id}`, from: 'trial', text: m.meeting_point_trial({ title: trials[p.index]!.workplace ?? kindLabel(trials[p.index]!.kind, screen) }, { locale: screen }) }
								: null
							: p.from === 'trial-words'
								? canDoWords(p.index)
								: { id: `own-${points.length + 1}`, from: 'own', text: p.text };
			if (point && !points.some((q) => q.id === point.id)) points.push(point);
		}
		const r = next();
		const by = x.by;
		return Meeting.parse({
			id: `mt${i + 1}`,
			profileId: PROFILE_ID,
			kind: 'transition',
			...(x.date ? { date: x.date } : {}),
			...(x.time ? { time: x.time } : {}),
			...(x.place ? { place: x.place } : {}),
			attendees: x.attendees,
			points,
			questions: { suggested: x.suggested, own: x.ownQuestions },
			wishes: x.wishes,
			after: { agreed: x.agreed, steps: x.agreedSteps.map((s, k) => ({ id: `s${k + 1}`, what: s.what, who: { role: s.role }, ...(s.due ? { due: s.due } : {}) })), ...(x.nextDate ? { nextDate: x.nextDate } : {}) },
			answeredBy: by,
			partsBy: { date: by, place: by, who: by, say: by, ask: by, how: by, agreed: by, steps: by, next: by },
			createdRev: r,
			rev: r
		});
	});

	// "Hva vil jeg jobbe med?": one round of cards (the liked ones, and a few not liked), and the jobs starred.
	const explorations: Exploration[] = [];
	if (plan.liked.length) {
		const r = next();
		explorations.push(Exploration.parse({ id: 'x1', profileId: PROFILE_ID, number: 1, startedOn: plan.today, startedRev: r, finishedRev: r, rev: r }));
		for (const l of plan.liked) answer(answerKey('x1', l.cardId), 'like', l.by ?? SELF);
		for (const id of LIKABLE.filter((c) => !plan.liked.some((l) => l.cardId === c)).slice(0, 2)) answer(answerKey('x1', id), 'dislike', SELF);
	}
	for (const s of plan.starred) answer(starKey(s.jobId), true, s.by);

	const grouped = groupTrialAnswers(answers);
	const person: PersonEvidence = {
		profile,
		answers,
		trials: trials.map((trial) => ({ trial, answers: grouped.get(trial.id) })),
		jobs: [...JOBS],
		steps,
		meetings,
		entries,
		liked: plan.liked.map((l) => ({ cardId: l.cardId, by: l.by ?? SELF })),
		starred: plan.starred
	};
	return { person, explorations };
}

/** What a person ticked for one export, and the language the reader chose for it. */
export interface ExportCase {
	choice: ExportChoice;
	locale: Locale;
}

/** Random ticks over the parts and the trials (sometimes a trial that was deleted since), and a document language. */
export function exportCaseArb(trialIds: readonly string[]): fc.Arbitrary<ExportCase> {
	return fc.record({
		// Each part ticked half the time, trials more often (most documents are about them).
		choice: fc
			.record({
				parts: fc.tuple(...EXPORT_PARTS.map((part) => fc.integer({ min: 0, max: 9 }).map((n) => (n < (part === 'trials' ? 8 : 5) ? [part] : [])))).map((ticks) => ticks.flat()),
				trialIds: fc.tuple(...[...trialIds, 't-deleted'].map((id) => fc.integer({ min: 0, max: 9 }).map((n) => (n < (id === 't-deleted' ? 1 : 8) ? [id] : [])))).map((ticks) => ticks.flat())
			})
			.map((c) => ExportChoice.parse(c)),
		locale: localeArb
	});
}

/** One person, their stored records, and one export of them. */
export interface DocumentCase {
	plan: PersonPlan;
	person: PersonEvidence;
	export: ExportCase;
}

export const documentCaseArb: fc.Arbitrary<DocumentCase> = personPlanArb.chain((plan) =>
	exportCaseArb(plan.trials.map((t) => t.id)).map((ex) => ({ plan, person: personFrom(plan), export: ex }))
);

/** For fast-check's report: the choices, the ticks and the language, without the records (they follow from them). */
export function describeCase(c: DocumentCase): string {
	return JSON.stringify({ plan: c.plan, export: c.export });
}
