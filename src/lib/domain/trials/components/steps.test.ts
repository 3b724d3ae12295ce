import { describe, expect, it } from 'vitest';
import { AFTER_QUESTIONS, BEFORE_QUESTIONS, DAY_QUESTIONS, nextQuestion } from '../trial-rules';
import { BEFORE, buildAnswers, day } from '../test-answers';
import { optionView, resumeStep, stepsOf } from './steps';

const D1 = '2026-10-05';

describe('reflection steps', () => {
	it('asks "Likte du dette?" for each chosen task right after "Hva gjorde du?", in the order chosen', () => {
		const answers = buildAnswers('t', [[day(D1), 'tasks', ['act_cook', 'own_1']]]).days[D1];
		const ids = stepsOf(day(D1), answers).map((s) => s.id);
		expect(ids.slice(0, 5)).toEqual(['day', 'tasks', 'liked:act_cook', 'liked:own_1', 'place']);
		expect(ids).toHaveLength(DAY_QUESTIONS.length + 2);
		expect(stepsOf(BEFORE, undefined).map((s) => s.id)).toEqual(BEFORE_QUESTIONS.map((q) => q.id));
		expect(stepsOf({ kind: 'after' }, undefined).map((s) => s.id)).toEqual(AFTER_QUESTIONS.map((q) => q.id));
	});

	it('resumes where the domain says, with a task not yet rated in its place', () => {
		const answers = buildAnswers('t', [
			[day(D1), 'day', 'good'],
			[day(D1), 'tasks', ['act_cook', 'act_serve']],
			[day(D1), 'liked:act_cook', 'like']
		]).days[D1];
		expect(resumeStep(stepsOf(day(D1), answers), answers).id).toBe('liked:act_serve');
		const rated = buildAnswers('t', [
			[day(D1), 'day', 'good'],
			[day(D1), 'tasks', ['act_cook']],
			[day(D1), 'liked:act_cook', null]
		]).days[D1];
		expect(resumeStep(stepsOf(day(D1), rated), rated).id).toBe(nextQuestion(day(D1), rated)!.id);
	});

	it('a part already done opens at its first question; words or a recording count as an answer', () => {
		const answers = buildAnswers('t', [
			[BEFORE, 'expect/voice', 'media-1'],
			[BEFORE, 'look_forward', null],
			[BEFORE, 'worry/text', 'Bussen']
		]).before;
		expect(resumeStep(stepsOf(BEFORE, answers), answers).id).toBe('expect');
	});

	it('every choice of every symbol question has a label and a symbol of its own', () => {
		for (const q of [...BEFORE_QUESTIONS, ...DAY_QUESTIONS, ...AFTER_QUESTIONS]) {
			for (const value of q.options ?? []) {
				const view = optionView(q.id, value, 'nb');
				expect(view.label, `${q.id}/${value}`).not.toBe(value);
				expect(view.symbol).toMatch(/^[a-z]+_[a-z_]+$/);
			}
		}
		expect(optionView('liked:act_cook', 'dislike', 'en').label).toBe('Did not like it');
	});
});
