import type { Locale } from '$lib/i18n/locale';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { jobTitle, kindLabel, stepLabel } from '../labels';
import type { Phase, Trial } from '../schema';
import { daysRange } from '../trial-rules';

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
