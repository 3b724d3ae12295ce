import { untrack } from 'svelte';
import { m } from '$lib/paraglide/messages';
import { localToday } from '$lib/i18n/dates';
import type { Locale } from '$lib/i18n/locale';
import { announce } from '$lib/ui/announce.svelte';
import { sessionState } from '$lib/domain/profile/session.svelte';
import { aboutFor } from '$lib/domain/about/about.svelte';
import { interestsFor } from '$lib/domain/interests/interests.svelte';
import { trialsFor } from '$lib/domain/trials/trials.svelte';
import { planFor } from './plan.svelte';
import { planSnapshot, sortSteps, stepCount, supportSnapshot, trialHelp } from './plan-rules';
import { stepText } from './labels';
import type { StepSnapshot } from './schema';

const NO_SUPPORT = { cards: [], cardsBy: null, text: '', textBy: null };

/**
 * "Min plan" as one page: the parts, the help the person needs (from Om meg and jobbsmak, never asked
 * twice), the next steps to tick off, and "Lagre planen til møtet", which keeps a dated copy.
 */
export class PlanOverview {
	readonly today: string;
	readonly #personId: () => string | null;
	readonly #locale: () => Locale;

	readonly plan = $derived.by(() => this.#of(planFor));
	readonly #about = $derived.by(() => this.#of(aboutFor));
	readonly #interests = $derived.by(() => this.#of(interestsFor));
	readonly #trials = $derived.by(() => this.#of(trialsFor));

	/** "Hjelp jeg trenger på jobb": Om meg's support part and the help that worked on jobbsmak. */
	readonly support = $derived.by(() =>
		supportSnapshot(this.#about?.page.support ?? NO_SUPPORT, this.#trials?.loaded ? trialHelp(this.#trials.cvFeeds(this.#locale()).map((f) => f.supportNeeds)) : [])
	);
	/** The plan as it reads now; null until it is read. */
	readonly current = $derived.by(() => (this.plan?.loaded ? planSnapshot(this.plan.parts, this.support, this.plan.steps) : null));
	readonly #sorted = $derived.by(() => (this.current ? sortSteps(this.current.steps) : []));
	readonly open = $derived(this.#sorted.filter((s) => !s.done));
	readonly done = $derived(this.#sorted.filter((s) => s.done));
	readonly count = $derived(stepCount(this.#sorted));
	readonly jobs = $derived.by(() => this.#interests?.allJobs ?? []);
	/** What "Les opp" says for the steps: the heading, how it works and the steps still to do. */
	readonly stepsSpoken = $derived.by(() => [m.plan_steps(), m.plan_steps_intro(), ...this.open.map((s) => stepText(s, this.#locale()))].join('. '));

	/** What the last "Lagre planen til møtet" ended in. */
	saved = $state<'saved' | 'same' | null>(null);
	/** The step just deleted, in words, for "Angre". */
	deletedWhat = $state('');
	busy = $state(false);

	constructor(personId: () => string | null, locale: () => Locale, today = localToday()) {
		this.#personId = personId;
		this.#locale = locale;
		this.today = today;
	}

	#of<T>(stateFor: (profileId: string) => T): T | null {
		const id = this.#personId();
		return id ? stateFor(id) : null;
	}

	/** Steps can come from elsewhere (what a meeting agreed): the page reads the plan again when opened. */
	reload(): void {
		const plan = this.plan;
		if (plan) untrack(() => void plan.load());
	}

	async tick(step: StepSnapshot, isDone: boolean): Promise<void> {
		if (!this.plan) return;
		this.saved = null;
		const what = stepText(step, this.#locale());
		if (await this.plan.setDone(step.id, isDone, sessionState.helper)) announce(isDone ? m.plan_step_ticked({ what }) : m.plan_step_unticked({ what }));
	}

	async remove(step: StepSnapshot): Promise<void> {
		if (!this.plan) return;
		this.saved = null;
		this.deletedWhat = stepText(step, this.#locale());
		await this.plan.removeStep(step.id);
		announce(m.plan_step_deleted());
	}

	async undo(): Promise<void> {
		if (!this.plan) return;
		await this.plan.undoDelete();
		announce(m.plan_step_restored());
	}

	async save(): Promise<void> {
		if (!this.plan || this.busy) return;
		this.busy = true;
		try {
			const result = await this.plan.saveVersion(this.support, localToday(), sessionState.helper);
			this.saved = result?.kind ?? null;
			if (result) announce(result.kind === 'saved' ? m.plan_version_saved() : m.plan_version_same());
		} finally {
			this.busy = false;
		}
	}
}
