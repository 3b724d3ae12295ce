import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { ActivePerson } from '$lib/domain/profile/active-person.svelte';
import { changeFor } from '$lib/domain/change/change.svelte';
import { changeRequest, isPartFilled, type RequestLine } from '$lib/domain/change/change-rules';
import type { ChangePart } from '$lib/domain/change/schema';
import { CHANGE_PART_SYMBOL, changePartTitle } from '$lib/domain/change/labels';
import { trialsFor } from '$lib/domain/trials/trials.svelte';

const ORDER = ['now', 'want', 'why', 'tried', 'help'] as const;

/** One part of the request as the page shows it. */
export interface RequestPart {
	part: ChangePart | 'tried';
	title: string;
	symbol: SymbolId;
	lines: RequestLine[];
	/** What "Les opp" says: the title and every line with its dates. */
	spoken: string;
	filled: boolean;
	/** A spoken answer is kept for this part. */
	voice: boolean;
}

/**
 * "Jeg vil prøve noe annet" as one page for the meeting with NAV and the municipality. What the
 * person has tried comes from their trials and is never asked again.
 */
export class ChangeView {
	readonly #person: ActivePerson;
	readonly #locale: () => Locale;
	readonly #change = $derived.by(() => this.#person.of(changeFor));
	readonly #trials = $derived.by(() => this.#person.of(trialsFor));

	/** The request, once the person's answers and trials are read. */
	readonly request = $derived.by(() => {
		const change = this.#change;
		const trials = this.#trials;
		const profile = this.#person.profile;
		if (!change?.loaded || !trials?.loaded || !profile) return null;
		const list = trials.trials.map((trial) => ({ trial, answers: trials.answers[trial.id] }));
		return changeRequest(change.page, profile.name, list, trials.allJobs, this.#locale(), { ...change.known, situation: profile.situation });
	});

	readonly parts = $derived.by((): RequestPart[] => {
		const request = this.request;
		const page = this.#change?.page;
		if (!request || !page) return [];
		return ORDER.map((part) => {
			const title = changePartTitle(part);
			const lines = request.sections[part];
			const spoken = lines.length === 0 ? `${title}. ${m.change_empty_part()}` : [title, ...lines.map((l) => [l.text, l.meta].filter(Boolean).join('. '))].join('. ');
			return {
				part,
				title,
				symbol: CHANGE_PART_SYMBOL[part],
				lines,
				spoken,
				filled: part !== 'tried' && isPartFilled(page, part),
				voice: part !== 'tried' && !!request.voice[part]
			};
		});
	});

	constructor(person: ActivePerson, locale: () => Locale) {
		this.#person = person;
		this.#locale = locale;
	}
}
