import { m } from '$lib/paraglide/messages';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { TrialsState } from '../trials.svelte';
import { PLAN_PARTS, draftFromTrial, draftToInput, emptyDraft, isPlanPart, partChange, readDraft, type PlanDraft, type PlanPart } from './plan-draft';
import { trialHref } from './trial-view';

/** How the wizard moves through the tab's history; the page gives SvelteKit's (tests give their own). */
export interface WizardNav {
	/** The screen this history entry holds, if any: the browser's back and forward move between screens. */
	step(): number | undefined;
	/** Opens the next screen as a new history entry. */
	push(step: number): void;
	/** Leaves the wizard for another page, in place of this entry. */
	leave(href: string): Promise<unknown>;
}

/** Where a half-made plan is kept in this tab until "Lagre planen": a reload keeps it, nothing is stored. */
export const DRAFT_KEY = 'jobbvei:new-trial';
export const STEP_KEY = 'jobbvei:new-trial-step';

type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * "Planlegg en jobbsmak" (/trials/new), one part of the plan per screen; or, with ?id=…&part=…, one
 * part of a saved plan ("Endre"). Only the kind and the days must be answered: every other screen
 * can be skipped and filled in later from the trial page.
 */
export class TrialPlanWizard {
	readonly #trials: () => TrialsState | null;
	readonly #nav: WizardNav;
	readonly #storage: () => TabStorage;

	draft = $state<PlanDraft>(emptyDraft());
	/** The address and the kept draft are read (in the browser); the buttons work from then on. */
	mounted = $state(false);
	saving = $state(false);
	/** What is missing on this screen, said above it. */
	error = $state<string>();
	/** Editing one part of a saved plan ("Endre"): only that screen is shown. */
	editId = $state<string | null>(null);
	editPart = $state<PlanPart | null>(null);
	savedStep = $state(1);
	/** Set once the plan is saved: the draft must not be written back while the page leaves. */
	#finished = false;
	#filled = false;

	step = $derived.by(() => this.#nav.step() ?? this.savedStep);
	part = $derived<PlanPart>(this.editPart ?? PLAN_PARTS[Math.min(this.step, PLAN_PARTS.length) - 1]!);
	/** The kind and the days cannot be skipped. */
	required = $derived(this.part === 'kind' || this.part === 'days');
	last = $derived(!this.editPart && this.step >= PLAN_PARTS.length);
	/** The saved plan being changed, once the person's trials are read. */
	editing = $derived.by(() => (this.editId ? this.#trials()?.trial(this.editId) : undefined));

	constructor(trials: () => TrialsState | null, nav: WizardNav, storage: () => TabStorage = () => sessionStorage) {
		this.#trials = trials;
		this.#nav = nav;
		this.#storage = storage;
	}

	/** Reads the address (the page is prerendered, so only in the browser) and any draft kept in this tab. */
	start(href: string): void {
		const params = new URL(href).searchParams;
		const part = params.get('part');
		if (params.get('id') && isPlanPart(part)) {
			this.editId = params.get('id');
			this.editPart = part;
		} else {
			this.draft = readDraft(this.#storage().getItem(DRAFT_KEY));
			this.savedStep = Math.min(Math.max(Number(this.#storage().getItem(STEP_KEY)) || 1, 1), PLAN_PARTS.length);
		}
		this.mounted = true;
	}

	/** "Endre" opens the screen with what was said; the plan is read once it has loaded. */
	fillFromSaved(): void {
		if (this.editing && !this.#filled) {
			this.#filled = true;
			this.draft = draftFromTrial(this.editing);
		}
	}

	/** Keeps the half-made plan in this tab (not for "Endre": that saves at once). */
	keepDraft(): void {
		if (!this.mounted || this.editId || this.#finished) return;
		this.#storage().setItem(DRAFT_KEY, JSON.stringify(this.draft));
		this.#storage().setItem(STEP_KEY, String(this.step));
	}

	/** What this screen still needs before "Neste", in words; undefined when nothing. */
	missing(): string | undefined {
		if (this.part === 'kind' && !this.draft.kind) return m.trial_plan_kind();
		if (this.part === 'days' && this.draft.days.length === 0) return m.trial_plan_days_none();
		return undefined;
	}

	/** "Neste", "Lagre planen" or (for "Endre") "Lagre". */
	async next(by: AnsweredBy): Promise<void> {
		this.error = this.missing();
		if (this.error) {
			announce(this.error);
			return;
		}
		if (this.editPart) return this.#saveChange(by);
		if (this.last) return this.#create(by);
		this.#nav.push(this.step + 1);
	}

	/** "Hopp over": the part stays empty; it can be filled in later from the trial page. */
	skip(by: AnsweredBy): void {
		const blank = emptyDraft();
		const draft = this.draft;
		if (this.part === 'job') {
			draft.jobId = undefined;
			draft.ownTitle = '';
		} else if (this.part === 'workplace') draft.workplace = '';
		else if (this.part === 'time') draft.startTime = undefined;
		else if (this.part === 'transport') draft.transport = undefined;
		else if (this.part === 'contact') Object.assign(draft, { contactName: blank.contactName, contactPhone: blank.contactPhone });
		else if (this.part === 'will_do') draft.willDo = '';
		else if (this.part === 'find_out') draft.findOut = '';
		this.error = undefined;
		if (this.last) void this.#create(by);
		else this.#nav.push(this.step + 1);
	}

	async #create(by: AnsweredBy): Promise<void> {
		const trials = this.#trials();
		const input = draftToInput(this.draft);
		if (!trials || !input || this.saving) {
			// The kind or the days are missing (a reload on an old tab): go back to that screen.
			if (!input) this.#nav.push(this.draft.kind ? PLAN_PARTS.indexOf('days') + 1 : 1);
			return;
		}
		this.saving = true;
		try {
			const trial = await trials.create(input, by);
			if (!trial) return; // a full device: the page says so, and the draft is kept
			this.#finished = true;
			this.#storage().removeItem(DRAFT_KEY);
			this.#storage().removeItem(STEP_KEY);
			announce(m.trials_plan_saved());
			await this.#nav.leave(trialHref(trial.id));
		} finally {
			this.saving = false;
		}
	}

	async #saveChange(by: AnsweredBy): Promise<void> {
		const trials = this.#trials();
		if (!trials || !this.editId || !this.editPart || this.saving) return;
		this.saving = true;
		try {
			const saved = await trials.update(this.editId, partChange(this.editPart, this.draft), by);
			if (!saved) return;
			announce(m.trials_plan_saved());
			await this.#nav.leave(trialHref(this.editId));
		} finally {
			this.saving = false;
		}
	}
}
