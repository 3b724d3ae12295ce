import { unlessFull } from '$lib/storage/unless-full';
import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, removeVoiceAnswer, saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { VOICE_MAX_BYTES } from '$lib/media/media-record';
import { emptyPlan, filledParts, planFrom, planSnapshot, toggleGoal, type PlanParts } from './plan-rules';
import { PLAN_PREFIX, isJobPart, planKey, type PlanPart, type PlanVersion, type SupportSnapshot } from './schema';
import type { NewPlanStep, PlanStep, StepIdea } from './step-schema';
import { addPlanSteps, deletePlanStep, listPlanSteps, restorePlanStep, updatePlanStep } from './steps-repo';
import { listPlanVersions, savePlanVersion, type SaveResult } from './versions-repo';

/**
 * One person's "Min plan", what its screens bind to: the parts, the next steps and the saved
 * versions. Every tap and word is stored at once ([Note: autosave]); a full device sets `full` and
 * keeps everything saved before.
 */
export class PlanState {
	readonly profileId: string;
	loaded = $state(false);
	parts = $state<PlanParts>(emptyPlan());
	/** In the order they were made. */
	steps = $state<PlanStep[]>([]);
	/** Newest first. */
	versions = $state<PlanVersion[]>([]);
	/** The last write failed because the device is full. */
	full = $state(false);
	/** The last deleted step, for "Angre". */
	lastDeleted = $state<PlanStep | null>(null);
	filled = $derived(filledParts(this.parts));

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const [answers, steps, versions] = await Promise.all([listAnswers(this.profileId), listPlanSteps(this.profileId), listPlanVersions(this.profileId)]);
		this.parts = planFrom(answers.filter((a) => a.key.startsWith(PLAN_PREFIX)));
		this.steps = steps;
		this.versions = versions;
		this.loaded = true;
	}

	#guard<T>(work: () => Promise<T>): Promise<T | null> {
		return unlessFull(work, (full) => (this.full = full));
	}

	/** A goal card on or off, or (job parts) the one job chosen; false when the device is full. */
	async choose(part: PlanPart, cardId: string, by: AnsweredBy): Promise<boolean> {
		const cards = isJobPart(part) ? [cardId] : toggleGoal(this.parts[part].cards, cardId);
		const saved = await this.#guard(() => saveAnswer(this.profileId, planKey(part), cards, by));
		if (!saved) return false;
		this.parts[part] = { ...this.parts[part], cards, cardsBy: by };
		return true;
	}

	async setText(part: PlanPart, text: string, by: AnsweredBy): Promise<boolean> {
		const saved = await this.#guard(() => saveAnswer(this.profileId, planKey(part, 'text'), text, by));
		if (!saved) return false;
		this.parts[part] = { ...this.parts[part], text, textBy: by };
		return true;
	}

	/** Keeps a spoken answer; false when the device is full. A wrong or huge recording is refused. */
	async saveVoice(part: PlanPart, recording: { bytes: ArrayBuffer; type: string; durationMs?: number }, by: AnsweredBy): Promise<boolean> {
		if (!recording.type.toLowerCase().startsWith('audio/') || recording.bytes.byteLength === 0 || recording.bytes.byteLength > VOICE_MAX_BYTES) {
			return false;
		}
		const saved = await this.#guard(() => saveVoiceAnswer(this.profileId, planKey(part, 'voice'), recording, by));
		if (!saved) return false;
		this.parts[part] = { ...this.parts[part], voiceId: saved.mediaId };
		return true;
	}

	async removeVoice(part: PlanPart): Promise<void> {
		await removeVoiceAnswer(this.profileId, planKey(part, 'voice'));
		this.parts[part] = { ...this.parts[part], voiceId: null };
	}

	step(id: string): PlanStep | undefined {
		return this.steps.find((s) => s.id === id);
	}

	/** Adds one step; null when the device is full or there are no words. */
	async addStep(input: NewPlanStep, by: AnsweredBy): Promise<PlanStep | null> {
		const added = await this.#guard(() => addPlanSteps(this.profileId, [input], by));
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
		const changed = await this.#guard(() => updatePlanStep(id, { what, idea: input.idea, who, due: input.due || undefined }, by));
		if (!changed) return null;
		this.steps = this.steps.map((s) => (s.id === id ? changed : s));
		return changed;
	}

	/** Ticks a step off, or back on; false when the device is full. */
	async setDone(id: string, done: boolean, by: AnsweredBy): Promise<boolean> {
		const changed = await this.#guard(() => updatePlanStep(id, { done }, by));
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
		const restored = await this.#guard(() => restorePlanStep(step));
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
		const result = await this.#guard(() => savePlanVersion(this.profileId, snapshot, savedOn, by));
		if (result?.kind === 'saved') this.versions = [result.version, ...this.versions];
		return result;
	}

	version(id: string): PlanVersion | undefined {
		return this.versions.find((v) => v.id === id);
	}
}

/** "Min plan" of the person using the app; a new person gets a fresh state. */
export const planFor = perProfile((profileId) => new PlanState(profileId));
