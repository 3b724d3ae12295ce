import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { ChangePart } from './schema';

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
		more_days: m.change_card_want_more_days
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
		more_hours: m.change_card_why_more_hours
	},
	help: {
		visit: m.change_card_help_visit,
		jobbsmak: m.change_card_help_jobbsmak,
		travel: m.change_card_help_travel,
		job_coach: m.change_card_help_job_coach,
		apply: m.change_card_help_apply,
		talk_nav: m.change_card_help_talk_nav,
		course: m.change_card_help_course,
		cv: m.change_card_help_cv
	}
};

export function changeCardLabel(part: ChangePart, id: string, locale?: Locale): string {
	return CARD_LABELS[part][id]?.({}, o(locale)) ?? id;
}
