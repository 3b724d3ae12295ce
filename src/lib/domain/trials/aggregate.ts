import {
	FACES,
	HELP_KINDS,
	NO_HELP,
	PLACE_OPPOSITE,
	PLACE_TAGS,
	TASK_LIKES,
	TIREDNESS,
	YES_MAYBE_NO,
	YES_NO,
	type Face,
	type HelpKind,
	type PlaceTag,
	type TaskLike,
	type Tiredness,
	type Trial,
	type YesMaybeNo,
	type YesNo
} from './schema';
import { choiceOf, choicesOf, likedQuestion, placeOf, tasksDone, type TrialAnswers } from './trial-rules';

/**
 * [Note: one trial in a few words] How the days of a trial add up, shared by the summary, the
 * comparison and the CV, so all three always say the same thing:
 * - a task is liked or not as the person said the last time they were asked (the latest revision);
 * - a place tag counts when it was chosen on more days than its opposite;
 * - a one-answer question (breaks, tiredness, the trip) is its most common answer, and a tie goes to
 *   the harder answer: a summary should not hide that something was difficult;
 * - help needed is every kind of help chosen on any day.
 */

/** The face of each day, in date order (null for a day not yet answered). */
export function facesPerDay(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): { day: string; face: Face | null }[] {
	return trial.days.map((day) => ({ day, face: choiceOf(group?.days[day], 'day', FACES) }));
}

/** How many days got each face. */
export function faceCounts(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): Record<Face, number> {
	const counts: Record<Face, number> = { good: 0, ok: 0, hard: 0 };
	for (const { face } of facesPerDay(trial, group)) if (face) counts[face]++;
	return counts;
}

/** Each task the person did, with how they liked it (latest answer), or null when never asked. */
export function taskLikes(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): { taskId: string; like: TaskLike | null }[] {
	return tasksDone(trial, group).map((taskId) => {
		let best: { rev: number; like: TaskLike } | null = null;
		for (const day of trial.days) {
			const answers = group?.days[day];
			const like = choiceOf(answers, likedQuestion(taskId), TASK_LIKES);
			const rev = answers?.[likedQuestion(taskId)]?.rev ?? 0;
			if (like && (!best || rev > best.rev)) best = { rev, like };
		}
		return { taskId, like: best?.like ?? null };
	});
}

export function tasksWith(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined, like: TaskLike): string[] {
	return taskLikes(trial, group)
		.filter((t) => t.like === like)
		.map((t) => t.taskId);
}

/** The place over all days: tags chosen on more days than their opposite, in the app's order. */
export function placeOverall(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): PlaceTag[] {
	const counts = new Map<PlaceTag, number>();
	for (const day of trial.days) for (const tag of placeOf(group?.days[day])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return PLACE_TAGS.filter((tag) => (counts.get(tag) ?? 0) > (counts.get(PLACE_OPPOSITE[tag]) ?? 0));
}

/** The most common answer over the days; ties go to the later option (the harder one in our lists). */
function mostCommon<T extends string>(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined, question: string, options: readonly T[]): T | null {
	const counts = new Map<T, number>();
	for (const day of trial.days) {
		const v = choiceOf(group?.days[day], question, options);
		if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	let best: T | null = null;
	for (const option of options) if ((counts.get(option) ?? 0) > 0 && (counts.get(option) ?? 0) >= (best ? counts.get(best)! : 0)) best = option;
	return best;
}

export function breaksOverall(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): Face | null {
	return mostCommon(trial, group, 'breaks', FACES);
}

export function tripOverall(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): Face | null {
	return mostCommon(trial, group, 'trip', FACES);
}

export function tirednessOverall(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): Tiredness | null {
	return mostCommon(trial, group, 'tired', TIREDNESS);
}

/** "Were they kind?" / "Did someone help?" over the days; a tie says nothing (null). */
export function yesNoOverall(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined, question: 'people_kind' | 'people_help'): YesNo | null {
	let yes = 0;
	let no = 0;
	for (const day of trial.days) {
		const v = choiceOf(group?.days[day], question, YES_NO);
		if (v === 'yes') yes++;
		if (v === 'no') no++;
	}
	return yes > no ? 'yes' : no > yes ? 'no' : null;
}

/** Every kind of help chosen on any day, in the app's order. */
export function helpNeeded(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): HelpKind[] {
	const chosen = new Set(trial.days.flatMap((day) => choicesOf(group?.days[day], 'help', HELP_KINDS)));
	return HELP_KINDS.filter((h) => chosen.has(h));
}

/** The person said, on some day and never otherwise, that they managed without help. */
export function managedWithoutHelp(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): boolean {
	const lists = trial.days.map((day) => choicesOf(group?.days[day], 'help'));
	return lists.some((list) => list.includes(NO_HELP)) && lists.every((list) => list.every((v) => v === NO_HELP));
}

export function workHere(group: TrialAnswers | undefined): YesMaybeNo | null {
	return choiceOf(group?.after, 'work_here', YES_MAYBE_NO);
}

export function trySimilar(group: TrialAnswers | undefined): YesMaybeNo | null {
	return choiceOf(group?.after, 'similar', YES_MAYBE_NO);
}

/** "Jeg kan …": the tasks the person chose after the trial. */
export function canDo(group: TrialAnswers | undefined): string[] {
	return choicesOf(group?.after, 'can_do');
}

/** Every photo of the trial, day by day (media ids). */
export function photosOf(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): string[] {
	return trial.days.flatMap((day) => choicesOf(group?.days[day], 'photos'));
}
