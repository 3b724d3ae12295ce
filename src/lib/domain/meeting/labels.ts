import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { StepHelperRole } from '$lib/domain/plan/step-schema';
import type { AttendeeRole, MeetingKind, MeetingPart, SuggestedQuestion, Wish } from './schema';

type Opt = { locale?: Locale };
type Message = (inputs: Record<string, never>, options: Opt) => string;
const o = (locale?: Locale): Opt => (locale ? { locale } : {});

// Spelled out (not looked up by a built key) so the build keeps only the messages these pages use.
const KIND: Record<MeetingKind, { label: Message; explained: Message; symbol: SymbolId }> = {
	transition: { label: m.meeting_kind_transition, explained: m.meeting_kind_transition_explained, symbol: 'doc_school' },
	change: { label: m.meeting_kind_change, explained: m.meeting_kind_change_explained, symbol: 'doc_work' },
	other: { label: m.meeting_kind_other, explained: m.meeting_kind_other_explained, symbol: 'doc_meeting' }
};

export function kindLabel(kind: MeetingKind | undefined, locale?: Locale): string {
	return kind ? KIND[kind].label({}, o(locale)) : m.meeting_untitled({}, o(locale));
}
export function kindExplained(kind: MeetingKind, locale?: Locale): string {
	return KIND[kind].explained({}, o(locale));
}
export function kindSymbol(kind: MeetingKind | undefined): SymbolId {
	return kind ? KIND[kind].symbol : 'doc_meeting';
}

const ROLE: Record<AttendeeRole, { label: Message; symbol: SymbolId }> = {
	me: { label: m.meeting_role_me, symbol: 'doc_me' },
	parent: { label: m.meeting_role_parent, symbol: 'doc_parent' },
	guardian: { label: m.meeting_role_guardian, symbol: 'info_guardian' },
	teacher: { label: m.meeting_role_teacher, symbol: 'doc_teacher' },
	counsellor: { label: m.meeting_role_counsellor, symbol: 'meet_counsellor' as SymbolId },
	ppt: { label: m.meeting_role_ppt, symbol: 'info_ppt' },
	coordinator: { label: m.meeting_role_coordinator, symbol: 'meet_coordinator' as SymbolId },
	case_worker: { label: m.meeting_role_case_worker, symbol: 'meet_case_worker' as SymbolId },
	nav: { label: m.meeting_role_nav, symbol: 'meet_nav' as SymbolId },
	job_coach: { label: m.meeting_role_job_coach, symbol: 'sup_job_coach' },
	home_staff: { label: m.meeting_role_home_staff, symbol: 'chg_home' },
	employer: { label: m.meeting_role_employer, symbol: 'meet_employer' as SymbolId },
	other: { label: m.meeting_role_other, symbol: 'helper_other' }
};

export function roleLabel(role: AttendeeRole | StepHelperRole, locale?: Locale): string {
	return ROLE[role].label({}, o(locale));
}
export function roleSymbol(role: AttendeeRole | StepHelperRole): SymbolId {
	return ROLE[role].symbol;
}

const QUESTION: Record<SuggestedQuestion, Message> = {
	after_school: m.meeting_q_after_school,
	another_trial: m.meeting_q_another_trial,
	help_apply: m.meeting_q_help_apply,
	more_help: m.meeting_q_more_help,
	next_meeting: m.meeting_q_next_meeting
};
export function questionLabel(id: SuggestedQuestion, locale?: Locale): string {
	return QUESTION[id]({}, o(locale));
}
/** Each suggested question has its own symbol, so the cards differ before they are read. */
export function questionSymbol(id: SuggestedQuestion): SymbolId {
	return ({ after_school: 'doc_school', another_trial: 'trial_jobbsmak', help_apply: 'doc_cv', more_help: 'sup_help', next_meeting: 'doc_calendar' } as const)[id] as SymbolId;
}

const WISH: Record<Wish, { label: Message; symbol: SymbolId }> = {
	break: { label: m.meeting_wish_break, symbol: 'sup_break' },
	short: { label: m.meeting_wish_short, symbol: 'meet_short' as SymbolId },
	help_speak: { label: m.meeting_wish_help_speak, symbol: 'meet_speak' as SymbolId },
	write_down: { label: m.meeting_wish_write_down, symbol: 'meet_write' as SymbolId },
	known_place: { label: m.meeting_wish_known_place, symbol: 'meet_known_place' as SymbolId }
};
export function wishLabel(id: Wish, locale?: Locale): string {
	return WISH[id].label({}, o(locale));
}
export function wishSymbol(id: Wish): SymbolId {
	return WISH[id].symbol;
}

const PART: Record<MeetingPart, { title: Message; heading: Message; symbol: SymbolId }> = {
	kind: { title: m.meeting_part_kind, heading: m.meeting_view_kind, symbol: 'doc_meeting' },
	date: { title: m.meeting_part_date, heading: m.meeting_view_when, symbol: 'doc_calendar' },
	place: { title: m.meeting_part_place, heading: m.meeting_view_when, symbol: 'sup_clock' },
	who: { title: m.meeting_part_who, heading: m.meeting_view_who, symbol: 'doc_people_table' },
	say: { title: m.meeting_part_say, heading: m.meeting_view_say, symbol: 'meet_say' as SymbolId },
	ask: { title: m.meeting_part_ask, heading: m.meeting_view_ask, symbol: 'meet_question' as SymbolId },
	how: { title: m.meeting_part_how, heading: m.meeting_view_how, symbol: 'doc_star' },
	caller: { title: m.meeting_part_caller, heading: m.meeting_view_caller, symbol: 'meet_coordinator' as SymbolId },
	agreed: { title: m.meeting_part_agreed, heading: m.meeting_view_agreed, symbol: 'meet_agreed' as SymbolId },
	steps: { title: m.meeting_part_steps, heading: m.meeting_view_steps, symbol: 'doc_goal' },
	next: { title: m.meeting_part_next, heading: m.meeting_view_next, symbol: 'doc_calendar' }
};
/** The question a step screen asks: "Hvem kommer på møtet?". */
export function partTitle(part: MeetingPart, locale?: Locale): string {
	return PART[part].title({}, o(locale));
}
/** The heading of a part on the finished page: "Disse kommer". */
export function partHeading(part: MeetingPart, locale?: Locale): string {
	return PART[part].heading({}, o(locale));
}
export function partSymbol(part: MeetingPart): SymbolId {
	return PART[part].symbol;
}

/** Why a question file was refused (or could not be stored), in easy words: nothing saved has changed. */
export function questionFileProblemText(problem: 'too-big' | 'not-json' | 'not-questions' | 'damaged' | 'full'): string {
	return {
		'too-big': m.meeting_caller_error_too_big,
		'not-json': m.meeting_caller_error_not_json,
		'not-questions': m.meeting_caller_error_not_questions,
		damaged: m.meeting_caller_error_damaged,
		full: m.meeting_caller_error_full
	}[problem]();
}
