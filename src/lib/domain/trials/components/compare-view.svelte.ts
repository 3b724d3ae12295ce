import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { TrialsState } from '../trials.svelte';
import { MAX_COMPARE, MIN_COMPARE, type Comparison } from '../compare';
import { SYMBOLS } from '../schema';
import { helpLabel, placeLabel, taskLabel, taskSymbol } from '../labels';

/** One line of "Likt i alle". */
export interface SameLine {
	key: string;
	symbol: SymbolId;
	text: string;
}

/**
 * What all the chosen trials have in common is often the answer the person is looking for ("I liked
 * sorting everywhere"), so it is said once, before the columns.
 */
export function sameLines(comparison: Comparison, locale: Locale): SameLine[] {
	const { same } = comparison;
	return [
		...same.liked.map((task) => ({ key: `l-${task}`, symbol: taskSymbol(task), text: `${m.trial_compare_liked()}: ${taskLabel(task, { ownTasks: [] }, locale)}` })),
		...same.disliked.map((task) => ({ key: `d-${task}`, symbol: taskSymbol(task), text: `${m.trial_compare_disliked()}: ${taskLabel(task, { ownTasks: [] }, locale)}` })),
		...same.place.map((tag) => ({ key: `p-${tag}`, symbol: SYMBOLS.place[tag] as SymbolId, text: `${m.trial_compare_place()}: ${placeLabel(tag)}` })),
		...same.help.map((help) => ({ key: `h-${help}`, symbol: SYMBOLS.help[help] as SymbolId, text: `${m.trial_compare_help()}: ${helpLabel(help)}` }))
	];
}

/** ?ids=a,b as the address gives it: at most three, none empty. */
export function idsFrom(value: string | null): string[] {
	return (value ?? '').split(',').filter(Boolean).slice(0, MAX_COMPARE);
}

/** Ticks a trial, or unticks it; a fourth is not taken (three side by side is the most that fits). */
export function togglePicked(picked: readonly string[], id: string): string[] {
	if (picked.includes(id)) return picked.filter((p) => p !== id);
	return picked.length < MAX_COMPARE ? [...picked, id] : [...picked];
}

/**
 * "Sammenlign" (/trials/compare): first the person ticks two or three trials, then (?ids=…) sees them
 * side by side, with what they have in common first.
 */
export class TrialCompareView {
	readonly #trials: () => TrialsState | null;
	readonly #ids: () => string[];
	readonly #locale: () => Locale;
	picked = $state<string[]>([]);

	/** The trials in the address that exist; empty while the person chooses. */
	shown = $derived.by(() => {
		const trials = this.#trials();
		return trials?.loaded ? this.#ids().filter((id) => trials.trial(id)) : [];
	});
	comparing = $derived(this.shown.length >= MIN_COMPARE);
	comparison = $derived.by(() => (this.comparing ? (this.#trials()?.compare(this.shown, this.#locale()) ?? null) : null));
	same = $derived.by(() => (this.comparison ? sameLines(this.comparison, this.#locale()) : []));
	/** "Vis" works with two or three ticked. */
	ready = $derived(this.picked.length >= MIN_COMPARE);
	/** Where "Vis" goes. */
	showHref = $derived(`/trials/compare?ids=${this.picked.map(encodeURIComponent).join(',')}`);

	constructor(trials: () => TrialsState | null, ids: () => string[], locale: () => Locale) {
		this.#trials = trials;
		this.#ids = ids;
		this.#locale = locale;
	}

	toggle(id: string): void {
		this.picked = togglePicked(this.picked, id);
	}

	/** A trial can be ticked while fewer than three are. */
	canPick(id: string): boolean {
		return this.picked.includes(id) || this.picked.length < MAX_COMPARE;
	}
}
