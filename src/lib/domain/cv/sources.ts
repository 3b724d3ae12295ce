import type { Locale } from '$lib/i18n/locale';
import type { AboutState } from '$lib/domain/about/about.svelte';
import type { InterestsState } from '$lib/domain/interests/interests.svelte';
import { likedIn } from '$lib/domain/interests/liked';
import type { TrialsState } from '$lib/domain/trials/trials.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { buildCv, type Cv } from './cv-rules';
import type { CvState } from './cv.svelte';
import type { ChangeState } from '$lib/domain/change/change.svelte';
import { nowOf } from '$lib/domain/change/change-rules';

/** The interest cards the person likes (job areas and tasks; ways of working are not interests). */
export function likedCards(interests: Pick<InterestsState, 'shown' | 'answers'>): { cardId: string; by: AnsweredBy | null }[] {
	const shown = interests.shown;
	if (!shown) return [];
	const answers = interests.answers[shown.id] ?? {};
	return likedIn((id) => answers[id]);
}

/** The whole CV of one person from the states the screens already hold; null until all are loaded. */
export function currentCv(
	name: string,
	states: { cv: CvState; about: AboutState; trials: TrialsState; interests: InterestsState; change: ChangeState },
	locale: Locale
): Cv | null {
	const { cv, about, trials, interests, change } = states;
	if (!cv.loaded || !about.loaded || !trials.loaded || !interests.loaded || !change.loaded) return null;
	return buildCv({
		name,
		answers: cv.answers,
		about: about.page,
		trials: trials.trials.map((trial) => ({ trial, answers: trials.answers[trial.id] })),
		jobs: trials.allJobs,
		liked: likedCards(interests),
		entries: cv.entries,
		now: nowOf(change.page),
		locale
	});
}
