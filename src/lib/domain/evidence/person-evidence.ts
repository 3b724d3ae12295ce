import { listAnswers } from '$lib/domain/answers/answers-repo';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { listCvEntries } from '$lib/domain/cv/cv-entries-repo';
import type { CvEntry } from '$lib/domain/cv/schema';
import { JOBS } from '$lib/domain/interests/catalogue';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { listLocalJobs } from '$lib/domain/interests/interests-repo';
import { loadLiked, type LikedCard } from '$lib/domain/interests/liked';
import { listMeetings } from '$lib/domain/meeting/meeting-repo';
import type { Meeting } from '$lib/domain/meeting/schema';
import { listPlanSteps } from '$lib/domain/plan/steps-repo';
import type { PlanStep } from '$lib/domain/plan/step-schema';
import { getProfile } from '$lib/domain/profile/profiles-repo';
import type { Profile } from '$lib/domain/profile/schema';
import { listTrials } from '$lib/domain/trials/trials-repo';
import type { Trial } from '$lib/domain/trials/schema';
import { groupTrialAnswers, type TrialAnswers } from '$lib/domain/trials/trial-rules';

/**
 * Everything one person has said, read once from the stores ([Note: evidence model]): the one
 * projection every document section reads (each part turns it into its sections, see
 * `export/section-registry.ts`). Answers are meanings (card ids, levels, dates, job ids) with who gave
 * them; own words stay as typed. Trials become facts through `trialEvidence`.
 */
export interface PersonEvidence {
	profile: Profile;
	answers: Answer[];
	trials: { trial: Trial; answers: TrialAnswers | undefined }[];
	jobs: Job[];
	steps: PlanStep[];
	meetings: Meeting[];
	entries: CvEntry[];
	/** Interest cards the person likes on the results board (the latest exploration with answers). */
	liked: LikedCard[];
	/** Jobs starred "Vil prøve", with who starred them. */
	starred: { jobId: string; by: AnsweredBy }[];
}

export class NoProfileError extends Error {
	constructor(id: string) {
		super(`no profile ${id}`);
	}
}

export async function loadPersonEvidence(profileId: string): Promise<PersonEvidence> {
	const [profile, answers, trials, localJobs, steps, meetings, entries, interests] = await Promise.all([
		getProfile(profileId),
		listAnswers(profileId),
		listTrials(profileId),
		listLocalJobs(),
		listPlanSteps(profileId),
		listMeetings(profileId),
		listCvEntries(profileId),
		loadLiked(profileId)
	]);
	if (!profile) throw new NoProfileError(profileId);
	const grouped = groupTrialAnswers(answers);
	return {
		profile,
		answers,
		trials: trials.map((trial) => ({ trial, answers: grouped.get(trial.id) })),
		jobs: [...JOBS, ...localJobs],
		steps,
		meetings,
		entries,
		liked: interests.liked,
		starred: interests.starred
	};
}
