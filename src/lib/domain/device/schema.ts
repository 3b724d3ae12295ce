import { z } from '$lib/storage/zod';

const Rev = z.number().check(z.int(), z.minimum(1));
const Hex = (bytes: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`)));

/** Wrong tries and when the last one was (epoch ms). See [Note: wrong tries wait]. */
const TryFields = {
	failures: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
	lastFailureAt: z.number().check(z.int(), z.minimum(0))
};

/** How many PBKDF2 rounds a stored adult code may name: fewer would be quick to guess, more would hang a tablet. */
export const ITERATIONS_MIN = 100_000;
export const ITERATIONS_MAX = 10_000_000;

const AdultCodeFields = {
	key: z.literal('adult-code'),
	/** 16 random bytes, new each time a code is set. */
	salt: Hex(16),
	/** PBKDF2-SHA-256 of the code, 32 bytes. The code itself is never stored. */
	hash: Hex(32),
	/** The rounds this hash was made with, so a later app can raise the count without locking anyone out. */
	iterations: z.number().check(z.int(), z.minimum(ITERATIONS_MIN), z.maximum(ITERATIONS_MAX)),
	rev: Rev
};

/**
 * The adult code of this device (a class tablet): 6 or more digits, or 5 pictures. It guards what
 * would undo a person's picture code or remove a person, and the content packs everyone sees.
 * Device-wide, never in a backup. See [Note: adult code].
 */
export const AdultCode = z.discriminatedUnion('kind', [
	z.object({ ...AdultCodeFields, kind: z.literal('digits'), length: z.number().check(z.int(), z.minimum(6), z.maximum(12)) }),
	z.object({ ...AdultCodeFields, kind: z.literal('pictures'), length: z.literal(5) })
]);
export type AdultCode = z.infer<typeof AdultCode>;

/** Wrong adult-code tries on this device. */
export const AdultCodeTries = z.object({ key: z.literal('adult-code-tries'), ...TryFields, rev: Rev });
export type AdultCodeTries = z.infer<typeof AdultCodeTries>;

/** Wrong picture-code tries of one person on this device (store `code-tries`). Never in a backup. */
export const CodeTries = z.object({ profileId: z.string().check(z.minLength(1), z.maxLength(64)), ...TryFields, rev: Rev });
export type CodeTries = z.infer<typeof CodeTries>;
