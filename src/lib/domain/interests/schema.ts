import { z } from '$lib/storage/zod';

/** The three answers on a card (Talking Mats style), or skipped. */
export const LIKES = ['like', 'unsure', 'dislike'] as const;
export const Like = z.enum(LIKES);
export type Like = z.infer<typeof Like>;

/**
 * One exploration ("Hva vil jeg jobbe med?"), kept with its date so the next one can show "Før og nå".
 * The answers themselves are stored one per card in the `answers` store ([Note: autosave]), under
 * the key `interests/<explorationId>/<cardId>`.
 */
export const Exploration = z.object({
	id: z.string().check(z.minLength(1)),
	profileId: z.string().check(z.minLength(1)),
	/** 1 for the first exploration, 2 for the next … */
	number: z.number().check(z.int(), z.minimum(1)),
	/** The day it was started, as the device saw it (YYYY-MM-DD). Shown only; never used for order. */
	startedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
	startedRev: z.number().check(z.int(), z.minimum(1)),
	/** Set when the person saw their results. */
	finishedRev: z.optional(z.number().check(z.int(), z.minimum(1))),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type Exploration = z.infer<typeof Exploration>;

export const answerKey = (explorationId: string, cardId: string) => `interests/${explorationId}/${cardId}`;
export const starKey = (jobId: string) => `interests/star/${jobId}`;
/** The person's own photo for a card (value: the media id, or null when they went back to the symbol). */
export const cardPhotoKey = (cardId: string) => `interests/photo/${cardId}`;
export const INTERESTS_PREFIX = 'interests/';
