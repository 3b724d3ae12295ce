import type { Phase } from './schema';
import { likedStep, type Question } from './questions';
import { choicesOf, isAnswered, questionsOf, type PhaseAnswers } from './trial-rules';

/**
 * One screen of the reflection flow: a question of the phase, or "Likte du dette?" for one task.
 * On a day, one such screen follows "Hva gjorde du?" for each task chosen, so the person is asked
 * about one task at a time (one question per screen).
 */
export type Step = Question & {
	/** For "Likte du dette?": the task asked about. */
	taskId?: string;
};

export function stepsOf(phase: Phase, answers: PhaseAnswers | undefined): Step[] {
	const steps: Step[] = [];
	for (const q of questionsOf(phase)) {
		steps.push(q);
		if (phase.kind === 'day' && q.id === 'tasks') for (const taskId of choicesOf(answers, 'tasks')) steps.push(likedStep(taskId));
	}
	return steps;
}

/**
 * Where the person resumes: the first screen not answered yet (the domain's nextQuestion, with the
 * per-task screens in their place). When every screen is answered the phase opens at its start.
 */
export function resumeStep(steps: readonly Step[], answers: PhaseAnswers | undefined): Step {
	return steps.find((s) => !s.optional && !isAnswered(answers, s.id)) ?? steps[0]!;
}
