import { m } from '$lib/paraglide/messages';
import type { Journey } from '$lib/domain/journey/journey';
import { GOALS, NO_JOB, PLAN_PARTS, PLAN_PREFIX, isJobPart, type PlanPart } from './schema';
import { PLAN_PART_SYMBOL, goalLabel, noJobLabel, noJobSymbol, planPartHint, planPartTitle } from './labels';

/**
 * The parts of "Min plan" as a journey ([Note: journeys as data]). A job part is one choice from the
 * job catalogue, so its only card of its own is "no job"; the goal parts are goal cards. The next
 * steps and the saved versions are PlanState's own.
 */
export const PLAN_JOURNEY: Journey<PlanPart> = {
	id: 'plan',
	prefix: PLAN_PREFIX,
	parts: PLAN_PARTS.map((part) => ({
		id: part,
		title: (locale) => planPartTitle(part, locale),
		hint: (locale) => planPartHint(part, locale),
		symbol: PLAN_PART_SYMBOL[part],
		...(isJobPart(part)
			? { cards: [{ id: NO_JOB, symbol: noJobSymbol(part), label: (locale) => noJobLabel(part, locale) }], choice: 'one' as const, openCards: true }
			: { cards: GOALS.map((g) => ({ ...g, label: (locale) => goalLabel(g.id, locale) })), choice: 'many' as const }),
		ownWords: true,
		voice: true
	})),
	home: { href: '/plan', title: (locale) => m.plan_title({}, { locale }), symbol: 'doc_plan' },
	notFound: (locale) => m.plan_not_found({}, { locale }),
	said: {
		on: (card, locale) => m.me_card_on({ card }, { locale }),
		off: (card, locale) => m.me_card_off({ card }, { locale }),
		chosen: (job, locale) => m.plan_job_chosen({ job }, { locale }),
		saved: (locale) => m.me_saved({}, { locale })
	}
};
