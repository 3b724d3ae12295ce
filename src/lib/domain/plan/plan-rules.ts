import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import type { AboutPartAnswers } from '$lib/domain/about/about-rules';
import type { PlanStepDate } from '$lib/domain/info/year';
import type { HelpKind } from '$lib/domain/trials/schema';
import { formatDate } from '$lib/i18n/dates';
import { HELP_KINDS } from '$lib/domain/trials/schema';
import { emptyAnswers, filledCount, foldAnswers, isFilled, type JourneyAnswers, type PartAnswers } from '$lib/domain/journey/journey-keys';
import { PLAN_JOURNEY } from './plan-journey';
import { PLAN_PARTS, type PartSnapshot, type PlanPart, type PlanSnapshot, type StepSnapshot, type SupportSnapshot } from './schema';
import type { PlanStep, StepHelperRole, StepIdea } from './step-schema';
import type { Locale } from '$lib/i18n/locale';
import { stepText } from './labels';

/** One part of "Min plan" as the person gave it: goal ids, or one job id / NO_JOB (job parts). */
export type PlanPartAnswers = PartAnswers;

export type PlanParts = JourneyAnswers<PlanPart>;

export function emptyPlan(): PlanParts {
	return emptyAnswers(PLAN_JOURNEY);
}

/** Groups a person's answers into the parts; other answers and unknown goal cards are left out. */
export function planFrom(answers: readonly Answer[]): PlanParts {
	return foldAnswers(PLAN_JOURNEY, answers);
}

/** A part counts as filled when it has a card, words or a recording. */
export function isPartFilled(part: Pick<PlanPartAnswers, 'cards' | 'text'> & { voiceId?: string | null; voice?: boolean }): boolean {
	return isFilled(part) || part.voice === true;
}

export function filledParts(plan: PlanParts): number {
	return filledCount(PLAN_JOURNEY, plan);
}

/** Help that worked in trials, each once, in the catalogue's order. */
export function trialHelp(needs: readonly (readonly HelpKind[])[]): HelpKind[] {
	const all = new Set(needs.flat());
	return HELP_KINDS.filter((h) => all.has(h));
}

/** The support part of the plan: Om meg's "Slik hjelper du meg best" and the help from trials. */
export function supportSnapshot(about: Pick<AboutPartAnswers, 'cards' | 'cardsBy' | 'text' | 'textBy'>, help: readonly HelpKind[]): SupportSnapshot {
	return { cards: [...about.cards], cardsBy: about.cardsBy, text: about.text, textBy: about.textBy, trialHelp: [...help] };
}

function partSnapshot(part: PlanPartAnswers): PartSnapshot {
	return { cards: [...part.cards], cardsBy: part.cardsBy, text: part.text.trim(), textBy: part.text.trim() ? part.textBy : null, voice: part.voiceId !== null };
}

function stepSnapshot(step: PlanStep): StepSnapshot {
	return {
		id: step.id,
		what: step.what,
		...(step.idea ? { idea: step.idea } : {}),
		who: step.who.name ? { role: step.who.role, name: step.who.name } : { role: step.who.role },
		...(step.due ? { due: step.due } : {}),
		done: step.done,
		source: step.source,
		answeredBy: step.answeredBy
	};
}

/** The whole plan as it is now: what "Lagre planen til møtet" keeps, and what the finished page shows. */
export function planSnapshot(plan: PlanParts, support: SupportSnapshot, steps: readonly PlanStep[]): PlanSnapshot {
	return {
		parts: {
			dream_job: partSnapshot(plan.dream_job),
			this_year: partSnapshot(plan.this_year),
			few_years: partSnapshot(plan.few_years),
			next_trial: partSnapshot(plan.next_trial)
		},
		support,
		steps: [...steps].sort((a, b) => a.createdRev - b.createdRev || a.seq - b.seq).map(stepSnapshot)
	};
}

/** JSON with the keys of every object sorted, so two equal plans give the same text. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/** True when two saved plans hold the same things, given by the same people. */
export function sameSnapshot(a: PlanSnapshot, b: PlanSnapshot): boolean {
	return canonical(a) === canonical(b);
}

/** True when nothing is in the plan yet: no part, no step, no support. */
export function isEmptySnapshot(s: PlanSnapshot): boolean {
	return PLAN_PARTS.every((p) => !isPartFilled(s.parts[p])) && s.steps.length === 0;
}

/**
 * The order "Neste steg" shows: steps to do first, the soonest date first and steps without a date
 * after them; then the steps that are done. Otherwise the order they were made in.
 */
export function sortSteps<T extends Pick<PlanStep, 'done' | 'due'> & { createdRev?: number; seq?: number }>(steps: readonly T[]): T[] {
	return steps
		.map((step, index) => ({ step, index }))
		.sort((a, b) => {
			if (a.step.done !== b.step.done) return a.step.done ? 1 : -1;
			if (!a.step.done) {
				if (a.step.due && b.step.due && a.step.due !== b.step.due) return a.step.due < b.step.due ? -1 : 1;
				if (!!a.step.due !== !!b.step.due) return a.step.due ? -1 : 1;
			}
			return a.index - b.index;
		})
		.map(({ step }) => step);
}

/** How many steps are done, of how many. */
export function stepCount(steps: readonly Pick<PlanStep, 'done'>[]): { done: number; total: number } {
	return { done: steps.filter((s) => s.done).length, total: steps.length };
}

/** "fredag 4. desember": a step's date with its weekday; the year only when it is not this year. */
export function dueText(day: string, locale: string, today: string): string {
	return formatDate(day, locale, day.slice(0, 4) !== today.slice(0, 4));
}

/** A step is late when it is not done and its date has passed. */
export function isLate(step: Pick<PlanStep, 'done' | 'due'>, today: string): boolean {
	return !step.done && !!step.due && step.due < today;
}

/** The person's dated steps that are still to do, for "Året mitt". */
export function planStepDates(steps: readonly Pick<PlanStep, 'id' | 'what' | 'idea' | 'due' | 'done'>[], locale?: Locale): PlanStepDate[] {
	return steps.flatMap((s) => (s.due && !s.done ? [{ id: s.id, title: stepText(s, locale), day: s.due, symbol: 'plan_steps' }] : []));
}

/**
 * What to store for the words in the step box: the card's id when the words are still the card's
 * (so the step is written in every reader's language), else the words as typed (the person's own).
 */
export function stepFromWords(what: string, idea: StepIdea | undefined, locale: Locale): { what: string; idea?: StepIdea } {
	if (idea && what.trim() === stepText({ what: '', idea }, locale)) return { what: '', idea };
	return { what: what.trim() };
}

/** Who helps with a new step: the helper helping now (with their name), or the person themself. */
export function helperOfStep(helping: AnsweredBy): { role: StepHelperRole; name?: string } {
	if (helping.kind !== 'helper') return { role: 'me' };
	return { role: helping.role, ...(helping.name ? { name: helping.name } : {}) };
}
