import { z } from '$lib/storage/zod';
import { CalendarDay, isRealDate } from '$lib/calendar/day';
import { AnsweredBy } from '$lib/domain/answers/schema';

/**
 * Jobbsmak: the person plans a trial at a real workplace, answers "Hva tror du?" before, reflects
 * after each day, and says "Vil du jobbe her?" after. Two stored shapes:
 *
 * - the Trial record (store `trials`): the plan, asked once and never again (WCAG 3.3.7);
 * - the reflections: ordinary answers in the `answers` store, one per question, stored the moment
 *   they are given ([Note: autosave]) with who gave them. See [Note: trial answer keys].
 */

/** What kind of trial it is. Jobbsmak is the app's core; the others are the words schools and NAV use. */
export const TRIAL_KINDS = ['jobbsmak', 'hospitering', 'arbeidsutproving', 'praksis', 'laerekandidat', 'job'] as const;
export const TrialKind = z.enum(TRIAL_KINDS);
export type TrialKind = z.infer<typeof TrialKind>;

/** How the person gets to the workplace. "driven" = someone drives me (a parent, a carer). */
export const TRANSPORTS = ['walk', 'bus', 'train', 'taxi', 'driven'] as const;
export const Transport = z.enum(TRANSPORTS);
export type Transport = z.infer<typeof Transport>;

/** The three faces: bra / helt ok / vanskelig. */
export const FACES = ['good', 'ok', 'hard'] as const;
export const Face = z.enum(FACES);
export type Face = z.infer<typeof Face>;

/** Ja / kanskje / nei ("Vil du jobbe her?", "Vil du prøve noe lignende?"). */
export const YES_MAYBE_NO = ['yes', 'maybe', 'no'] as const;
export const YesMaybeNo = z.enum(YES_MAYBE_NO);
export type YesMaybeNo = z.infer<typeof YesMaybeNo>;

/** Ja / nei ("Var folkene hyggelige?", "Hjalp noen deg?"). */
export const YES_NO = ['yes', 'no'] as const;
export const YesNo = z.enum(YES_NO);
export type YesNo = z.infer<typeof YesNo>;

/** How did a task feel: the same three answers as the interest cards. */
export const TASK_LIKES = ['like', 'unsure', 'dislike'] as const;
export const TaskLike = z.enum(TASK_LIKES);
export type TaskLike = z.infer<typeof TaskLike>;

/** How tired the person is after the day. */
export const TIREDNESS = ['rested', 'bit', 'very'] as const;
export const Tiredness = z.enum(TIREDNESS);
export type Tiredness = z.infer<typeof Tiredness>;

/**
 * The place, as pairs of opposites. The ids are the interest cards' condition ids, so a trial can later
 * be set beside "Hva vil jeg jobbe med?" (the person said they like quiet places; this one was noisy).
 */
export const PLACE_TAGS = ['cond_noisy', 'cond_quiet', 'cond_indoors', 'cond_outdoors', 'cond_clean', 'cond_dirty'] as const;
export const PlaceTag = z.enum(PLACE_TAGS);
export type PlaceTag = z.infer<typeof PlaceTag>;
/** Each place tag's opposite: choosing one on a screen unchooses the other. */
export const PLACE_OPPOSITE: Record<PlaceTag, PlaceTag> = {
	cond_noisy: 'cond_quiet',
	cond_quiet: 'cond_noisy',
	cond_indoors: 'cond_outdoors',
	cond_outdoors: 'cond_indoors',
	cond_clean: 'cond_dirty',
	cond_dirty: 'cond_clean'
};

/** Help the person needed. These become "support needs" in the CV and plan. At most 6 on a screen. */
export const HELP_KINDS = ['instructions', 'checklist', 'show_me', 'breaks', 'job_coach', 'quiet_place'] as const;
export const HelpKind = z.enum(HELP_KINDS);
export type HelpKind = z.infer<typeof HelpKind>;
/**
 * "Jeg klarte meg uten hjelp": an answer to the help question, not a kind of help. Managing alone
 * is worth saying out loud, and without it a person who needed nothing could only skip.
 */
export const NO_HELP = 'none';

/** What the person looks forward to, worries about, or why they want (or not) to work there. */
export const TOPICS = ['tasks', 'people', 'place', 'trip', 'breaks', 'noise', 'tired'] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

