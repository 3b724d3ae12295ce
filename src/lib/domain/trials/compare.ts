import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { facesPerDay, helpNeeded, placeOverall, tasksWith, workHere, yesNoOverall } from './aggregate';
import { jobTitle, trialSymbol } from './labels';
import type { Face, HelpKind, PlaceTag, Trial, TrialKind, YesMaybeNo, YesNo } from './schema';
import type { TrialAnswers } from './trial-rules';

/** One trial as a column of "Sammenlign": ids and symbols first; the screen adds words with labels.ts. */
export interface TrialColumn {
	trialId: string;
	kind: TrialKind;
	symbol: SymbolId;
	/** The job's title, or null when no job was chosen. */
	title: string | null;
	workplace: string | null;
	days: string[];
	/** One face per day, in date order; null for a day without an answer. */
	faces: { day: string; face: Face | null }[];
	/** Task ids (cards or own tasks, see labels.taskLabel). */
	liked: string[];
	disliked: string[];
	unsure: string[];
	place: PlaceTag[];
	peopleKind: YesNo | null;
	peopleHelp: YesNo | null;
	help: HelpKind[];
	workHere: YesMaybeNo | null;
}

/** Side by side, plus what the trials have in common ("Likt i alle"), which is often the real finding. */
export interface Comparison {
	columns: TrialColumn[];
	same: { liked: string[]; disliked: string[]; place: PlaceTag[]; help: HelpKind[] };
}

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 3;

function intersect<T>(lists: T[][]): T[] {
	const [first = [], ...rest] = lists;
	return first.filter((x) => rest.every((l) => l.includes(x)));
}

/**
 * Compares two or three trials. More would not fit side by side on a phone and is hard to hold in
 * mind, so other counts are refused (RangeError); the list screen lets the person pick 2–3.
 */
export function compareTrials(
	items: readonly { trial: Trial; answers: TrialAnswers | undefined }[],
	jobs: readonly Job[],
	locale: Locale
): Comparison {
	if (items.length < MIN_COMPARE || items.length > MAX_COMPARE) {
		throw new RangeError(`Compare ${MIN_COMPARE}–${MAX_COMPARE} trials, not ${items.length}`);
	}
	const columns = items.map(({ trial, answers }): TrialColumn => ({
		trialId: trial.id,
		kind: trial.kind,
		symbol: trialSymbol(trial, jobs),
		title: jobTitle(trial, jobs, locale),
		workplace: trial.workplace ?? null,
		days: [...trial.days],
		faces: facesPerDay(trial, answers),
		liked: tasksWith(trial, answers, 'like'),
		disliked: tasksWith(trial, answers, 'dislike'),
		unsure: tasksWith(trial, answers, 'unsure'),
		place: placeOverall(trial, answers),
		peopleKind: yesNoOverall(trial, answers, 'people_kind'),
		peopleHelp: yesNoOverall(trial, answers, 'people_help'),
		help: helpNeeded(trial, answers),
		workHere: workHere(answers)
	}));
	// Own tasks are numbered per trial (own_1 in one trial is not own_1 in another): only cards are shared.
	const cardsOnly = (ids: string[]) => ids.filter((id) => !id.startsWith('own_'));
	return {
		columns,
		same: {
			liked: intersect(columns.map((c) => cardsOnly(c.liked))),
			disliked: intersect(columns.map((c) => cardsOnly(c.disliked))),
			place: intersect(columns.map((c) => c.place)),
			help: intersect(columns.map((c) => c.help))
		}
	};
}
