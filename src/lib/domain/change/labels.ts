import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { ChangePart, WorkDays } from './schema';

type Opt = { locale?: Locale };
type Message = (inputs: Record<string, never>, options: Opt) => string;
const o = (locale?: Locale): Opt => (locale ? { locale } : {});

export function changePartTitle(part: ChangePart | 'tried', locale?: Locale): string {
	return {
		now: m.change_part_now,
		want: m.change_part_want,
		why: m.change_part_why,
		tried: m.change_part_tried,
		help: m.change_part_help
	}[part]({}, o(locale));
}

export const CHANGE_PART_SYMBOL: Record<ChangePart | 'tried', SymbolId> = {
	now: 'doc_work',
	want: 'doc_star',
	why: 'chg_why',
	tried: 'trial_jobbsmak',
	help: 'sup_help'
};

// Spelled out (not looked up by a built key) so the build keeps only the messages in use.
const CARD_LABELS: Record<ChangePart, Record<string, Message>> = {
	now: {
		vta: m.change_card_now_vta,
		day_centre: m.change_card_now_day_centre,
		school: m.change_card_now_school,
		job_support: m.change_card_now_job_support,
		job: m.change_card_now_job,
		course: m.change_card_now_course,
		home: m.change_card_now_home
	},
	want: {
		vto: m.change_card_want_vto,
		job_support: m.change_card_want_job_support,
		laerekandidat: m.change_card_want_laerekandidat,
		course: m.change_card_want_course,
		jobbsmak: m.change_card_want_jobbsmak,
		other_place: m.change_card_want_other_place,
		new_tasks: m.change_card_want_new_tasks,
		more_days: m.change_card_want_more_days,
		more_hours: m.change_card_want_more_hours,
		vta: m.change_card_want_vta,
		ordinary_leave: m.change_card_want_ordinary_leave,
		combine: m.change_card_want_combine,
		fewer_days: m.change_card_want_fewer_days,
		calmer: m.change_card_want_calmer,
		activity: m.change_card_want_activity
	},
	why: {
		new_tasks: m.change_card_why_new_tasks,
		more_pay: m.change_card_why_more_pay,
		people: m.change_card_why_people,
		bored: m.change_card_why_bored,
		ordinary: m.change_card_why_ordinary,
		noise: m.change_card_why_noise,
		learn: m.change_card_why_learn,
		closer: m.change_card_why_closer,
		friends: m.change_card_why_friends,
		more_hours: m.change_card_why_more_hours,
		tired: m.change_card_why_tired
	},
	help: {
		visit: m.change_card_help_visit,
		jobbsmak: m.change_card_help_jobbsmak,
		travel: m.change_card_help_travel,
		job_coach: m.change_card_help_job_coach,
		apply: m.change_card_help_apply,
		talk_nav: m.change_card_help_talk_nav,
		course: m.change_card_help_course,
		cv: m.change_card_help_cv,
		leave: m.change_card_help_leave,
		vta_place: m.change_card_help_vta_place
	}
};

export function changeCardLabel(part: ChangePart, id: string, locale?: Locale): string {
	return CARD_LABELS[part][id]?.({}, o(locale)) ?? id;
}

/** "3 dager" on the week chooser; "Vet ikke ennå" for 0. */
export function workDaysLabel(days: WorkDays, locale?: Locale): string {
	return days === 0 ? m.change_days_unsure({}, o(locale)) : m.change_days_choice({ count: days }, o(locale));
}

/** The request's line: "Jeg vil jobbe 3 dager i uka." */
export function workDaysLine(days: WorkDays, locale?: Locale): string {
	return days === 0 ? m.change_days_line_unsure({}, o(locale)) : m.change_days_line({ count: days }, o(locale));
}
