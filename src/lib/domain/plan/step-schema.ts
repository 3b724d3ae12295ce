import { z } from '$lib/storage/zod';
import { AnsweredBy } from '$lib/domain/answers/schema';

/**
 * [Note: plan steps] "Neste steg" of Min plan: what to do, who helps, by when, and whether it is done.
 * A step is written in the plan, or comes from what a meeting agreed ("Etter møtet") — then it keeps
 * the meeting's id so the person can see where it came from. One record per step in `plan-steps`.
 */
export const STEP_HELPERS = ['me', 'parent', 'teacher', 'job_coach', 'nav', 'coordinator', 'other'] as const;
export const StepHelperRole = z.enum(STEP_HELPERS);
export type StepHelperRole = z.infer<typeof StepHelperRole>;

export const StepHelper = z.object({
	role: StepHelperRole,
	/** "Kari", "NAV Asker": optional, the person's own words. */
	name: z.optional(z.string().check(z.maxLength(60)))
});
export type StepHelper = z.infer<typeof StepHelper>;

/** A date as the person chose it on the calendar (no clock time, no time zone). */
export const DayString = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const StepSource = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('plan') }),
	z.object({ kind: z.literal('meeting'), meetingId: z.string().check(z.minLength(1)) })
]);
export type StepSource = z.infer<typeof StepSource>;

/**
 * Common steps offered as cards ("Ringe NAV"). A step taken from a card is stored as the card's id and
 * written in each reader's language; words the person typed or changed are stored as typed.
 */
export const STEP_IDEA_IDS = ['apply_trial', 'practise_bus', 'call_nav', 'visit_work', 'make_cv', 'apply_school'] as const;
export const StepIdea = z.enum(STEP_IDEA_IDS);
export type StepIdea = z.infer<typeof StepIdea>;

/** A step says what to do: a card (`idea`) or the person's own words (`what`), at least one of them. */
const saysWhat = z.refine<{ what: string; idea?: StepIdea | undefined }>((step) => step.what.trim() !== '' || step.idea !== undefined, 'a step says what to do');

/** What a step says and who wrote it: a step on the plan, and the same step in a saved plan (StepSnapshot). */
export const StepWords = z.object({
	id: z.string().check(z.minLength(1)),
	/** What to do, in the person's (or helper's) words: "Søke om jobbsmak på Meny". Empty when a card says it. */
	what: z.string().check(z.maxLength(200)),
	/** The card the step was taken from, when its words were not changed. */
	idea: z.optional(StepIdea),
	/** Who helps: the person themself or a helper role, with an optional name. */
	who: StepHelper,
	/** By when (YYYY-MM-DD), shown with its weekday. Optional: some steps have no date yet. */
	due: z.optional(DayString),
	done: z.boolean(),
	source: StepSource,
	/** Who wrote the step (the person, or a helper with role and name). */
	answeredBy: AnsweredBy
});

/** A saved plan keeps each step as it was, without its place in the person's records. */
export const StepSnapshot = StepWords.check(saysWhat);
export type StepSnapshot = z.infer<typeof StepSnapshot>;

// Spread, not z.extend: zod's code rides with the start screen's (the start reads people with it), so
// every zod function the app calls is on a phone's first visit, and z.extend is one more.
export const PlanStep = z
	.object({
		...StepWords.shape,
		profileId: z.string().check(z.minLength(1)),
		/** Revision when the step was made: orders the list, never the clock. */
		createdRev: z.number().check(z.int(), z.minimum(1)),
		/** Place among the steps made in the same write (a meeting's agreement adds several at once). */
		seq: z.number().check(z.int(), z.minimum(0)),
		rev: z.number().check(z.int(), z.minimum(1))
	})
	.check(saysWhat);
export type PlanStep = z.infer<typeof PlanStep>;

/** What a screen (or a meeting's agreement) gives to make a step: own words, or a card's id. */
export interface NewPlanStep {
	what: string;
	idea?: StepIdea;
	who: StepHelper;
	due?: string;
	source?: StepSource;
}
