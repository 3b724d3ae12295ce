import { m } from '$lib/paraglide/messages';
import type { AnsweredBy, HelperRole } from './schema';

export function roleLabel(role: HelperRole): string {
	return { parent: m.helper_parent, teacher: m.helper_teacher, job_coach: m.helper_job_coach, other: m.helper_other }[role]();
}

/** "Kari, lærer" or "Lærer": how a helper is named next to an answer. */
export function helperName(by: Extract<AnsweredBy, { kind: 'helper' }>): string {
	const role = roleLabel(by.role);
	return by.name ? m.helper_named({ name: by.name, role: role.toLocaleLowerCase() }) : role;
}

/** "Svart av meg" or "Svart med hjelp av Kari, lærer". */
export function answeredByText(by: AnsweredBy): string {
	return by.kind === 'self' ? m.answered_by_self() : m.answered_by_helper({ helper: helperName(by) });
}

/** The one helper who gave a part's answers, if a helper did (words count first), else null. */
export function helperOf(part: { cardsBy: AnsweredBy | null; textBy: AnsweredBy | null }): Extract<AnsweredBy, { kind: 'helper' }> | null {
	if (part.textBy?.kind === 'helper') return part.textBy;
	if (part.cardsBy?.kind === 'helper') return part.cardsBy;
	return null;
}

/** "Svart med hjelp av Kari, lærer" under a part a helper filled in; null when the person did it alone. */
export function helpedByText(part: { cardsBy: AnsweredBy | null; textBy: AnsweredBy | null } | null | undefined): string | null {
	const helper = part ? helperOf(part) : null;
	return helper ? answeredByText(helper) : null;
}

/** "Planlagt av meg" or "Planlagt med hjelp av Kari, lærer": a plan is made, not answered. */
export function plannedByText(by: AnsweredBy): string {
	return by.kind === 'self' ? m.planned_by_self() : m.planned_by_helper({ helper: helperName(by) });
}
