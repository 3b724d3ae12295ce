import { sessionState } from '$lib/domain/profile/session.svelte';
import { aboutFor } from '$lib/domain/about/about.svelte';
import { interestsFor } from '$lib/domain/interests/interests.svelte';
import { trialsFor } from '$lib/domain/trials/trials.svelte';
import type { Locale } from '$lib/i18n/locale';
import { changeFor } from '$lib/domain/change/change.svelte';
import { cvFor } from '../cv.svelte';
import { currentCv } from '../sources';

/** The states the CV is built from, for the person using the app (null when nobody is). */
export function cvStates() {
	const id = sessionState.active?.id;
	if (!id) return null;
	return { cv: cvFor(id), about: aboutFor(id), trials: trialsFor(id), interests: interestsFor(id), change: changeFor(id) };
}

/** The whole CV of the person using the app, or null while loading. */
export function activeCv(locale: Locale) {
	const states = cvStates();
	const person = sessionState.active;
	return states && person ? currentCv(person.name, states, locale) : null;
}
