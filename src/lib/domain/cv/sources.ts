import type { Locale } from '$lib/settings/schema';
import type { AboutState } from '$lib/domain/about/about.svelte';
import type { InterestsState } from '$lib/domain/interests/interests.svelte';
import { SORTING_ORDER } from '$lib/domain/interests/catalogue';
import type { TrialsState } from '$lib/domain/trials/trials.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { buildCv, type Cv } from './cv-rules';
import type { CvState } from './cv.svelte';

/** The interest cards the person likes (job areas and tasks; ways of working are not interests). */
export function likedCards(interests: Pick<InterestsState, 'shown' | 'answers'>): { cardId: string; by: AnsweredBy | null }[] {
	const shown = interests.shown;
	if (!shown) return [];
	const answers = interests.answers[shown.id] ?? {};
	return SORTING_ORDER.filter((card) => card.round !== 'condition' && answers[card.id]?.value === 'like').map((card) => ({
		cardId: card.id,
		by: answers[card.id]?.answeredBy ?? null
	}));
}

/** The whole CV of one person from the states the screens already hold; null until all are loaded. */
export function currentCv(
	name: string,
	states: { cv: CvState; about: AboutState; trials: TrialsState; interests: InterestsState },
	locale: Locale
): Cv | null {
	const { cv, about, trials, interests } = states;
	if (!cv.loaded || !about.loaded || !trials.loaded || !interests.loaded) return null;
	return buildCv({
		name,
		answers: cv.answers,
		about: about.page,
		trials: trials.trials.map((trial) => ({ trial, answers: trials.answers[trial.id] })),
		jobs: trials.allJobs,
		liked: likedCards(interests),
		entries: cv.entries,
		locale
	});
}
