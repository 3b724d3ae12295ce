import { z } from '$lib/storage/zod';

/** Roles a helper can have. The person chooses one in "Hvem hjelper deg nå?". */
export const HELPER_ROLES = ['parent', 'teacher', 'job_coach', 'other'] as const;
export const HelperRole = z.enum(HELPER_ROLES);
export type HelperRole = z.infer<typeof HelperRole>;

/**
 * Who gave an answer: the person, or a helper with a role and an optional name.
 * Kept on every answer, so a helper's words always show as the helper's (docs/product.md, "The person's own voice is always visible").
 */
export const AnsweredBy = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('self') }),
	z.object({
		kind: z.literal('helper'),
		role: HelperRole,
		name: z.optional(z.string().check(z.maxLength(60)))
	})
]);
export type AnsweredBy = z.infer<typeof AnsweredBy>;

export const SELF: AnsweredBy = { kind: 'self' };

/** What an answer can hold: a choice, several choices, a number, free text, or nothing (skipped). */
export const AnswerValue = z.union([
	z.string().check(z.maxLength(20_000)),
	z.number(),
	z.boolean(),
	z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
	z.null()
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** One answer to one question, stored the moment it is given. `key` names the question. */
export const Answer = z.object({
	id: z.string().check(z.minLength(1)),
	profileId: z.string().check(z.minLength(1)),
	key: z.string().check(z.minLength(1), z.maxLength(200)),
	value: AnswerValue,
	answeredBy: AnsweredBy,
	rev: z.number().check(z.int(), z.minimum(1))
});
export type Answer = z.infer<typeof Answer>;
