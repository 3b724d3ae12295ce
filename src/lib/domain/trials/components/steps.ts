import type { SymbolId } from '$lib/symbols/registry';
import type { Locale } from '$lib/i18n/locale';
import {
	FACES,
	HELP_KINDS,
	NO_HELP,
	PLACE_TAGS,
	SYMBOLS,
	TASK_LIKES,
	TIREDNESS,
	TOPICS,
	YES_MAYBE_NO,
	YES_NO,
	type Face,
	type HelpKind,
	type Phase,
	type PlaceTag,
	type TaskLike,
	type Tiredness,
	type Topic,
	type YesMaybeNo
} from '../schema';
import { choicesOf, isAnswered, likedQuestion, questionsOf, type PhaseAnswers, type QuestionKind } from '../trial-rules';
import { faceLabel, helpLabel, noHelpLabel, placeLabel, taskLikeLabel, tirednessLabel, topicLabel, yesMaybeNoLabel } from '../labels';

/**
 * One screen of the reflection flow. The domain lists the questions of a phase; on a day, one
 * "Likte du dette?" screen follows "Hva gjorde du?" for each task chosen, so the person is asked
 * about one task at a time (one question per screen).
 */
export interface Step {
	id: string;
	kind: QuestionKind;
	options?: readonly string[];
	freeText: boolean;
	optional?: boolean;
	/** For "Likte du dette?": the task asked about. */
	taskId?: string;
}

export function stepsOf(phase: Phase, answers: PhaseAnswers | undefined): Step[] {
	const steps: Step[] = [];
	for (const q of questionsOf(phase)) {
		steps.push({ ...q });
		if (phase.kind === 'day' && q.id === 'tasks') {
			for (const taskId of choicesOf(answers, 'tasks')) {
				steps.push({ id: likedQuestion(taskId), kind: 'one', options: TASK_LIKES, freeText: false, taskId });
			}
		}
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

/** Label and symbol of one choice of a symbol question. */
export function optionView(questionId: string, value: string, locale: Locale): { label: string; symbol: SymbolId } {
	const is = <T extends string>(list: readonly T[]) => (list as readonly string[]).includes(value);
	if (questionId.startsWith('liked:') && is(TASK_LIKES)) {
		return { label: taskLikeLabel(value as TaskLike, locale), symbol: SYMBOLS.taskLike[value as TaskLike] };
	}
	switch (questionId) {
		case 'expect':
		case 'day':
		case 'breaks':
		case 'trip':
			if (is(FACES)) return { label: faceLabel(value as Face, locale), symbol: SYMBOLS.face[value as Face] };
			break;
		case 'look_forward':
		case 'worry':
		case 'why':
			if (is(TOPICS)) return { label: topicLabel(value as Topic, locale), symbol: SYMBOLS.topic[value as Topic] as SymbolId };
			break;
		case 'place':
			if (is(PLACE_TAGS)) return { label: placeLabel(value as PlaceTag, locale), symbol: SYMBOLS.place[value as PlaceTag] };
			break;
		case 'people_kind':
		case 'people_help':
			if (is(YES_NO)) return { label: yesMaybeNoLabel(value as YesMaybeNo, locale), symbol: SYMBOLS.yesNo[value as 'yes' | 'no'] };
			break;
		case 'work_here':
		case 'similar':
			if (is(YES_MAYBE_NO)) return { label: yesMaybeNoLabel(value as YesMaybeNo, locale), symbol: SYMBOLS.yesMaybeNo[value as YesMaybeNo] };
			break;
		case 'tired':
			if (is(TIREDNESS)) return { label: tirednessLabel(value as Tiredness, locale), symbol: SYMBOLS.tiredness[value as Tiredness] };
			break;
		case 'help':
			if (value === NO_HELP) return { label: noHelpLabel(locale), symbol: 'feel_proud' };
			if (is(HELP_KINDS)) return { label: helpLabel(value as HelpKind, locale), symbol: SYMBOLS.help[value as HelpKind] as SymbolId };
			break;
	}
	return { label: value, symbol: 'doc_work' };
}
