import { m } from '$lib/paraglide/messages';
import { localToday } from '$lib/i18n/dates';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { saveFile } from '$lib/files/save-file';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { TrialsState } from '../trials.svelte';
import { icsFileName } from '../trial-calendar';
import type { PlanPart } from './plan-draft';
import { planPartValue, trialName, trialSteps, type TrialStep } from './trial-view';

/**
 * One trial's page (/trials/trial?id=…): its steps, the summary the app made from the answers (which
 * the person may rewrite in their own words) and the plan, each part with "Endre".
 */
export class TrialOverview {
	readonly #trials: () => TrialsState | null;
	readonly #locale: () => Locale;
	/** From the address; read in the browser, as the page is prerendered. */
	id = $state<string | null>(null);
	/** "Endre oppsummeringen" is open, with the words being written. */
	editingSummary = $state(false);
	summaryText = $state('');

	trial = $derived.by(() => {
		const trials = this.#trials();
		return this.id && trials ? trials.trial(this.id) : undefined;
	});
	answers = $derived.by(() => (this.trial ? this.#trials()?.answersOf(this.trial.id) : undefined));
	progress = $derived.by(() => (this.trial ? (this.#trials()?.progress(this.trial.id) ?? null) : null));
	summary = $derived.by(() => (this.trial ? (this.#trials()?.summary(this.trial.id, this.#locale(), localToday()) ?? null) : null));
	jobName = $derived.by(() => (this.trial ? (this.#trials()?.jobTitle(this.trial.id, this.#locale()) ?? null) : null));
	steps = $derived.by<TrialStep[]>(() => (this.trial && this.progress ? trialSteps(this.trial, this.progress, this.#locale()) : []));
	/** The summary is shown once a step is done, or when the person wrote it themselves. */
	showSummary = $derived(!!this.summary && !!this.progress && (this.progress.doneSteps > 0 || this.summary.told));

	constructor(trials: () => TrialsState | null, locale: () => Locale) {
		this.#trials = trials;
		this.#locale = locale;
	}

	start(href: string): void {
		this.id = new URL(href).searchParams.get('id');
	}

	/** The page's heading: the job, or the kind when no job was chosen. */
	title(): string {
		const trials = this.#trials();
		return this.trial ? trialName(this.trial, trials?.allJobs ?? [], this.#locale()) : m.trials_title();
	}

	symbol(): SymbolId {
		const trial = this.trial;
		return (trial ? this.#trials()?.list.find((i) => i.trial.id === trial.id)?.symbol : 'trial_jobbsmak') as SymbolId;
	}

	partValue(part: PlanPart): string | null {
		return this.trial ? planPartValue(this.trial, part, this.jobName, this.#locale()) : null;
	}

	/** On a phone the share sheet offers the calendar app directly; elsewhere the file is downloaded. */
	async addToCalendar(): Promise<void> {
		const trials = this.#trials();
		if (!this.trial || !trials) return;
		const ics = trials.calendar(this.trial.id, this.#locale(), new Date());
		if (!ics) return;
		const name = icsFileName(this.trial, this.#locale());
		if (await saveFile(new File([ics], name, { type: 'text/calendar' }))) announce(m.trial_plan_calendar_done());
	}

	editSummary(): void {
		this.summaryText = this.summary?.text ?? '';
		this.editingSummary = true;
	}

	/** "Lag på nytt": back to what the app made from the answers. */
	remakeSummary(): void {
		this.summaryText = this.summary?.generated ?? '';
	}

	async saveSummary(by: AnsweredBy): Promise<void> {
		const trials = this.#trials();
		if (!this.trial || !trials) return;
		// The edit is the person's own words: stored as the answer after/summary (see summary.ts).
		const saved = await trials.answer({ trialId: this.trial.id, phase: { kind: 'after' }, question: 'summary' }, this.summaryText.trim(), by);
		if (saved) {
			this.editingSummary = false;
			announce(m.trials_summary_saved());
		}
	}
}
