import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { jobTitle, kindLabel, stepLabel, transportLabel } from '../labels';
import type { Phase, Trial } from '../schema';
import { dayLabel, daysRange, timeLabel, type TrialProgress } from '../trial-rules';
import type { PlanPart } from './plan-draft';

/** Where a step is answered: the reflection screens, one question at a time. */
export function answerHref(trialId: string, phase: Phase): string {
	const base = `/trials/answer?id=${encodeURIComponent(trialId)}&phase=${phase.kind}`;
	return phase.kind === 'day' ? `${base}&day=${phase.day}` : base;
}

export function trialHref(trialId: string): string {
	return `/trials/trial?id=${encodeURIComponent(trialId)}`;
}

/** "Før", "Dag 2", "Etterpå": a step's short name, as on the step progress. */
export function phaseName(trial: Pick<Trial, 'days'>, phase: Phase, locale?: Locale): string {
	if (phase.kind !== 'day') return stepLabel(phase.kind, locale);
	return stepLabel(trial.days.indexOf(phase.day) + 1, locale);
}

/** A trial's name in lists and messages: the job, or the kind when no job was chosen. */
export function trialName(trial: Trial, jobs: readonly Job[], locale: Locale): string {
	return jobTitle(trial, jobs, locale) ?? kindLabel(trial.kind, locale);
}

/** "mandag 3. mars" for one day; "mandag 3. mars til onsdag 5. mars" for more. */
export function trialDates(trial: Pick<Trial, 'days'>, locale: Locale): string {
	const first = trial.days[0];
	const last = trial.days.at(-1);
	if (!first || !last) return '';
	return daysRange(first, last, locale);
}

/** One step on a trial's page: before, each day, after; done when its questions are answered. */
export interface TrialStep {
	phase: Phase;
	label: string;
	done: boolean;
}

/** "Før", "Dag 1: mandag 2. mars" …, "Etterpå", in order, each with whether it is done. */
export function trialSteps(trial: Pick<Trial, 'days'>, progress: TrialProgress, locale: Locale): TrialStep[] {
	return [
		{ phase: { kind: 'before' }, label: stepLabel('before'), done: progress.before.done },
		...trial.days.map((day, i): TrialStep => ({
			phase: { kind: 'day', day },
			label: m.trial_day_heading({ number: i + 1, date: dayLabel(day, locale) }),
			done: progress.days[i]?.done ?? false
		})),
		{ phase: { kind: 'after' }, label: stepLabel('after'), done: progress.after.done }
	];
}

/** A step's symbol: done, a day in the calendar, or how it felt before and after. */
export function stepSymbol(step: TrialStep): SymbolId {
	if (step.done) return 'ui_done';
	return step.phase.kind === 'day' ? 'doc_calendar' : step.phase.kind === 'before' ? 'feel_maybe' : 'feel_proud';
}

/** Where a helper's note for a step is kept: "before", "day/2026-03-02", "after". */
export function noteKey(phase: Phase): string {
	return phase.kind === 'day' ? `day/${phase.day}` : phase.kind;
}

/** What one part of the plan says now, or null when it was skipped. */
export function planPartValue(trial: Trial, part: PlanPart, jobName: string | null, locale: Locale): string | null {
	switch (part) {
		case 'kind':
			return kindLabel(trial.kind);
		case 'job':
			return jobName;
		case 'workplace':
			return trial.workplace ?? null;
		case 'days':
			return trial.days.map((d) => dayLabel(d, locale)).join(', ');
		case 'time':
			return trial.startTime ? timeLabel(trial.startTime, locale) : null;
		case 'transport':
			return trial.transport ? transportLabel(trial.transport) : null;
		case 'contact':
			return trial.contact ? [trial.contact.name, trial.contact.phone].filter(Boolean).join(', ') : null;
		case 'will_do':
			return trial.willDo ?? null;
		case 'find_out':
			return trial.findOut ?? null;
	}
}
