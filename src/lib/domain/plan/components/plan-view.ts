import { m } from '$lib/paraglide/messages';
import { text } from '$lib/domain/interests/catalogue';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { aboutCard } from '$lib/domain/about/schema';
import { cardLabel } from '$lib/domain/about/labels';
import { SYMBOLS } from '$lib/domain/trials/schema';
import { helpLabel } from '$lib/domain/trials/labels';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { dueText, isPartFilled } from '../plan-rules';
import { NO_JOB, goal, isJobPart, type PartSnapshot, type PlanPart, type StepSnapshot, type SupportSnapshot } from '../schema';
import { goalLabel, noJobLabel, planPartTitle, stepHelperText, stepText } from '../labels';

/** One card as a part shows it: a symbol and its words. */
export interface ShownCard {
	id: string;
	symbol: SymbolId;
	label: string;
}

/** The cards of a part in words and symbols; a job that is no longer in the catalogue is left out. */
export function partCards(part: PlanPart, cards: readonly string[], jobs: readonly Job[], locale: Locale): ShownCard[] {
	return cards.flatMap((id): ShownCard[] => {
		if (isJobPart(part)) {
			if (id === NO_JOB) return [{ id, symbol: part === 'next_trial' ? 'ui_close' : 'feel_maybe', label: noJobLabel(part, locale) }];
			const job = jobs.find((j) => j.id === id);
			return job ? [{ id, symbol: job.symbol as SymbolId, label: text(job.title, locale) }] : [];
		}
		const g = goal(id);
		return g ? [{ id, symbol: g.symbol, label: goalLabel(id, locale) }] : [];
	});
}

/** What "Les opp" says for one part: the title, each card and the words. */
export function partSpoken(part: PlanPart, answers: PartSnapshot, jobs: readonly Job[], locale: Locale): string {
	if (!isPartFilled(answers)) return `${planPartTitle(part, locale)}. ${m.me_empty_part({}, { locale })}`;
	return [planPartTitle(part, locale), ...partCards(part, answers.cards, jobs, locale).map((c) => c.label), answers.text].filter(Boolean).join('. ');
}

export function supportCards(support: SupportSnapshot, locale: Locale): ShownCard[] {
	return support.cards.flatMap((id) => {
		const card = aboutCard('support', id);
		return card ? [{ id, symbol: card.symbol, label: cardLabel('support', id, locale) }] : [];
	});
}

export function trialHelpCards(support: SupportSnapshot, locale: Locale): ShownCard[] {
	return support.trialHelp.map((h) => ({ id: h, symbol: SYMBOLS.help[h] as SymbolId, label: helpLabel(h, locale) }));
}

export function supportSpoken(support: SupportSnapshot, locale: Locale): string {
	const cards = supportCards(support, locale).map((c) => c.label);
	const help = trialHelpCards(support, locale).map((c) => c.label);
	return [
		planPartTitle('support', locale),
		...cards,
		support.text,
		...(help.length ? [m.plan_support_trials({}, { locale }).replace(/:$/, ''), ...help] : [])
	]
		.filter(Boolean)
		.join('. ');
}

/** "Innen fredag 4. desember" or "Ingen dato ennå". */
export function stepWhen(step: Pick<StepSnapshot, 'due'>, locale: Locale, today: string): string {
	return step.due ? m.plan_step_by({ day: dueText(step.due, locale, today) }, { locale }) : m.plan_step_no_date({}, { locale });
}

export function stepSpoken(step: StepSnapshot, locale: Locale, today: string): string {
	return [stepText(step, locale), stepWhen(step, locale, today), stepHelperText(step.who, locale), step.done ? m.plan_step_done({}, { locale }) : ''].filter(Boolean).join('. ');
}
