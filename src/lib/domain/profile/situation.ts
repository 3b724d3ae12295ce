import type { SymbolId } from '$lib/symbols/registry';

/**
 * [Note: where the person is now] A pupil and an adult in sheltered work need different things from
 * the app: the school year and the transition meeting, or the yearly review and a way to change work.
 * The person says where they are now (at "Ny person" or in Om meg, changeable any time); Home, the year
 * and the wording follow. A person who has not said yet is shown what fits everyone.
 */
export const SITUATIONS = ['school', 'vta', 'day_centre', 'job', 'none'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Plain (no zod): Home reads it, and Home's code stays small. The stored field is checked in the profile's schema. */
export function isSituation(value: unknown): value is Situation {
	return (SITUATIONS as readonly unknown[]).includes(value);
}

/** The symbol beside each choice (message `situation_<id>`). */
export const SITUATION_SYMBOL: Record<Situation, SymbolId> = {
	school: 'doc_school',
	vta: 'job_factory',
	day_centre: 'info_day_centre',
	job: 'doc_work',
	none: 'chg_home'
};

/** Who the app speaks to: a pupil, an adult, or (not said yet) both. */
export type Audience = 'pupil' | 'adult' | 'unknown';

export function audienceOf(situation: Situation | undefined): Audience {
	if (!situation) return 'unknown';
	return situation === 'school' ? 'pupil' : 'adult';
}
