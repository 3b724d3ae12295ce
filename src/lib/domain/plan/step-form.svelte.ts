import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { PlanState } from './plan.svelte';
import { helperOfStep, stepFromWords } from './plan-rules';
import { stepText } from './labels';
import type { PlanStep, StepHelperRole, StepIdea } from './step-schema';

/** What "Lagre steget" ended in: stored, nothing written yet ("what" is empty), or not stored (a full device). */
export type StepSaveResult = 'saved' | 'missing' | 'failed';

/**
 * The form of /plan/step: what, who helps, by when. Only "what" is needed; nothing is stored until
 * "Lagre steget". A new step starts with whoever is helping now (asked once, on the home screen),
 * never "Meg" by default; changing a step starts from what it says now.
 */
export class StepForm {
	what = $state('');
	/** The card the words came from, while they are the card's words. */
	idea = $state<StepIdea | undefined>(undefined);
	role = $state<StepHelperRole>('me');
	name = $state('');
	due = $state('');
	error = $state('');
	busy = $state(false);
	/** The date, once it is a whole day: a browser without a date picker takes any words. */
	validDue = $derived(/^\d{4}-\d{2}-\d{2}$/.test(this.due) ? this.due : '');

	#filledFrom: string | null = null;

	constructor(helping: AnsweredBy) {
		const helper = helperOfStep(helping);
		this.role = helper.role;
		this.name = helper.name ?? '';
	}

	/** Starts from the step being changed, once, so typing is never overwritten. */
	fillFrom(step: PlanStep, locale: Locale): void {
		if (this.#filledFrom === step.id) return;
		this.#filledFrom = step.id;
		this.what = stepText(step, locale);
		this.idea = step.idea;
		this.role = step.who.role;
		this.name = step.who.name ?? '';
		this.due = step.due ?? '';
	}

	/** A card's words go in the box, as they are; the person can change them. */
	useIdea(id: StepIdea, label: string): void {
		this.what = label;
		this.idea = id;
		this.error = '';
		announce(label);
	}

	/** Stores a new step, or the changes to `editing`. */
	async save(plan: PlanState, editing: PlanStep | null, locale: Locale, by: AnsweredBy): Promise<StepSaveResult> {
		if (this.busy) return 'failed';
		if (!this.what.trim()) {
			this.error = m.plan_step_what_missing();
			return 'missing';
		}
		this.busy = true;
		try {
			const who = { role: this.role, ...(this.role !== 'me' && this.name.trim() ? { name: this.name.trim() } : {}) };
			// A card's words kept as they are are stored as the card (any language); changed words as typed.
			const says = stepFromWords(this.what, this.idea, locale);
			const stored = editing
				? await plan.editStep(editing.id, { ...says, who, due: this.validDue }, by)
				: await plan.addStep({ ...says, who, ...(this.validDue ? { due: this.validDue } : {}) }, by);
			if (!stored) return 'failed';
			announce(m.plan_step_saved());
			return 'saved';
		} finally {
			this.busy = false;
		}
	}
}
