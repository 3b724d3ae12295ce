import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import type { Journey } from '$lib/domain/journey/journey';
import { cardOf } from '$lib/domain/journey/journey';
import { foldAnswers, type PartAnswers } from '$lib/domain/journey/journey-keys';
import { YES_MAYBE_NO_CARDS } from '$lib/domain/trials/questions';
import { callerPrefix, MAX_CALLER_QUESTIONS, type CallerQuestion, type Meeting } from './schema';

/**
 * "Spørsmål fra den som kaller inn": a helper writes the questions (or loads them from a file), and the
 * person answers each on its own screen, with the same Ja / Kanskje / Nei cards as a jobbsmak day and
 * their own words or voice. Pure, so each rule is tested without a screen.
 */

/** A question as written or read from a file, before it has an id. */
export interface NewCallerQuestion {
	text: string;
	symbol?: string;
}

/**
 * Adds questions at the end; blank ones and ones already there (same words) are left out, and there
 * are never more than MAX_CALLER_QUESTIONS. `newId` gives an id never used before, so an answer
 * given to a removed question never turns up under a new one.
 */
export function addCallerQuestions(list: readonly CallerQuestion[], added: readonly NewCallerQuestion[], newId: () => string): CallerQuestion[] {
	const out = [...list];
	for (const q of added) {
		const text = q.text.trim().slice(0, 300);
		if (!text || out.some((o) => o.text === text) || out.length >= MAX_CALLER_QUESTIONS) continue;
		out.push({ id: newId(), text, ...(q.symbol ? { symbol: q.symbol } : {}) });
	}
	return out;
}

/** New words for one question; emptied, the question is taken away. */
export function editCallerQuestion(list: readonly CallerQuestion[], id: string, text: string): CallerQuestion[] {
	const clean = text.trim().slice(0, 300);
	return clean ? list.map((q) => (q.id === id ? { ...q, text: clean } : q)) : list.filter((q) => q.id !== id);
}

/** A short id for a new question ("q-1a2b3c4d"): it goes into the answer keys, so it holds no "/". */
export function newQuestionId(): string {
	return `q-${crypto.randomUUID().slice(0, 8)}`;
}

export function callerQuestionSymbol(q: Pick<CallerQuestion, 'symbol'>): SymbolId {
	return (q.symbol ?? 'meet_question') as SymbolId;
}

/** Where the person answers one question. */
export function callerAnswerHref(meetingId: string, questionId: string): string {
	return `/meeting/caller?id=${encodeURIComponent(meetingId)}&q=${encodeURIComponent(questionId)}`;
}

/** The questions of one meeting as a journey ([Note: journeys as data]): one part, one screen, per question. */
export function callerJourney(meeting: Pick<Meeting, 'id' | 'callerQuestions'>): Journey {
	const view = `/meeting/view?id=${encodeURIComponent(meeting.id)}`;
	return {
		id: `meeting-caller-${meeting.id}`,
		prefix: callerPrefix(meeting.id),
		parts: (meeting.callerQuestions ?? []).map((q) => ({
			id: q.id,
			// The words are the helper's, the same in every language.
			title: () => q.text,
			symbol: callerQuestionSymbol(q),
			cards: YES_MAYBE_NO_CARDS,
			cardsLabel: (locale) => m.meeting_caller_cards({}, { locale }),
			choice: 'one',
			ownWords: true,
			voice: true
		})),
		home: { href: view, title: (locale) => m.meeting_title({}, { locale }), symbol: 'doc_meeting', partHref: (part) => callerAnswerHref(meeting.id, part) },
		notFound: (locale) => m.meeting_caller_not_found({}, { locale }),
		said: {
			on: (card, locale) => m.meeting_card_on({ card }, { locale }),
			off: (card, locale) => m.meeting_card_off({ card }, { locale }),
			saved: (locale) => m.meeting_saved({}, { locale })
		}
	};
}

/** One question with the person's answer, as the finished page and the document show it. */
export interface CallerAnswer {
	question: CallerQuestion;
	/** The chosen card's words ("Ja"), if a card was chosen. */
	card?: { text: string; symbol: SymbolId; by: AnsweredBy | null };
	/** The person's own words. */
	words?: { text: string; by: AnsweredBy | null };
	/** The answer was said and recorded. */
	voice: boolean;
}

/** Each question with what the person answered, in the order the questions are. */
export function callerAnswers(meeting: Pick<Meeting, 'id' | 'callerQuestions'>, answers: readonly Answer[], locale: Locale): CallerAnswer[] {
	const journey = callerJourney(meeting);
	const folded = foldAnswers(journey, answers);
	return journey.parts.map((part, i) => {
		const given: PartAnswers = folded[part.id]!;
		const card = given.cards[0] ? cardOf(part, given.cards[0]) : undefined;
		return {
			question: meeting.callerQuestions![i]!,
			...(card ? { card: { text: card.label(locale), symbol: card.symbol, by: given.cardsBy } } : {}),
			...(given.text.trim() ? { words: { text: given.text.trim(), by: given.textBy } } : {}),
			voice: !!given.voiceId
		};
	});
}
