import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import type { PlanPart } from './plan-draft';

/** Each plan screen's question (its heading) and symbol; the trial page uses the same words for "Endre". */
export const PLAN_PART_VIEW: Record<PlanPart, { title: () => string; symbol: SymbolId }> = {
	kind: { title: () => m.trial_plan_kind(), symbol: 'trial_jobbsmak' },
	job: { title: () => m.trial_plan_job(), symbol: 'doc_work' },
	workplace: { title: () => m.trial_plan_workplace(), symbol: 'topic_place' as SymbolId },
	days: { title: () => m.trial_plan_days(), symbol: 'doc_calendar' },
	time: { title: () => m.trial_plan_time(), symbol: 'sup_clock' },
	transport: { title: () => m.trial_plan_transport(), symbol: 'sup_bus' },
	contact: { title: () => m.trial_plan_contact(), symbol: 'doc_phone' },
	will_do: { title: () => m.trial_plan_will_do(), symbol: 'sup_checklist' },
	find_out: { title: () => m.trial_plan_find_out(), symbol: 'ui_help' }
};