/** Symbols (keys of src/lib/symbols/symbol-map.json) for every choice: symbols first, always with text. */
export const SYMBOLS = {
	kind: {
		jobbsmak: 'trial_jobbsmak',
		hospitering: 'trial_hospitering',
		arbeidsutproving: 'trial_arbeidsutproving',
		praksis: 'trial_praksis',
		laerekandidat: 'doc_course',
		job: 'doc_work'
	},
	transport: { walk: 'sup_walk', bus: 'sup_bus', train: 'sup_train', taxi: 'sup_taxi', driven: 'act_drive' },
	face: { good: 'feel_happy', ok: 'feel_ok', hard: 'feel_hard' },
	yesMaybeNo: { yes: 'feel_like', maybe: 'feel_maybe', no: 'feel_dislike' },
	yesNo: { yes: 'feel_like', no: 'feel_dislike' },
	taskLike: { like: 'feel_like', unsure: 'feel_maybe', dislike: 'feel_dislike' },
	tiredness: { rested: 'feel_rested', bit: 'feel_tired', very: 'feel_very_tired' },
	place: {
		cond_noisy: 'cond_noisy',
		cond_quiet: 'cond_quiet',
		cond_indoors: 'cond_indoors',
		cond_outdoors: 'cond_outdoors',
		cond_clean: 'cond_clean',
		cond_dirty: 'cond_dirty'
	},
	help: {
		instructions: 'sup_instructions',
		checklist: 'sup_checklist',
		show_me: 'sup_show_me',
		breaks: 'sup_break',
		job_coach: 'sup_job_coach',
		quiet_place: 'cond_quiet'
	},
	topic: {
		tasks: 'doc_work',
		people: 'cond_many_people',
		place: 'topic_place',
		trip: 'sup_bus',
		breaks: 'sup_lunch',
		noise: 'cond_noisy',
		tired: 'feel_tired'
	},
	ownTask: 'ui_edit',
	photos: 'ui_camera',
	proud: 'feel_proud'
} as const;

/** A calendar day, YYYY-MM-DD: the one schema for a day the person lives, shared with every part. */
export const IsoDate = CalendarDay;
export { isRealDate };

export const MIN_DAYS = 1;
export const MAX_DAYS = 20;

/** The trial days: real dates, in order, each once, 1–20 of them. The date picker keeps them so. */
export const TrialDays = z.array(IsoDate).check(
	z.minLength(MIN_DAYS),
	z.maxLength(MAX_DAYS),
	z.refine((days) => days.every((d, i) => i === 0 || days[i - 1]! < d), 'days must be sorted and unique')
);

/** A start time, HH:MM on a 24-hour clock ("kl. 9" is shown; "09:00" is stored). */
export const StartTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

const Id = z.string().check(z.regex(/^[a-z0-9_]+$/), z.maxLength(60));
const ShortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const LongText = z.string().check(z.maxLength(2000));

/** The job being tried: one from the catalogue (or a local import), or a title the person wrote. */
export const TrialJob = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('catalogue'), jobId: Id }),
	z.object({ kind: z.literal('own'), title: ShortText })
]);
export type TrialJob = z.infer<typeof TrialJob>;

/** The contact person at the workplace: a name, and a phone number if the person wants it. */
export const Contact = z.object({
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
	phone: z.optional(z.string().check(z.trim(), z.regex(/^[0-9+ ()-]{3,20}$/)))
});
export type Contact = z.infer<typeof Contact>;

/** Own task ids are `own_1`, `own_2` …, numbered per trial; catalogue task ids are the `act_*` card ids. */
export const OWN_TASK_PREFIX = 'own_';

export function isOwnTask(taskId: string): boolean {
	return taskId.startsWith(OWN_TASK_PREFIX);
}

/** A task the person added in their own words ("Re senger"), when no card fits. */
export const OwnTask = z.object({
	id: z.string().check(z.regex(/^own_\d+$/)),
	label: ShortText
});
export type OwnTask = z.infer<typeof OwnTask>;

/**
 * One planned trial. Only the kind and one day are needed; everything else may be filled in later,
 * by the person or a helper (`answeredBy` is who planned it). Order comes from `createdRev`, never
 * from the clock or the dates (a class tablet may be set to 1970).
 */
export const Trial = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	profileId: z.string().check(z.minLength(1)),
	kind: TrialKind,
	job: z.optional(TrialJob),
	/** The workplace's name: "Scandic Bergen". */
	workplace: z.optional(ShortText),
	days: TrialDays,
	startTime: z.optional(StartTime),
	transport: z.optional(Transport),
	contact: z.optional(Contact),
	/** "Dette skal jeg gjøre der." */
	willDo: z.optional(LongText),
	/** "Jeg vil finne ut om …" */
	findOut: z.optional(LongText),
	/** Tasks the person added in their own words; offered again on every day (nothing asked twice). */
	ownTasks: z.array(OwnTask).check(z.maxLength(40)),
	answeredBy: AnsweredBy,
	createdRev: z.number().check(z.int(), z.minimum(1)),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type Trial = z.infer<typeof Trial>;

