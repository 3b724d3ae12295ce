import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { TrialsState, trialsFor } from './trials.svelte';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
const D1 = '2026-10-05';

describe('TrialsState', () => {
	it('plans, answers, summarises and lists a trial, and loads it again', async () => {
		const p = await createProfile(nora);
		const state = new TrialsState(p.id);
		await state.load();
		const trial = (await state.create({ kind: 'jobbsmak', days: [D1, '2026-10-06'], workplace: 'Scandic' }, KARI))!;
		const taskId = (await state.addOwnTask(trial.id, 'Re senger'))!;
		await state.answer({ trialId: trial.id, phase: { kind: 'day', day: D1 }, question: 'day' }, 'good', SELF);
		await state.answer({ trialId: trial.id, phase: { kind: 'day', day: D1 }, question: 'tasks' }, [taskId], SELF);
		await state.answer({ trialId: trial.id, phase: { kind: 'day', day: D1 }, question: `liked:${taskId}` }, 'like', SELF);
		await state.answer({ trialId: trial.id, phase: { kind: 'after' }, question: 'work_here' }, 'yes', SELF);
		await state.note(trial.id, { kind: 'after' }, 'Nora jobbet godt.', KARI);

		expect(state.list.map((i) => [i.trial.workplace, i.workHere, i.symbol])).toEqual([['Scandic', 'yes', 'trial_jobbsmak']]);
		expect(state.summary(trial.id, 'nb', '2026-12-07')?.text).toBe('Jeg var på Scandic i 1 av 2 dager. 1 dag var bra. Jeg likte: re senger. Jeg vil jobbe her.');
		expect(state.progress(trial.id)?.days[0]?.answered).toBe(2);
		expect(state.next(trial.id, D1)?.phase).toEqual({ kind: 'day', day: D1 });
		expect(state.calendar(trial.id, 'nb', new Date('2026-09-01T00:00:00Z'))).toContain('SUMMARY:Jobbsmak: Scandic');
		expect(state.cvFeeds('nb')[0]?.experience.tasks).toEqual([taskId]);
		const why = { trialId: trial.id, phase: { kind: 'after' as const }, question: 'why' };
		expect(await state.saveVoice(why, { bytes: new ArrayBuffer(20), type: 'audio/mp4', durationMs: 2000 }, SELF)).toBe(true);
		expect(state.answersOf(trial.id).after['why/voice']).toBeDefined();
		await state.removeVoice(why);
		expect(state.answersOf(trial.id).after['why/voice']).toBeUndefined();

		const again = new TrialsState(p.id);
		await again.load();
		expect(again.trials).toEqual(state.trials);
		expect(again.answers[trial.id]?.notes['after']?.value).toBe('Nora jobbet godt.');
		expect(again.summary(trial.id, 'nb', '2026-12-07')?.text).toBe(state.summary(trial.id, 'nb', '2026-12-07')?.text);
	});

	it('says "full" instead of failing when the device is full, and keeps the rest', async () => {
		const p = await createProfile(nora);
		const state = new TrialsState(p.id);
		await state.load();
		const trial = (await state.create({ kind: 'jobbsmak', days: [D1] }, SELF))!;
		await state.answer({ trialId: trial.id, phase: { kind: 'day', day: D1 }, question: 'proud', part: 'text' }, 'Jeg var modig.', SELF);
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'media') throw new DOMException('', 'QuotaExceededError');
			return put.apply(this, args);
		});
		expect(await state.addPhoto(trial.id, D1, { bytes: new ArrayBuffer(10), type: 'image/jpeg' }, SELF)).toBe(false);
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.answersOf(trial.id).days[D1]?.['proud/text']?.value).toBe('Jeg var modig.');
		expect(await state.addPhoto(trial.id, D1, { bytes: new ArrayBuffer(10), type: 'image/jpeg' }, SELF)).toBe(true);
		expect(state.full).toBe(false);
	});

	it('deletes a trial with undo, and compares trials', async () => {
		const p = await createProfile(nora);
		const state = new TrialsState(p.id);
		await state.load();
		const a = (await state.create({ kind: 'jobbsmak', days: [D1] }, SELF))!;
		const b = (await state.create({ kind: 'praksis', days: [D1] }, SELF))!;
		expect(state.compare([a.id, b.id], 'nb').columns.map((c) => c.kind)).toEqual(['jobbsmak', 'praksis']);
		await state.remove(a.id);
		expect(state.trials.map((t) => t.id)).toEqual([b.id]);
		await state.undoDelete();
		expect(state.trials.map((t) => t.id)).toEqual([a.id, b.id]);
	});

	it('gives each person their own state', async () => {
		const a = await createProfile(nora);
		const b = await createProfile({ ...nora, name: 'Jonas' });
		const first = trialsFor(a.id);
		expect(trialsFor(a.id)).toBe(first);
		await vi.waitFor(() => expect(first.loaded).toBe(true));
		const second = trialsFor(b.id);
		expect(second.profileId).toBe(b.id);
		await vi.waitFor(() => expect(second.loaded).toBe(true));
	});
});
