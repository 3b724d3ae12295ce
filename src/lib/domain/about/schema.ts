import type { SymbolId } from '$lib/symbols/registry';
import { parsePartKey, partKey, type PartSub } from '$lib/domain/journey/journey-keys';

/**
 * [Note: Om meg keys] "Om meg" is the one-page profile: three parts, each answered by choosing symbol
 * cards and, if the person wants, their own words or a recording. Stored as journey answers
 * ([Note: journey keys]): `about/<part>`, `about/<part>/text`, `about/<part>/voice`.
 */
export const ABOUT_PARTS = ['liked_for', 'important', 'support'] as const;
export type AboutPart = (typeof ABOUT_PARTS)[number];
export type AboutSub = PartSub;

export const ABOUT_PREFIX = 'about/';

/** "Et bilde av meg": the media id of the photo the person chose for Om meg (and the CV). */
export const ABOUT_PHOTO_KEY = 'about/photo';

const KEYS = { prefix: ABOUT_PREFIX, parts: ABOUT_PARTS.map((id) => ({ id })) };

export function aboutKey(part: AboutPart, sub?: AboutSub): string {
	return partKey(KEYS, part, sub);
}

/** Reads a stored key back; null for anything that is not an "Om meg" key. */
export function parseAboutKey(key: string): { part: AboutPart; sub?: AboutSub } | null {
	return parsePartKey(KEYS, key);
}

export function isAboutPart(value: string | null | undefined): value is AboutPart {
	return (ABOUT_PARTS as readonly string[]).includes(value ?? '');
}

/**
 * The cards of each part, each a symbol and a short label (message `about_card_<id>`). Support cards
 * reuse the support symbols of jobbsmak, so "sjekkliste" looks the same in a reflection and on the CV.
 */
export const ABOUT_CARDS: Record<AboutPart, readonly { id: string; symbol: SymbolId }[]> = {
	liked_for: [
		{ id: 'kind', symbol: 'me_kind' },
		{ id: 'happy', symbol: 'me_happy' },
		{ id: 'funny', symbol: 'me_funny' },
		{ id: 'helpful', symbol: 'me_helpful' },
		{ id: 'hardworking', symbol: 'me_hardworking' },
		{ id: 'on_time', symbol: 'me_on_time' },
		{ id: 'tidy', symbol: 'me_tidy' },
		{ id: 'careful', symbol: 'me_careful' },
		{ id: 'calm', symbol: 'me_calm' },
		{ id: 'good_with_people', symbol: 'me_people' },
		{ id: 'good_with_animals', symbol: 'me_animals' },
		{ id: 'ideas', symbol: 'me_ideas' }
	],
	important: [
		{ id: 'family', symbol: 'imp_family' },
		{ id: 'friends', symbol: 'imp_friends' },
		{ id: 'music', symbol: 'imp_music' },
		{ id: 'sport', symbol: 'imp_sport' },
		{ id: 'animals', symbol: 'imp_animals' },
		{ id: 'food', symbol: 'imp_food' },
		{ id: 'games', symbol: 'imp_games' },
		{ id: 'learning', symbol: 'imp_learning' },
		{ id: 'outdoors', symbol: 'cond_outdoors' },
		{ id: 'quiet', symbol: 'cond_quiet' },
		{ id: 'routines', symbol: 'sup_timetable' },
		{ id: 'own_money', symbol: 'doc_money' }
	],
	support: [
		{ id: 'one_thing', symbol: 'sup_instructions' },
		{ id: 'show_me', symbol: 'sup_show_me' },
		{ id: 'checklist', symbol: 'sup_checklist' },
		{ id: 'same_routine', symbol: 'sup_timetable' },
		{ id: 'breaks', symbol: 'sup_break' },
		{ id: 'contact_person', symbol: 'sup_job_coach' },
		{ id: 'talk_calmly', symbol: 'sup_talk_calm' },
		{ id: 'quiet_place', symbol: 'cond_quiet' },
		{ id: 'early_notice', symbol: 'sup_clock' },
		{ id: 'travel_training', symbol: 'sup_bus' }
	]
};

export function aboutCard(part: AboutPart, id: string): { id: string; symbol: SymbolId } | undefined {
	return ABOUT_CARDS[part].find((card) => card.id === id);
}
