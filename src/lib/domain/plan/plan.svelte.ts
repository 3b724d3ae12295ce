import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { JourneyState } from '$lib/domain/journey/journey.svelte';
import { PLAN_JOURNEY } from './plan-journey';
import { planSnapshot } from './plan-rules';
import type { PlanPart, PlanVersion, SupportSnapshot } from './schema';
import type { NewPlanStep, PlanStep, StepIdea } from './step-schema';
import { addPlanSteps, deletePlanStep, listPlanSteps, restorePlanStep, updatePlanStep } from './steps-repo';
import { listPlanVersions, savePlanVersion, type SaveResult } from './versions-repo';

/**
 * One person's "Min plan", what its screens bind to: the parts (a journey, [Note: journeys as
 * data]), the next steps and the saved versions. Every tap and word is stored at once
 * ([Note: autosave]); a full device sets `full` and keeps everything saved before.
 */
export class PlanState extends JourneyState<PlanPart> {
	/** In the order they were made. */
	steps = $state<PlanStep[]>([]);
	/** Newest first. */
	versions = $state<PlanVersion[]>([]);
	/** The last deleted step, for "Angre". */
	lastDeleted = $state<PlanStep | null>(null);

	constructor(profileId: string) {
		super(profileId, PLAN_JOURNEY);
	}

	override async load(): Promise<void> {
		const [answers, steps, versions] = await Promise.all([listAnswers(this.profileId), listPlanSteps(this.profileId), listPlanVersions(this.profileId)]);
		this.read(answers);
		this.steps = steps;
		this.versions = versions;
		this.loaded = true;
	}

	step(id: string): PlanStep | undefined {
		return this.steps.find((s) => s.id === id);
	}

	/** Adds one step; null when the device is full or there are no words. */
	async addStep(input: NewPlanStep, by: AnsweredBy): Promise<PlanStep | null> {
		const added = await this.guard(() => addPlanSteps(this.profileId, [input], by));
		if (!added || added.length === 0) return null;
		this.steps = [...this.steps, ...added];
		return added[0]!;
	}

	/** Changes what, who or when of a step (an empty `due` clears the date); null when the device is full. */
	async editStep(id: string, input: { what: string; idea?: StepIdea; who: PlanStep['who']; due?: string }, by: AnsweredBy): Promise<PlanStep | null> {
		const what = input.idea ? '' : input.what.trim();
		if (!what && !input.idea) return null;
		const name = input.who.name?.trim();
		const who = name ? { role: input.who.role, name } : { role: input.who.role };
		const changed = await this.guard(() => updatePlanStep(id, { what, idea: input.idea, who, due: input.due || undefined }, by));
		if (!changed) return null;
		this.steps = this.steps.map((s) => (s.id === id ? changed : s));
		return changed;
	}

	/** Ticks a step off, or back on; false when the device is full. */
	async setDone(id: string, done: boolean, by: AnsweredBy): Promise<boolean> {
		const changed = await this.guard(() => updatePlanStep(id, { done }, by));
		if (!changed) return false;
		this.steps = this.steps.map((s) => (s.id === id ? changed : s));
		return true;
	}

	async removeStep(id: string): Promise<void> {
		const removed = await deletePlanStep(id);
		this.steps = this.steps.filter((s) => s.id !== id);
		this.lastDeleted = removed ?? null;
	}

	async undoDelete(): Promise<void> {
		const step = this.lastDeleted;
		if (!step) return;
		const restored = await this.guard(() => restorePlanStep(step));
		if (restored === null) return;
		this.lastDeleted = null;
		this.steps = [...this.steps, step].sort((a, b) => a.createdRev - b.createdRev || a.seq - b.seq);
	}

	/**
	 * "Lagre planen til møtet": keeps the plan as it is now, with `support` from Om meg and trials.
	 * Null when the device is full; `same` when the newest version already holds this plan.
	 */
	async saveVersion(support: SupportSnapshot, savedOn: string, by: AnsweredBy): Promise<SaveResult | null> {
		const snapshot = planSnapshot($state.snapshot(this.parts), support, $state.snapshot(this.steps));
		const result = await this.guard(() => savePlanVersion(this.profileId, snapshot, savedOn, by));
		if (result?.kind === 'saved') this.versions = [result.version, ...this.versions];
		return result;
	}

	version(id: string): PlanVersion | undefined {
		return this.versions.find((v) => v.id === id);
	}
}

/** "Min plan" of the person using the app; a new person gets a fresh state. */
export const planFor = perProfile((profileId) => new PlanState(profileId));
