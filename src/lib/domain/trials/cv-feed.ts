import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/settings/schema';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { canDo, helpNeeded, photosOf, workHere } from './aggregate';
import { jobTitle, kindLabel, taskLabel } from './labels';
import type { HelpKind, Trial, TrialKind, YesMaybeNo } from './schema';
import { tasksDone, textOf, type TrialAnswers } from './trial-rules';

/**
 * What one trial gives "Min CV og min plan" (issue 6): an experience line, skills ("Jeg kan …"),
 * support needs and photos. Ids, not words, so the CV can be written in any language later; the
 * person still chooses in the CV what goes in. Helper notes are never part of it.
 */
export interface TrialCvFeed {
	trialId: string;
	experience: {
		kind: TrialKind;
		workplace: string | null;
		jobTitle: string | null;
		/** First and last day (YYYY-MM-DD) and how many days. */
		firstDay: string;
		lastDay: string;
		dayCount: number;
		/** Task ids the person did ("what I did"), cards or own tasks. */
		tasks: string[];
	};
	/** "Jeg kan …": task ids chosen after the trial, and the person's own words. */
	skills: { tasks: string[]; text: string };
	/** Help that worked, from every day. */
	supportNeeds: HelpKind[];
	/** Media ids of the photos taken there, in day order. */
	photoMediaIds: string[];
	workHere: YesMaybeNo | null;
}

export function trialCvFeed(trial: Trial, answers: TrialAnswers | undefined, jobs: readonly Job[], locale: Locale): TrialCvFeed {
	return {
		trialId: trial.id,
		experience: {
			kind: trial.kind,
			workplace: trial.workplace ?? null,
			jobTitle: jobTitle(trial, jobs, locale),
			firstDay: trial.days[0]!,
			lastDay: trial.days.at(-1)!,
			dayCount: trial.days.length,
			tasks: tasksDone(trial, answers)
		},
		skills: { tasks: canDo(answers), text: textOf(answers?.after, 'can_do').trim() },
		supportNeeds: helpNeeded(trial, answers),
		photoMediaIds: photosOf(trial, answers),
		workHere: workHere(answers)
	};
}

/** "Jobbsmak på Scandic", or "Jobbsmak: Romassistent" when there is no place name: the CV line's title. */
export function experienceTitle(feed: TrialCvFeed, locale: Locale): string {
	const kind = kindLabel(feed.experience.kind, locale);
	if (feed.experience.workplace) return m.trial_cv_title_place({ kind, place: feed.experience.workplace }, { locale });
	if (feed.experience.jobTitle) return m.trial_ics_title({ kind, place: feed.experience.jobTitle }, { locale });
	return kind;
}

/** The tasks of an experience line in words: "Re senger, Vaske bad". */
export function experienceTasks(feed: TrialCvFeed, trial: Pick<Trial, 'ownTasks'>, locale: Locale): string[] {
	return feed.experience.tasks.map((id) => taskLabel(id, trial, locale));
}

/** Every trial's feed, oldest first, for the CV's experience list. */
export function cvFeeds(
	items: readonly { trial: Trial; answers: TrialAnswers | undefined }[],
	jobs: readonly Job[],
	locale: Locale
): TrialCvFeed[] {
	return [...items].sort((a, b) => a.trial.createdRev - b.trial.createdRev).map(({ trial, answers }) => trialCvFeed(trial, answers, jobs, locale));
}
