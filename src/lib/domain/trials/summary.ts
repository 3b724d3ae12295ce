import type { Locale } from '$lib/i18n/locale';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { givenBy } from '$lib/domain/answers/facts';
import type { Sentence } from '$lib/domain/answers/sentence';
import { trialEvidence } from './trial-evidence';
import type { Trial } from './schema';
import type { TrialAnswers } from './trial-rules';
import { trialSentences } from './trial-sentences';

export interface SummaryInput {
	trial: Trial;
	answers: TrialAnswers | undefined;
	/** The catalogue and local jobs, to name a catalogue job. */
	jobs: readonly Job[];
	locale: Locale;
	/** Today on the device (YYYY-MM-DD): which planned days are still ahead. */
	today: string;
}

export interface Summary {
	/** What to show: the person's own words when they wrote the summary, otherwise the app's sentences. */
	sentences: Sentence[];
	/** The same as one text (to read aloud, and to start an edit from). */
	text: string;
	/** True when `text` is the person's own edit (stored as the answer `after/summary`). */
	edited: boolean;
	/** What the app would write now, for "Lag teksten på nytt". */
	generated: string;
	/** The person has told about at least one day, or about the trial afterwards: there is something to sum up. */
	told: boolean;
}

/** The app's summary of a trial as one text, from its sentences (see trial-sentences.ts). */
export function buildSummary(input: SummaryInput): string {
	return summaryFor(input).generated;
}

/**
 * The summary to show: the app's sentences, one idea each with its symbol, written as the person from
 * the trial's facts ([Note: evidence model]). The person's edit always wins; the app never overwrites
 * their words.
 */
export function summaryFor({ trial, answers, jobs, locale, today }: SummaryInput): Summary {
	const evidence = trialEvidence(trial, answers, today);
	const sentences = trialSentences(evidence, jobs, locale);
	const generated = sentences.map((s) => s.text).join(' ');
	const own = evidence.summaryWords;
	const told = evidence.dayCount.value.done > 0 || !!evidence.workHere || !!evidence.canDo || !!own;
	if (own) return { sentences: [{ text: own.value.text, facts: [own.id], own: true, by: givenBy(own) }], text: own.value.text, edited: true, generated, told };
	return { sentences, text: generated, edited: false, generated, told };
}
