import { m } from '$lib/paraglide/messages';
import { answeredByText } from '$lib/domain/answers/helper-label';
import { formatDate } from '$lib/i18n/dates';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { saveFile } from '$lib/files/save-file';
import { announce } from '$lib/ui/announce.svelte';
import type { MeetingsState } from '../meeting.svelte';
import { callerQuestionSymbol, type CallerAnswer } from '../caller-questions';
import { attendeeTexts, meetingFileName, partFilled, pointText, whenText, type PointSources } from '../meeting-rules';
import { partHeading, questionLabel, questionSymbol, roleLabel, roleSymbol, wishLabel, wishSymbol } from '../labels';
import { AFTER_PARTS, type Meeting, type MeetingPart } from '../schema';

/** One line of a part on the finished page: a symbol and its words. */
export interface ViewLine {
	symbol: SymbolId;
	text: string;
}

/** One part of the finished page, as the person shows it in the meeting. */
export interface ViewSection {
	part: MeetingPart;
	heading: string;
	lines: ViewLine[];
	/** Words written as running text (what was agreed). */
	words?: string;
	/** "Det vi ble enige om" was also said aloud and recorded. */
	voice?: boolean;
	/** "Kari (lærer) skrev dette." when a helper gave the part; null for the person's own. */
	by: string | null;
}

/** Who gave these parts, when it was a helper: a helper's answers are always marked as the helper's. */
export function helperOf(meeting: Meeting, ...parts: MeetingPart[]): string | null {
	const helper = parts.map((p) => meeting.partsBy[p]).find((b) => b?.kind === 'helper');
	return helper ? answeredByText(helper) : null;
}

/** Each question from the one who calls the meeting, and under it the person's answer (or that there is none yet). */
export function callerLines(answers: readonly CallerAnswer[], locale: Locale): ViewLine[] {
	return answers.flatMap((a) => {
		const said = [a.card?.text, a.words?.text].filter(Boolean).join('. ');
		const answer = said ? m.meeting_caller_answered({ answer: said }, { locale }) : a.voice ? m.meeting_voice_saved({}, { locale }) : m.meeting_caller_no_answer({}, { locale });
		return [
			{ symbol: callerQuestionSymbol(a.question), text: a.question.text },
			{ symbol: a.card?.symbol ?? 'meet_say', text: answer }
		];
	});
}

/** "Før møtet": when and where, who comes, what to say, what to ask, how it should go, the caller's questions. */
export function beforeSections(meeting: Meeting, points: Pick<PointSources, 'planSteps' | 'trials'>, locale: Locale, caller: readonly CallerAnswer[] = []): ViewSection[] {
	const when = whenText(meeting, locale);
	const own = (text: string, symbol: SymbolId): ViewLine => ({ symbol, text });
	return [
		{
			part: 'date',
			heading: partHeading('date'),
			lines: [...(when ? [own(when, 'doc_calendar')] : []), ...(meeting.place ? [own(meeting.place, 'meet_known_place')] : [])],
			by: helperOf(meeting, 'date', 'place')
		},
		{ part: 'who', heading: partHeading('who'), lines: meeting.attendees.flatMap((a) => attendeeTexts(a, locale).map((text) => own(text, roleSymbol(a.role)))), by: helperOf(meeting, 'who') },
		{
			part: 'say',
			heading: partHeading('say'),
			// Chosen cards, steps and trials read in the language on the screen now.
			lines: meeting.points.flatMap((p) => {
				const text = pointText(p, points, locale);
				return text === null ? [] : [own(text, (p.symbol ?? 'meet_say') as SymbolId)];
			}),
			by: helperOf(meeting, 'say')
		},
		{
			part: 'ask',
			heading: partHeading('ask'),
			lines: [...meeting.questions.suggested.map((q) => own(questionLabel(q), questionSymbol(q))), ...meeting.questions.own.map((q) => own(q, 'meet_question'))],
			by: helperOf(meeting, 'ask')
		},
		{ part: 'how', heading: partHeading('how'), lines: meeting.wishes.map((w) => own(wishLabel(w), wishSymbol(w))), by: helperOf(meeting, 'how') },
		{ part: 'caller', heading: partHeading('caller'), lines: callerLines(caller, locale), by: helperOf(meeting, 'caller') }
	];
}