/** What a plan screen may set. Ids, order and revisions belong to the repository. */
export type TrialInput = Omit<Trial, 'id' | 'profileId' | 'createdRev' | 'rev' | 'answeredBy' | 'ownTasks'> & {
	ownTasks?: OwnTask[];
};

// ---------------------------------------------------------------------------------------------------
// Reflections

/**
 * [Note: trial answer keys] Reflections are answers in the `answers` store (one record per question,
 * stored at once, with `answeredBy`), under keys that say which trial, which part and which question:
 *
 *   trials/<trialId>/before/<question>[/<part>]
 *   trials/<trialId>/day/<YYYY-MM-DD>/<question>[/<part>]
 *   trials/<trialId>/after/<question>[/<part>]
 *   trials/<trialId>/notes/<phase>            phase = before | day/<YYYY-MM-DD> | after
 *
 * - `<question>` alone holds the symbol choice (a face, an id, or a list of ids). Asking with symbols
 *   first means a person who cannot write can still answer every question.
 * - `<question>/text` holds the person's own words, and `<question>/voice` the media id of a short
 *   recording instead. They are separate answers so choosing a face never overwrites words already
 *   written, and a helper who types for the person is recorded on the text alone.
 * - Per-task liking is the question `liked:<taskId>` ("liked:act_cook", "liked:own_2").
 * - Photos of a day are the question `photos`: a list of media ids.
 * - Helper notes ("Lærer sin kommentar") have their own branch, `notes/`, never beside the person's
 *   answers: code that reads what the person said (summary, CV, comparison) never walks into it, so a
 *   teacher's words can never be shown as the person's own. A note must be given by a helper.
 * - Deleting a trial deletes every answer under `trials/<trialId>/` and the media they point to.
 */
export const TRIALS_PREFIX = 'trials/';

export type Phase = { kind: 'before' } | { kind: 'day'; day: string } | { kind: 'after' };
export type AnswerPart = 'text' | 'voice';

/** Where one answer belongs: which trial, which part of it, which question, and which part of the answer. */
export interface AnswerRef {
	trialId: string;
	phase: Phase;
	question: string;
	part?: AnswerPart;
}

export function phasePath(phase: Phase): string {
	return phase.kind === 'day' ? `day/${phase.day}` : phase.kind;
}

/** The answers-store key of one trial answer. */
export function trialAnswerKey(ref: AnswerRef): string {
	return `${TRIALS_PREFIX}${ref.trialId}/${phasePath(ref.phase)}/${ref.question}${ref.part ? `/${ref.part}` : ''}`;
}

/** The answers-store key of a helper's note on one part of a trial. */
export function trialNoteKey(trialId: string, phase: Phase): string {
	return `${TRIALS_PREFIX}${trialId}/notes/${phasePath(phase)}`;
}

/** Everything stored under one trial starts with this. */
export function trialKeyPrefix(trialId: string): string {
	return `${TRIALS_PREFIX}${trialId}/`;
}

export type ParsedTrialKey =
	| ({ type: 'answer' } & Required<Pick<AnswerRef, 'trialId' | 'phase' | 'question'>> & { part?: AnswerPart })
	| { type: 'note'; trialId: string; phase: Phase };

function parsePhase(parts: string[]): { phase: Phase; rest: string[] } | null {
	const [head, ...rest] = parts;
	if (head === 'before' || head === 'after') return { phase: { kind: head }, rest };
	if (head === 'day' && rest[0] && isRealDate(rest[0])) return { phase: { kind: 'day', day: rest[0] }, rest: rest.slice(1) };
	return null;
}

/** Reads a key back; null for keys that are not (well-formed) trial keys, which are then ignored. */
export function parseTrialKey(key: string): ParsedTrialKey | null {
	if (!key.startsWith(TRIALS_PREFIX)) return null;
	const [trialId, ...parts] = key.slice(TRIALS_PREFIX.length).split('/');
	if (!trialId) return null;
	if (parts[0] === 'notes') {
		const parsed = parsePhase(parts.slice(1));
		return parsed && parsed.rest.length === 0 ? { type: 'note', trialId, phase: parsed.phase } : null;
	}
	const parsed = parsePhase(parts);
	if (!parsed) return null;
	const [question, part, ...extra] = parsed.rest;
	if (!question || extra.length > 0) return null;
	if (part !== undefined && part !== 'text' && part !== 'voice') return null;
	return { type: 'answer', trialId, phase: parsed.phase, question, ...(part ? { part } : {}) };
}

/** Longest own text answer (a few sentences); longer text belongs in a note or a recording. */
export const TEXT_MAX = 2000;
