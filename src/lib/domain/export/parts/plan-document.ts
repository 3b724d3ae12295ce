import { m } from '$lib/paraglide/messages';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { planFrom, sortSteps } from '$lib/domain/plan/plan-rules';
import { PLAN_PARTS, planKey } from '$lib/domain/plan/schema';
import { PLAN_PART_SYMBOL, ROLE_SYMBOL, planPartTitle, stepHelperText, stepIdeaSymbol, stepText } from '$lib/domain/plan/labels';
import { partCards, stepWhen } from '$lib/domain/plan/components/plan-view';

/**
 * "Min plan" in a document: each part's cards and words, then the steps. A step from a card is
 * written in the reader's language; words the person typed stay theirs ([Note: evidence model]).
 */
export function planSections(person: PersonEvidence, { locale, today }: SectionContext): DocSection[] {
	const plan = planFrom(person.answers);
	const groups: DocGroup[] = [];
	for (const part of PLAN_PARTS) {
		const a = plan[part];
		const lines = partCards(part, a.cards, person.jobs, locale).map((c) => docLine(c.label, { symbol: c.symbol, by: a.cardsBy, facts: [planKey(part)] }, locale));
		if (a.text.trim()) lines.push(docLine(a.text.trim(), { own: true, by: a.textBy, facts: [planKey(part, 'text')] }, locale));
		if (lines.length) groups.push(docGroup(lines, planPartTitle(part, locale), PLAN_PART_SYMBOL[part]));
	}
	const steps = sortSteps(person.steps).map((s) =>
		docLine(
			stepText(s, locale),
			{
				meta: `${stepWhen(s, locale, today)} ${stepHelperText(s.who, locale)}${s.done ? ` ${m.plan_step_done({}, { locale })}` : ''}`,
				symbol: s.done ? 'ui_done' : (stepIdeaSymbol(s) ?? ROLE_SYMBOL[s.who.role]),
				own: !s.idea,
				by: s.answeredBy,
				facts: [`plan-steps/${s.id}`]
			},
			locale
		)
	);
	if (steps.length) groups.push(docGroup(steps, m.export_plan_steps({}, { locale }), 'doc_goal'));
	return groups.length ? [{ part: 'plan', title: m.plan_title({}, { locale }), symbol: 'doc_plan', groups }] : [];
}