/** "Etter møtet", once anything of it is written (or said): nothing before the meeting has been. */
export function afterSections(meeting: Meeting, voice: boolean, locale: Locale): ViewSection[] {
	if (!voice && !AFTER_PARTS.some((p) => partFilled(meeting, p))) return [];
	const { after } = meeting;
	return [
		{ part: 'agreed', heading: partHeading('agreed'), lines: [], words: after.agreed, voice, by: helperOf(meeting, 'agreed') },
		{
			part: 'steps',
			heading: partHeading('steps'),
			lines: after.steps
				.filter((s) => s.what.trim())
				.map((s) => ({
					symbol: roleSymbol(s.who.role),
					text: [s.what, s.who.name ? `${s.who.name} (${roleLabel(s.who.role).toLocaleLowerCase()})` : roleLabel(s.who.role), s.due ? m.plan_step_by({ day: formatDate(s.due, locale) }) : null]
						.filter(Boolean)
						.join('. ')
				})),
			by: helperOf(meeting, 'steps')
		},
		{ part: 'next', heading: partHeading('next'), lines: after.nextDate ? [{ symbol: 'doc_calendar', text: formatDate(after.nextDate, locale) }] : [], by: helperOf(meeting, 'next') }
	];
}

export function sectionEmpty(section: ViewSection): boolean {
	return section.lines.length === 0 && !section.words && !section.voice;
}

/** What "Les opp" says for a part: its heading and every line, or that nothing is written yet. */
export function sectionSpoken(section: ViewSection): string {
	if (sectionEmpty(section)) return `${section.heading}. ${m.meeting_view_empty()}`;
	return [section.heading, ...section.lines.map((l) => l.text), section.words].filter(Boolean).join('. ');
}

/** The screen that changes one part of a meeting. */
export function meetingStepHref(meetingId: string, part: MeetingPart): string {
	return `/meeting/step?id=${encodeURIComponent(meetingId)}&part=${part}`;
}

/**
 * The finished page of one meeting (/meeting/view?id=…): every part in symbols and words, ready to be
 * read aloud and shown in the meeting.
 */
export class MeetingView {
	readonly #meetings: () => MeetingsState | null;
	readonly #id: () => string | null;
	readonly #locale: () => Locale;

	meeting = $derived.by(() => this.#meetings()?.meeting(this.#id()));
	before = $derived.by(() => {
		const meetings = this.#meetings();
		const locale = this.#locale();
		return this.meeting && meetings ? beforeSections(this.meeting, meetings.sources(locale), locale, meetings.callerAnswers(this.meeting, locale)) : [];
	});
	after = $derived.by(() => (this.meeting ? afterSections(this.meeting, !!this.#meetings()?.voices[this.meeting.id], this.#locale()) : []));
	/** Who gave the kind of meeting, when a helper did. */
	kindBy = $derived(this.meeting ? helperOf(this.meeting, 'kind') : null);

	constructor(meetings: () => MeetingsState | null, id: () => string | null, locale: () => Locale) {
		this.#meetings = meetings;
		this.#id = id;
		this.#locale = locale;
	}

	editHref(part: MeetingPart): string {
		return meetingStepHref(this.meeting?.id ?? '', part);
	}

	/** "Legg i kalenderen" for the meeting, or (next) for the next one. */
	async addToCalendar(next: boolean): Promise<void> {
		const meetings = this.#meetings();
		const meeting = this.meeting;
		if (!meetings || !meeting) return;
		const locale = this.#locale();
		const ics = meetings.calendar(meeting.id, locale, new Date(), next);
		const day = next ? meeting.after.nextDate : meeting.date;
		if (!ics || !day) return;
		const file = new File([ics], meetingFileName(day, locale, next), { type: 'text/calendar' });
		if (await saveFile(file)) announce(m.meeting_calendar_done());
	}
}
