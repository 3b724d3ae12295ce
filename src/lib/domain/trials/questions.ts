import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { JourneyCard, JourneyPart, Words } from '$lib/domain/journey/journey';
import { FACES, HELP_KINDS, NO_HELP, PLACE_TAGS, SYMBOLS, TASK_LIKES, TIREDNESS, TOPICS, YES_MAYBE_NO, YES_NO } from './schema';
import { faceLabel, helpLabel, noHelpLabel, placeLabel, taskLikeLabel, tirednessLabel, topicLabel, yesMaybeNoLabel } from './labels';

/**
 * How a question is answered. `one`/`many`: symbol cards. `tasks`: task cards (the job's tasks, the
 * person's own tasks, the other task cards). `photos`: media ids. `text`: only words.
 */
export type QuestionKind = 'one' | 'many' | 'tasks' | 'photos' | 'text';

/**
 * One jobbsmak question: a journey part ([Note: journeys as data]) with the way it is answered.
 * Its answers live under the trial's keys ([Note: trial answer keys]).
 */
export interface Question extends JourneyPart {
	kind: QuestionKind;
	/** Not needed for the step to count as done (photos, the edited summary). */
	optional?: boolean;
}

// ---------------------------------------------------------------------------------------------------
// The answer cards, each a symbol and its words

function cardsOf<T extends string>(ids: readonly T[], symbol: (id: T) => string, label: (id: T, locale: Locale) => string): JourneyCard[] {
	return ids.map((id) => ({ id, symbol: symbol(id) as SymbolId, label: (locale) => label(id, locale) }));
}

export const FACE_CARDS = cardsOf(FACES, (f) => SYMBOLS.face[f], faceLabel);
export const TOPIC_CARDS = cardsOf(TOPICS, (t) => SYMBOLS.topic[t], topicLabel);
export const PLACE_CARDS = cardsOf(PLACE_TAGS, (t) => SYMBOLS.place[t], placeLabel);
export const YES_NO_CARDS = cardsOf(YES_NO, (v) => SYMBOLS.yesNo[v], yesMaybeNoLabel);
export const YES_MAYBE_NO_CARDS = cardsOf(YES_MAYBE_NO, (v) => SYMBOLS.yesMaybeNo[v], yesMaybeNoLabel);
export const TIREDNESS_CARDS = cardsOf(TIREDNESS, (v) => SYMBOLS.tiredness[v], tirednessLabel);
export const TASK_LIKE_CARDS = cardsOf(TASK_LIKES, (v) => SYMBOLS.taskLike[v], taskLikeLabel);
/** The kinds of help, and "Jeg klarte meg uten hjelp" last. */
export const HELP_CARDS: JourneyCard[] = [...cardsOf(HELP_KINDS, (h) => SYMBOLS.help[h], helpLabel), { id: NO_HELP, symbol: 'feel_proud', label: noHelpLabel }];

// ---------------------------------------------------------------------------------------------------
// The questions. Each is one entry: its id (the answer key), its title in messages/ and its cards.

/** One card answers it and the screen moves on; words or a recording if the person wants. */
function one(id: string, title: Words, cards: readonly JourneyCard[]): Question {
	return { id, kind: 'one', title, cards, choice: 'one', ownWords: true, voice: true };
}

/** As many cards as fit; words or a recording if the person wants. */
function many(id: string, title: Words, cards: readonly JourneyCard[]): Question {
	return { id, kind: 'many', title, cards, choice: 'many', ownWords: true, voice: true };
}

/** Task cards: the trial's tasks, so the cards are not listed here. */
function tasks(id: string, title: Words, more: Partial<Question> = {}): Question {
	return { id, kind: 'tasks', title, cards: [], openCards: true, choice: 'many', ownWords: true, voice: true, ...more };
}

/** "Hva tror du?", before the first day. */
export const BEFORE_QUESTIONS: readonly Question[] = [
	one('expect', (locale) => m.trial_q_expect({}, { locale }), FACE_CARDS),
	many('look_forward', (locale) => m.trial_q_look_forward({}, { locale }), TOPIC_CARDS),
	many('worry', (locale) => m.trial_q_worry({}, { locale }), TOPIC_CARDS)
];

/** After each day, one question per screen, in this order. Per-task liking is `liked:<taskId>` (see likedQuestion). */
export const DAY_QUESTIONS: readonly Question[] = [
	one('day', (locale) => m.trial_q_day({}, { locale }), FACE_CARDS),
	tasks('tasks', (locale) => m.trial_q_tasks({}, { locale })),
	many('place', (locale) => m.trial_q_place({}, { locale }), PLACE_CARDS),
	one('people_kind', (locale) => m.trial_q_people_kind({}, { locale }), YES_NO_CARDS),
	one('people_help', (locale) => m.trial_q_people_help({}, { locale }), YES_NO_CARDS),
	one('breaks', (locale) => m.trial_q_breaks({}, { locale }), FACE_CARDS),
	one('tired', (locale) => m.trial_q_tired({}, { locale }), TIREDNESS_CARDS),
	one('trip', (locale) => m.trial_q_trip({}, { locale }), FACE_CARDS),
	many('help', (locale) => m.trial_q_help({}, { locale }), HELP_CARDS),
	tasks('proud', (locale) => m.trial_q_proud({}, { locale }), { symbol: SYMBOLS.proud }),
	{ id: 'photos', kind: 'photos', title: (locale) => m.trial_q_photos({}, { locale }), symbol: SYMBOLS.photos, cards: [], choice: 'many', ownWords: false, voice: false, optional: true }
];

/** After the last day. */
export const AFTER_QUESTIONS: readonly Question[] = [
	one('work_here', (locale) => m.trial_q_work_here({}, { locale }), YES_MAYBE_NO_CARDS),
	many('why', (locale) => m.trial_q_why({}, { locale }), TOPIC_CARDS),
	one('similar', (locale) => m.trial_q_similar({}, { locale }), YES_MAYBE_NO_CARDS),
	tasks('can_do', (locale) => m.trial_q_can_do({}, { locale }), { wordsHint: (locale) => m.trial_q_can_do_start({}, { locale }) }),
	// The summary the app wrote, for the person to change: only words (or a recording), never cards.
	{ id: 'summary', kind: 'text', title: (locale) => m.trial_q_summary({}, { locale }), cards: [], choice: 'many', ownWords: true, voice: true, optional: true }
];

/** The question "Likte du dette?" for one task of a day. */
export function likedQuestion(taskId: string): string {
	return `liked:${taskId}`;
}

/** "Likte du dette?" as a question of its own, asked once for each task the person did that day. */
export function likedStep(taskId: string): Question & { taskId: string } {
	return { id: likedQuestion(taskId), kind: 'one', title: (locale) => m.trial_q_liked({}, { locale }), cards: TASK_LIKE_CARDS, choice: 'one', ownWords: false, voice: false, taskId };
}

const ALL_QUESTIONS = [...BEFORE_QUESTIONS, ...DAY_QUESTIONS, ...AFTER_QUESTIONS];

/** The question's title on its screen; `liked:<task>` asks about one task. */
export function questionTitle(question: string, locale: Locale): string {
	if (question.startsWith('liked:')) return m.trial_q_liked({}, { locale });
	return ALL_QUESTIONS.find((q) => q.id === question)?.title(locale) ?? question;
}
