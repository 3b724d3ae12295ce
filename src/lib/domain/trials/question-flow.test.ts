import { describe, expect, it } from 'vitest';
import { SvelteMap } from 'svelte/reactivity';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { m } from '$lib/paraglide/messages';
import { TrialQuestionFlow } from './question-flow.svelte';
import type { Phase } from './schema';
import { TrialsState } from './trials.svelte';

const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
const D1 = '2026-10-05';

/** A flow on one part of a new trial, with the address kept in `at` as the screen would move it. */
async function flowOn(phase: Phase) {
	const p = await createProfile(nora);
	const trials = new TrialsState(p.id);
	await trials.load();
	const trial = (await trials.create({ kind: 'jobbsmak', days: [D1, '2026-10-06'], workplace: 'Scandic' }, KARI))!;
	const moves: { href: string; replace: boolean }[] = [];
	// The address, reactive as the page's `q` is.
	const address = new SvelteMap<'q', string | null>();
	const go = (q: string | null) => address.set('q', q);
	const flow = new TrialQuestionFlow(trials, trial, phase, () => address.get('q') ?? null, async (href, replace = false) => {
		moves.push({ href, replace });
		go(new URL(href, 'http://x').searchParams.get('q'));
	});
	const stored = (question: string) => {
		const group = trials.answersOf(trial.id);
		return (phase.kind === 'day' ? group.days[phase.day] : group[phase.kind])?.[question]?.value;
	};
	return { trials, trial, flow, moves, stored, go };
}

describe('TrialQuestionFlow', () => {
	it('opens on the first question, names it in the address, and goes back to the trial from there', async () => {
		const { flow, moves, trial } = await flowOn({ kind: 'before' });
		expect(flow.step.id).toBe('expect');
		expect(flow.title).toBe(m.trial_q_expect());
		expect(flow.backHref).toBe(`/trials/trial?id=${trial.id}`);
		flow.keepAddress();
		expect(moves).toEqual([{ href: `/trials/answer?id=${trial.id}&phase=before&q=expect`, replace: true }]);
		flow.keepAddress();
		expect(moves).toHaveLength(1);
	});

	it('a one-choice card answers and moves on; Back goes one question back; the last Next goes to the trial', async () => {
		const { flow, moves, stored, trial } = await flowOn({ kind: 'before' });
		await flow.choose('good');
		expect(stored('expect')).toBe('good');
		expect(moves.at(-1)).toEqual({ href: `/trials/answer?id=${trial.id}&phase=before&q=look_forward`, replace: false });
		expect(flow.step.id).toBe('look_forward');
		expect(flow.backHref).toBe(`/trials/answer?id=${trial.id}&phase=before&q=expect`);
		await flow.toggle('people');
		await flow.toggle('trip');
		await flow.toggle('people');
		expect(stored('look_forward')).toEqual(['trip']);
		await flow.done();
		expect(flow.step.id).toBe('worry');
		expect(flow.last).toBe(true);
		// Nothing chosen still counts as answered: an empty list, so it is not asked again.
		await flow.done();
		expect(stored('worry')).toEqual([]);
		expect(moves.at(-1)?.href).toBe(`/trials/trial?id=${trial.id}`);
	});

	it('asks "Likte du dette?" for each task chosen, skips are stored, and a part comes back where it was left', async () => {
		const { flow, stored, go, trials, trial } = await flowOn({ kind: 'day', day: D1 });
		await flow.choose('hard');
		expect(flow.step.id).toBe('tasks');
		expect(await flow.addOwnTask('Re senger')).toBe(true);
		expect(flow.trial.ownTasks).toEqual([{ id: 'own_1', label: 'Re senger' }]);
		expect(flow.taskLists.suggested).toContain('own_1');
		await flow.toggle('act_cook');
		expect(stored('tasks')).toEqual(['own_1', 'act_cook']);
		await flow.done();
		expect(flow.step).toMatchObject({ id: 'liked:own_1', taskId: 'own_1' });
		expect(flow.steps.map((s) => s.id).slice(0, 5)).toEqual(['day', 'tasks', 'liked:own_1', 'liked:act_cook', 'place']);
		await flow.skip();
		expect(stored('liked:own_1')).toBeNull();
		expect(flow.step.id).toBe('liked:act_cook');

		// Opened again without a question in the address: the first one not answered.
		const again = new TrialQuestionFlow(trials, trial, { kind: 'day', day: D1 }, () => null, async () => {});
		expect(again.step.id).toBe('liked:act_cook');
		go('day');
		expect(flow.step.id).toBe('day');
		expect(flow.chosen).toBe('hard');
	});

	it('keeps words and a recording beside the choice, and refuses what is not a recording', async () => {
		const { flow, stored } = await flowOn({ kind: 'after' });
		flow.keepAddress();
		await flow.saveText('Jeg likte folka.');
		expect(stored('work_here/text')).toBe('Jeg likte folka.');
		expect(flow.text).toBe('Jeg likte folka.');
		expect(await flow.saveVoice(new ArrayBuffer(20), 'audio/webm', 1200)).toBe(true);
		expect(flow.voiceId).toEqual(expect.any(String));
		await flow.removeVoice();
		expect(flow.voiceId).toBeUndefined();
		await expect(flow.saveVoice(new ArrayBuffer(20), 'text/plain', 0)).rejects.toThrow();
		expect(flow.helpedBy).toBeNull();
	});
});
