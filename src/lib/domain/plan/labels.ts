import { m } from '$lib/paraglide/messages';
import { helperName } from '$lib/domain/answers/helper-label';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { PlanPart } from './schema';
import type { StepHelper, StepHelperRole, StepIdea } from './step-schema';
import { text } from '$lib/domain/interests/catalogue';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { jobChoices } from '$lib/domain/trials/trial-rules';

type Opt = { locale?: Locale };
type Message = (inputs: Record<string, never>, options: Opt) => string;
const o = (locale?: Locale): Opt => (locale ? { locale } : {});

/** "Drømmejobben min", "Dette vil jeg i år" … */
export function planPartTitle(part: PlanPart | 'support', locale?: Locale): string {
	return {
		dream_job: m.plan_part_dream_job,
		this_year: m.plan_part_this_year,
		few_years: m.plan_part_few_years,
		next_trial: m.plan_part_next_trial,
		support: m.plan_part_support
	}[part]({}, o(locale));
}

export const PLAN_PART_SYMBOL: Record<PlanPart | 'support', SymbolId> = {
	dream_job: 'doc_star',
	this_year: 'doc_goal',
	few_years: 'doc_calendar',
	next_trial: 'trial_jobbsmak',
	support: 'sup_help'
};

/** What the part screen asks the person to do. */
export function planPartHint(part: PlanPart, locale?: Locale): string {
	return { dream_job: m.plan_hint_dream_job, this_year: m.plan_hint_goals, few_years: m.plan_hint_goals, next_trial: m.plan_hint_next_trial }[part]({}, o(locale));
}

/** The job parts' "no job" card. */
export function noJobLabel(part: PlanPart, locale?: Locale): string {
	return (part === 'next_trial' ? m.plan_no_next_trial : m.plan_no_dream_job)({}, o(locale));
}

/** A job part's choices: the jobs the person starred first, then all the others, in `locale`. */
export function jobItems(starredIds: readonly string[], jobs: readonly Job[], locale: Locale): Record<'starred' | 'others', { id: string; label: string; symbol: SymbolId }[]> {
	const item = (job: Job) => ({ id: job.id, label: text(job.title, locale), symbol: job.symbol as SymbolId });
	const { starred, others } = jobChoices(starredIds, jobs);
	return { starred: starred.map(item), others: others.map(item) };
}

/** "Ingen jobbsmak nå" is a no; "Jeg vet ikke ennå" (dream job) is a maybe. */
export function noJobSymbol(part: PlanPart): SymbolId {
	return part === 'next_trial' ? 'ui_close' : 'feel_maybe';
}

// Spelled out (not looked up by a built key) so the build keeps only the messages this page uses.
const GOAL_LABELS: Record<string, Message> = {
	get_job: m.plan_goal_get_job,
	try_trial: m.plan_goal_try_trial,
	finish_school: m.plan_goal_finish_school,
	travel_alone: m.plan_goal_travel_alone,
	learn_more: m.plan_goal_learn_more,
	folk_high_school: m.plan_goal_folk_high_school,
	apprentice: m.plan_goal_apprentice,
	ordinary_workplace: m.plan_goal_ordinary_workplace,
	own_money: m.plan_goal_own_money,
	new_tasks: m.plan_goal_new_tasks,
	more_hours: m.plan_goal_more_hours,
	work_friends: m.plan_goal_work_friends
};

export function goalLabel(id: string, locale?: Locale): string {
	return GOAL_LABELS[id]?.({}, o(locale)) ?? id;
}

const ROLE_LABELS: Record<StepHelperRole, Message> = {
	me: m.plan_who_me,
	parent: m.plan_who_parent,
	teacher: m.plan_who_teacher,
	job_coach: m.plan_who_job_coach,
	nav: m.plan_who_nav,
	coordinator: m.plan_who_coordinator,
	other: m.plan_who_other
};

export const ROLE_SYMBOL: Record<StepHelperRole, SymbolId> = {
	me: 'doc_me',
	parent: 'doc_parent',
	teacher: 'doc_teacher',
	job_coach: 'sup_job_coach',
	nav: 'info_nav',
	coordinator: 'info_transition',
	other: 'helper_other'
};

export function stepRoleLabel(role: StepHelperRole, locale?: Locale): string {
	return ROLE_LABELS[role]({}, o(locale));
}

/** "Lærer Kari hjelper." / "NAV hjelper." / "Jeg gjør det selv.": who helps with a step. */
export function stepHelperText(who: StepHelper, locale?: Locale): string {
	if (who.role === 'me') return m.plan_step_self({}, o(locale));
	const role = stepRoleLabel(who.role, locale);
	const helper = who.name ? m.plan_step_helper_named({ role, name: who.name }, o(locale)) : role;
	return m.plan_step_helper({ helper }, o(locale));
}

/** "Lagret av meg" or "Lagret med hjelp av Kari, lærer". */
export function savedByText(by: AnsweredBy): string {
	return by.kind === 'self' ? m.plan_saved_by_self() : m.plan_saved_by_helper({ helper: helperName(by) });
}

/** Common steps, a symbol and words the person can take as they are or change. */
export const STEP_IDEAS: readonly { id: StepIdea; symbol: SymbolId; label: (locale?: Locale) => string }[] = [
	{ id: 'apply_trial', symbol: 'trial_jobbsmak', label: (l) => m.plan_idea_apply_trial({}, o(l)) },
	{ id: 'practise_bus', symbol: 'sup_bus', label: (l) => m.plan_idea_practise_bus({}, o(l)) },
	{ id: 'call_nav', symbol: 'info_nav', label: (l) => m.plan_idea_call_nav({}, o(l)) },
	{ id: 'visit_work', symbol: 'doc_work', label: (l) => m.plan_idea_visit_work({}, o(l)) },
	{ id: 'make_cv', symbol: 'doc_cv', label: (l) => m.plan_idea_make_cv({}, o(l)) },
	{ id: 'apply_school', symbol: 'info_folk_high_school', label: (l) => m.plan_idea_apply_school({}, o(l)) }
];

/**
 * What a step says, in `locale`: a card's words in that language when the step was taken from a card,
 * else the words as they were typed ([Note: evidence model]).
 */
export function stepText(step: { what: string; idea?: StepIdea | undefined }, locale?: Locale): string {
	const idea = step.idea ? STEP_IDEAS.find((i) => i.id === step.idea) : undefined;
	return idea ? idea.label(locale) : step.what;
}

/** The symbol of a step taken from a card, when it was. */
export function stepIdeaSymbol(step: { idea?: StepIdea | undefined }): SymbolId | undefined {
	return step.idea ? STEP_IDEAS.find((i) => i.id === step.idea)?.symbol : undefined;
}
