import { z } from '$lib/storage/zod';
import { AnsweredBy } from '$lib/domain/answers/schema';
import { HelpKind } from '$lib/domain/trials/schema';
import type { SymbolId } from '$lib/symbols/registry';
import { parsePartKey, partKey, type PartSub } from '$lib/domain/journey/journey-keys';
import { DayString, StepSnapshot } from './step-schema';

/**
 * [Note: Min plan keys] "Min plan" (in "Min CV og min plan") is the person's career plan. Its simple parts
 * are journey answers ([Note: journey keys]), so "who said it" and autosave work as everywhere else:
 *   plan/<part>        the chosen card ids (a job part holds at most one job id)
 *   plan/<part>/text   the person's own words
 *   plan/<part>/voice  the media id of a spoken answer
 * "Hjelp jeg trenger på jobb" is not asked again: it is Om meg's "Slik hjelper du meg best". The
 * next steps are PlanStep records (step-schema.ts); saved versions are PlanVersion records.
 */
export const PLAN_PARTS = ['dream_job', 'this_year', 'few_years', 'next_trial'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];
export type PlanSub = PartSub;

/** Parts answered with one job from the job catalogue; the others with goal cards. */
export const JOB_PARTS: readonly PlanPart[] = ['dream_job', 'next_trial'];
export function isJobPart(part: PlanPart): boolean {
	return JOB_PARTS.includes(part);
}

/** The job parts' "no job" card: "Jeg vet ikke ennå" (dream job), "Ingen jobbsmak nå" (next trial). */
export const NO_JOB = 'none';

export const PLAN_PREFIX = 'plan/';

const KEYS = { prefix: PLAN_PREFIX, parts: PLAN_PARTS.map((id) => ({ id })) };

export function planKey(part: PlanPart, sub?: PlanSub): string {
	return partKey(KEYS, part, sub);
}

/** Reads a stored key back; null for anything that is not a "Min plan" key. */
export function parsePlanKey(key: string): { part: PlanPart; sub?: PlanSub } | null {
	return parsePartKey(KEYS, key);
}

export function isPlanPart(value: string | null | undefined): value is PlanPart {
	return (PLAN_PARTS as readonly string[]).includes(value ?? '');
}

/** Easy goals for "Dette vil jeg i år" and "Dette vil jeg om noen år", each a symbol and a short label. */
export const GOALS: readonly { id: string; symbol: SymbolId }[] = [
	{ id: 'get_job', symbol: 'doc_work' },
	{ id: 'try_trial', symbol: 'trial_jobbsmak' },
	{ id: 'finish_school', symbol: 'doc_certificate' },
	{ id: 'travel_alone', symbol: 'sup_bus' },
	{ id: 'learn_more', symbol: 'doc_course' },
	{ id: 'folk_high_school', symbol: 'info_folk_high_school' },
	{ id: 'apprentice', symbol: 'info_student' },
	{ id: 'ordinary_workplace', symbol: 'info_supported' },
	{ id: 'own_money', symbol: 'doc_money' },
	{ id: 'new_tasks', symbol: 'doc_star' },
	{ id: 'more_hours', symbol: 'sup_clock' },
	{ id: 'work_friends', symbol: 'imp_friends' }
];

export function goal(id: string): { id: string; symbol: SymbolId } | undefined {
	return GOALS.find((g) => g.id === id);
}

/** One part as it was when the plan was saved. */
export const PartSnapshot = z.object({
	cards: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
	cardsBy: z.nullable(AnsweredBy),
	text: z.string().check(z.maxLength(20_000)),
	textBy: z.nullable(AnsweredBy),
	/** A spoken answer was kept (the recording itself is not copied). */
	voice: z.boolean()
});
export type PartSnapshot = z.infer<typeof PartSnapshot>;

/** "Hjelp jeg trenger på jobb" as it was: Om meg's support part and the help that worked in trials. */
export const SupportSnapshot = z.object({
	cards: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
	cardsBy: z.nullable(AnsweredBy),
	text: z.string().check(z.maxLength(20_000)),
	textBy: z.nullable(AnsweredBy),
	trialHelp: z.array(HelpKind).check(z.maxLength(20))
});
export type SupportSnapshot = z.infer<typeof SupportSnapshot>;

export { StepSnapshot } from './step-schema';

export const PlanSnapshot = z.object({
	parts: z.object({
		dream_job: PartSnapshot,
		this_year: PartSnapshot,
		few_years: PartSnapshot,
		next_trial: PartSnapshot
	}),
	support: SupportSnapshot,
	/** In the order they were made. */
	steps: z.array(StepSnapshot).check(z.maxLength(500))
});
export type PlanSnapshot = z.infer<typeof PlanSnapshot>;

/**
 * [Note: plan versions] "Lagre planen til møtet" keeps the whole plan as it is, in `plan-versions`.
 * Versions are ordered by `rev`; `savedOn` is the device's date, only shown ("lagret 4. desember").
 */
export const PlanVersion = z.object({
	id: z.string().check(z.minLength(1)),
	profileId: z.string().check(z.minLength(1)),
	savedOn: DayString,
	/** Who saved it (the person, or a helper with role and name). */
	answeredBy: AnsweredBy,
	snapshot: PlanSnapshot,
	rev: z.number().check(z.int(), z.minimum(1))
});
export type PlanVersion = z.infer<typeof PlanVersion>;
