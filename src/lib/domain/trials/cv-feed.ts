import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { canDo, helpNeeded, photosOf, workHere } from './aggregate';
import { jobTitle, kindLabel, taskLabel } from './labels';
import type { HelpKind, Trial, TrialKind, YesMaybeNo } from './schema';
import { tasksDone, textOf, type TrialAnswers } from './trial-rules';
import { inSentence } from '$lib/i18n/easy-read-lists';
import { trialEvidence, type TrialEvidence } from './trial-evidence';

/**
 * What one trial gives "Min CV og min plan": an experience line, skills ("Jeg kan …"),
 * support needs and photos. Ids, not words, so the CV can be written in any language later; the
 * person still chooses in the CV what goes in. Helper notes are never part of it.
 */
export interface TrialCvFeed {
	trialId: string;
	/** The trial's facts ([Note: evidence model]): what the CV's sentences are written from. */
	evidence: TrialEvidence;
	experience: {
		kind: TrialKind;
		workplace: string | null;
		jobTitle: string | null;
		/** First and last planned day (YYYY-MM-DD), how many were planned and how many the person told about. */
		firstDay: string;
		lastDay: string;
		daysPlanned: number;
		daysDone: number;
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
	const evidence = trialEvidence(trial, answers);
	return {
		trialId: trial.id,
		evidence,
		experience: {
			kind: trial.kind,
			workplace: trial.workplace ?? null,
			jobTitle: jobTitle(trial, jobs, locale),
			firstDay: trial.days[0]!,
			lastDay: trial.days.at(-1)!,
			daysPlanned: evidence.dayCount.value.planned,
			daysDone: evidence.dayCount.value.done,
			tasks: tasksDone(trial, answers)
		},
		skills: { tasks: canDo(answers), text: textOf(answers?.after, 'can_do').trim() },
		supportNeeds: helpNeeded(trial, answers),
		photoMediaIds: photosOf(trial, answers),
		workHere: workHere(answers)
	};
}

/**
 * "Jobbsmak på Bogstad gård som stallhjelp": the kind, the place and the job, whichever the person
 * gave, so the job tried is always named with the place (CV line, meeting, change request).
 */
export function experienceTitle(feed: TrialCvFeed, jobs: readonly Job[], locale: Locale): string {
	const kind = kindLabel(feed.experience.kind, locale);
	const place = feed.experience.workplace;
	// The job in the title's own language, from its id: never the words of the screen the feed was made on.
	const value = feed.evidence.job?.value;
	const title = value ? jobTitle({ job: value.kind === 'catalogue' ? { kind: 'catalogue', jobId: value.jobId } : { kind: 'own', title: value.title } }, jobs, locale) : null;
	const job = title && value?.kind === 'catalogue' ? inSentence(title, locale) : title;
	if (place && job) return m.trial_cv_title_place_job({ kind, place, job }, { locale });
	if (place) return m.trial_cv_title_place({ kind, place }, { locale });
	if (job) return m.trial_cv_title_job({ kind, job }, { locale });
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
