import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { PlanStep, type NewPlanStep } from './step-schema';

/** The person's plan steps in the order they were made (by revision, never by the clock). */
export async function listPlanSteps(profileId: string): Promise<PlanStep[]> {
	const raw = await (await db()).getAllFromIndex('plan-steps', 'by-profile', profileId);
	return keepValid('plan-steps', PlanStep, raw).sort((a, b) => a.createdRev - b.createdRev || a.seq - b.seq);
}

function newStep(profileId: string, input: NewPlanStep, by: AnsweredBy, rev: number, seq: number): PlanStep {
	return validate('plan-steps', PlanStep, {
		id: crypto.randomUUID(),
		profileId,
		what: input.idea ? '' : input.what.trim(),
		...(input.idea ? { idea: input.idea } : {}),
		who: input.who.name?.trim() ? { role: input.who.role, name: input.who.name.trim() } : { role: input.who.role },
		...(input.due ? { due: input.due } : {}),
		done: false,
		source: input.source ?? { kind: 'plan' },
		answeredBy: by,
		createdRev: rev,
		seq,
		rev
	});
}

/**
 * Adds steps in one transaction: what a meeting agreed becomes several steps at once, and either all
 * of them are stored or (full device) none. Empty "what" lines are skipped.
 */
export async function addPlanSteps(profileId: string, inputs: readonly NewPlanStep[], by: AnsweredBy): Promise<PlanStep[]> {
	const wanted = inputs.filter((s) => s.what.trim() !== '' || s.idea !== undefined);
	if (wanted.length === 0) return [];
	return write(['plan-steps'], async (tx, rev) => {
		const store = tx.objectStore('plan-steps');
		const steps = wanted.map((input, seq) => newStep(profileId, input, by, rev, seq));
		for (const step of steps) await store.put(step);
		return steps;
	});
}

/** Changes a step; `due: undefined` in `change` clears the date. `by` becomes who last changed it. */
export async function updatePlanStep(
	id: string,
	change: Partial<Pick<PlanStep, 'what' | 'idea' | 'who' | 'due' | 'done'>>,
	by: AnsweredBy
): Promise<PlanStep> {
	return write(['plan-steps'], async (tx, rev) => {
		const store = tx.objectStore('plan-steps');
		const current = validate('plan-steps', PlanStep, await store.get(id));
		const next: Record<string, unknown> = { ...current, ...change, answeredBy: by, rev };
		if ('due' in change && change.due === undefined) delete next['due'];
		// New words replace a card, and a card replaces words: a step says one thing.
		if ('idea' in change && change.idea === undefined) delete next['idea'];
		if (change.idea) next['what'] = '';
		const record = validate('plan-steps', PlanStep, next);
		await store.put(record);
		return record;
	});
}

/** Removes a step; returns it so the screen can offer "Angre". */
export async function deletePlanStep(id: string): Promise<PlanStep | undefined> {
	return write(['plan-steps'], async (tx) => {
		const store = tx.objectStore('plan-steps');
		const raw = await store.get(id);
		if (raw === undefined) return undefined;
		await store.delete(id);
		return PlanStep.safeParse(raw).data;
	});
}

/** Undo for delete: puts the step back as it was. */
export async function restorePlanStep(step: PlanStep): Promise<void> {
	await write(['plan-steps'], async (tx) => {
		await tx.objectStore('plan-steps').put(validate('plan-steps', PlanStep, step));
	});
}
