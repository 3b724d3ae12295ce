import { z } from '../../storage/zod';

/** A text in every app language. Catalogue data carries its own translations: the catalogue is data, not code. */
export const Text3 = z.object({
	nb: z.string().check(z.minLength(1), z.maxLength(400)),
	nn: z.string().check(z.minLength(1), z.maxLength(400)),
	en: z.string().check(z.minLength(1), z.maxLength(400))
});
export type Text3 = z.infer<typeof Text3>;

export const ROUNDS = ['area', 'task', 'condition'] as const;
export const Round = z.enum(ROUNDS);
export type Round = z.infer<typeof Round>;

const Id = z.string().check(z.regex(/^[a-z0-9_]+$/), z.maxLength(60));

/**
 * One sorting card: a job area, a task or a way of working. `reason` is how the card is named inside
 * a sentence: "Fordi du liker: {reason}, …" / "Men: du liker ikke {reason}".
 */
export const Card = z.object({
	id: Id,
	round: Round,
	symbol: Id,
	label: Text3,
	reason: Text3
});
export type Card = z.infer<typeof Card>;

/** Where such jobs are: an ordinary workplace (also VTO, HELT MED), a VTA company, or both. */
export const WHERE = ['ordinary', 'vta', 'both'] as const;

/**
 * The usual way into such a job (docs/for-kommuner.md, "Jobbfil"): an ordinary job with support
 * (HELT MED, VTO, a job specialist), a VTA company, or as a lærekandidat in a trade. The ids are
 * the info pages' option ids, so the job page names the way with the same words as "Hva finnes etter skolen?".
 */
export const WAYS_IN = ['supported_job', 'vta', 'laerekandidat'] as const;
export type WayIn = (typeof WAYS_IN)[number];

/** One real job that people with intellectual disability hold in Norway (docs/product.md, "Where the content comes from"). */
export const Job = z.object({
	id: Id,
	symbol: Id,
	title: Text3,
	/** One easy-read line: "Du lager mat, fyller på og tørker bord." */
	tasks: Text3,
	/** 2–4 short easy-read sentences about the job and the place. */
	description: Text3,
	where: z.enum(WHERE),
	/** Card ids (round 'area') this job belongs to. */
	areas: z.array(Id).check(z.minLength(1)),
	/** Card ids (round 'task') the job involves. */
	taskTags: z.array(Id).check(z.minLength(1)),
	/** Card ids (round 'condition') that describe the job: inside, noisy, standing … */
	conditions: z.array(Id).check(z.minLength(1)),
	/** Optional: how people usually get this job. Left out where it varies too much to say. */
	wayIn: z.optional(z.enum(WAYS_IN)),
	/** Added by a teacher or municipality through an import, not shipped with the app. */
	local: z.optional(z.boolean())
});
export type Job = z.infer<typeof Job>;

export const Cards = z.array(Card).check(z.minLength(1));
export const Jobs = z.array(Job).check(z.minLength(1));
