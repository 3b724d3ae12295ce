import type { SymbolId } from '$lib/symbols/registry';
import { parsePartKey, partKey, type PartSub } from '$lib/domain/journey/journey-keys';

/**
 * [Note: change request keys] "Jeg vil prøve noe annet": an adult in sheltered work (VTA) or a day
 * centre says what they do now, what they want to try and why, and what help they need. Stored as
 * journey answers ([Note: journey keys]): `change/<part>`, `change/<part>/text`,
 * `change/<part>/voice`, and two of its own:
 *   change/now/where     where the person is now (a place name)
 *   change/want/jobs     job ids from the catalogue (the person's starred jobs)
 *   change/want/days     how many days a week the person wants to work: 1–5, or 0 for "not sure yet"
 * What the person has tried is never asked: it is read from their trials.
 */
export const CHANGE_PARTS = ['now', 'want', 'why', 'help'] as const;
export type ChangePart = (typeof CHANGE_PARTS)[number];
export type ChangeSub = PartSub | 'where' | 'jobs' | 'days';

/** Days a week the person can choose; 0 is "Vet ikke ennå". */
export const WORK_DAYS = [1, 2, 3, 4, 5, 0] as const;
export type WorkDays = (typeof WORK_DAYS)[number];

export function isWorkDays(value: unknown): value is WorkDays {
	return (WORK_DAYS as readonly unknown[]).includes(value);
}

/** A five-day week is a full post: helpers read days as the percent NAV and the places use. */
export function workPercent(days: WorkDays): number | null {
	return days === 0 ? null : days * 20;
}

export const CHANGE_PREFIX = 'change/';

const KEYS = { prefix: CHANGE_PREFIX, parts: CHANGE_PARTS.map((id) => ({ id })) };

export function changeKey(part: ChangePart, sub?: ChangeSub): string {
	return `${partKey(KEYS, part)}${sub ? `/${sub}` : ''}`;
}

/** Reads a stored key back; null for anything that is not a change-request key. */
export function parseChangeKey(key: string): { part: ChangePart; sub?: ChangeSub } | null {
	if (key === changeKey('now', 'where')) return { part: 'now', sub: 'where' };
	if (key === changeKey('want', 'jobs')) return { part: 'want', sub: 'jobs' };
	if (key === changeKey('want', 'days')) return { part: 'want', sub: 'days' };
	return parsePartKey(KEYS, key);
}

export function isChangePart(value: string | null | undefined): value is ChangePart {
	return (CHANGE_PARTS as readonly string[]).includes(value ?? '');
}

/** The cards of each part: a symbol and a short first-person label (message `change_card_<part>_<id>`). */
export const CHANGE_CARDS: Record<ChangePart, readonly { id: string; symbol: SymbolId }[]> = {
	now: [
		{ id: 'vta', symbol: 'job_factory' },
		{ id: 'day_centre', symbol: 'info_day_centre' },
		{ id: 'school', symbol: 'doc_school' },
		{ id: 'job_support', symbol: 'info_supported' },
		{ id: 'job', symbol: 'doc_work' },
		{ id: 'course', symbol: 'doc_course' },
		{ id: 'home', symbol: 'chg_home' }
	],
	want: [
		{ id: 'vto', symbol: 'info_vto' },
		{ id: 'job_support', symbol: 'sup_job_coach' },
		{ id: 'laerekandidat', symbol: 'doc_certificate' },
		{ id: 'course', symbol: 'doc_course' },
		{ id: 'jobbsmak', symbol: 'trial_jobbsmak' },
		{ id: 'other_place', symbol: 'chg_ordinary' },
		{ id: 'new_tasks', symbol: 'chg_tasks' },
		{ id: 'more_days', symbol: 'doc_calendar' },
		{ id: 'more_hours', symbol: 'sup_clock' },
		// From a day centre to work, and from sheltered work to an ordinary job: with leave from the
		// VTA place (so the person can go back), or both at once.
		{ id: 'vta', symbol: 'job_factory' },
		{ id: 'ordinary_leave', symbol: 'chg_leave' },
		{ id: 'combine', symbol: 'chg_combine' },
		// The other way is a change too: less work, calmer work, or activities instead of work.
		{ id: 'fewer_days', symbol: 'chg_fewer_days' },
		{ id: 'calmer', symbol: 'chg_calm' },
		{ id: 'activity', symbol: 'info_day_centre' }
	],
	why: [
		{ id: 'new_tasks', symbol: 'chg_tasks' },
		{ id: 'more_pay', symbol: 'doc_money' },
		{ id: 'people', symbol: 'me_people' },
		{ id: 'bored', symbol: 'feel_bored' },
		{ id: 'ordinary', symbol: 'chg_ordinary' },
		{ id: 'noise', symbol: 'cond_noisy' },
		{ id: 'learn', symbol: 'imp_learning' },
		{ id: 'closer', symbol: 'chg_home' },
		{ id: 'friends', symbol: 'imp_friends' },
		{ id: 'more_hours', symbol: 'sup_clock' },
		{ id: 'tired', symbol: 'feel_tired' }
	],
	help: [
		{ id: 'visit', symbol: 'chg_ordinary' },
		{ id: 'jobbsmak', symbol: 'trial_jobbsmak' },
		{ id: 'travel', symbol: 'sup_bus' },
		{ id: 'job_coach', symbol: 'sup_job_coach' },
		{ id: 'apply', symbol: 'chg_apply' },
		{ id: 'talk_nav', symbol: 'info_nav' },
		{ id: 'course', symbol: 'doc_course' },
		{ id: 'cv', symbol: 'doc_cv' },
		{ id: 'leave', symbol: 'chg_apply' },
		{ id: 'vta_place', symbol: 'chg_apply' }
	]
};

export function changeCard(part: ChangePart, id: string): { id: string; symbol: SymbolId } | undefined {
	return CHANGE_CARDS[part].find((card) => card.id === id);
}
