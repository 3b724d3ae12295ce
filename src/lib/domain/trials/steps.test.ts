import { describe, expect, it } from 'vitest';
import { AFTER_QUESTIONS, BEFORE_QUESTIONS, DAY_QUESTIONS, nextQuestion } from './trial-rules';
import { BEFORE, buildAnswers, day } from './test-answers';
import symbolMap from '$lib/symbols/symbol-map.json';
import { LOCALES } from '$lib/i18n/locale';
import { likedStep } from './questions';
import { resumeStep, stepsOf } from './steps';

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

	it('every card of every symbol question has words in every language and a symbol of its own', () => {
		for (const q of [...BEFORE_QUESTIONS, ...DAY_QUESTIONS, ...AFTER_QUESTIONS, likedStep('act_cook')]) {
			expect(q.kind === 'one' || q.kind === 'many', q.id).toBe(q.cards.length > 0);
			expect(new Set(q.cards.map((c) => c.symbol)).size, q.id).toBe(q.cards.length);
			for (const card of q.cards) {
				expect(symbolMap, `${q.id}/${card.id}`).toHaveProperty(card.symbol);
				for (const locale of LOCALES) expect(card.label(locale), `${q.id}/${card.id}`).not.toMatch(/^[a-z_]+$/);
			}
		}
		expect(likedStep('act_cook').cards.find((c) => c.id === 'dislike')!.label('en')).toBe('Did not like it');
	});
});
