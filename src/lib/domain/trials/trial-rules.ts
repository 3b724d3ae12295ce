import { languageTag, type Locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import type { Answer } from '$lib/domain/answers/schema';
import { AFTER_QUESTIONS, BEFORE_QUESTIONS, DAY_QUESTIONS, likedQuestion, type Question } from './questions';
import { formatDate } from '$lib/i18n/dates';
import {
	FACES,
	HELP_KINDS,
	MAX_DAYS,
	MIN_DAYS,
	OWN_TASK_PREFIX,
	NO_HELP,
	PLACE_OPPOSITE,
	PLACE_TAGS,
	TIREDNESS,
	TOPICS,
	YES_MAYBE_NO,
	YES_NO,
	isOwnTask,
	isRealDate,
	parseTrialKey,
	phasePath,
	type AnswerRef,
	type Phase,
	type PlaceTag,
	type Trial
} from './schema';

// ---------------------------------------------------------------------------------------------------
// Days

/** Real dates only, in order, each once: what the date picker hands over becomes what is stored. */
export function normaliseDays(days: readonly string[]): string[] {
	return [...new Set(days.map((d) => d.trim()).filter(isRealDate))].sort();
}

export type DaysCheck =
	| { ok: true; days: string[] }
	| { ok: false; reason: 'none' | 'too-many'; days: string[] };

/** 1–20 days. The picker stops at 20, so "too-many" is a guard, not something the person should meet. */
export function checkDays(days: readonly string[]): DaysCheck {
	const normal = normaliseDays(days);
	if (normal.length < MIN_DAYS) return { ok: false, reason: 'none', days: normal };
	if (normal.length > MAX_DAYS) return { ok: false, reason: 'too-many', days: normal };
	return { ok: true, days: normal };
}

/** Adds or removes one day in the picker. Adding a 21st day does nothing (the picker says why). */
export function toggleDay(days: readonly string[], day: string): string[] {
	if (!isRealDate(day)) return normaliseDays(days);
	if (days.includes(day)) return normaliseDays(days.filter((d) => d !== day));
	const normal = normaliseDays(days);
	return normal.length >= MAX_DAYS ? normal : normaliseDays([...normal, day]);
}

/** "mandag 3. mars": dates with the weekday, as easy-read asks. */
export function dayLabel(day: string, locale: string, withYear = false): string {
	return formatDate(day, locale, withYear);
}

/** "mandag 5. oktober til onsdag 7. oktober" (one day alone when first and last are the same day). */
export function daysRange(first: string, last: string, locale: Locale, withYear = false): string {
	if (first === last) return dayLabel(first, locale, withYear);
	return m.trial_dates_range({ first: dayLabel(first, locale, withYear), last: dayLabel(last, locale, withYear) }, { locale });
}

/** The weekday alone ("mandag"), for the date picker's column headings and day chips. */
export function weekdayName(day: string, locale: string): string {
	const [y, mo, d] = day.split('-').map(Number);
	const tag = languageTag(locale);
	return new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, mo! - 1, d!)));
}

/** The days of the 7-day week that starts on Monday and holds `day`: a week row of the date picker. */
export function weekOf(day: string): string[] {
	const [y, mo, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y!, mo! - 1, d!));
	const monday = new Date(date);
	monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
	return Array.from({ length: 7 }, (_, i) => {
		const x = new Date(monday);
		x.setUTCDate(monday.getUTCDate() + i);
		return x.toISOString().slice(0, 10);
	});
}

/** "09:00" → "kl. 9" / "kl. 9.30" in Norwegian, "9:30" in English (easy-read: times as "kl. 9"). */
export function timeLabel(time: string, locale: string): string {
	const [h, min] = time.split(':').map(Number);
	if (locale === 'en') return `${h}:${String(min).padStart(2, '0')}`;
	return min === 0 ? `kl. ${h}` : `kl. ${h}.${String(min).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// Questions

export { AFTER_QUESTIONS, BEFORE_QUESTIONS, DAY_QUESTIONS, likedQuestion, type Question, type QuestionKind } from './questions';

export function questionsOf(phase: Phase): readonly Question[] {
	return phase.kind === 'before' ? BEFORE_QUESTIONS : phase.kind === 'after' ? AFTER_QUESTIONS : DAY_QUESTIONS;
}

// ---------------------------------------------------------------------------------------------------
// Answers of one trial

/** The answers of one phase, by `question` or `question/part` ("day", "day/text", "liked:act_cook"). */
export type PhaseAnswers = Record<string, Answer>;

/** One trial's answers, grouped the way the screens use them. Helper notes are kept apart. */
export interface TrialAnswers {
	before: PhaseAnswers;
	days: Record<string, PhaseAnswers>;
	after: PhaseAnswers;
	/** Helper notes by phase path: "before", "day/2026-03-02", "after". Never the person's words. */
	notes: Record<string, Answer>;
}

export function emptyTrialAnswers(): TrialAnswers {
	return { before: {}, days: {}, after: {}, notes: {} };
}

/** Sorts a person's answers into their trials; other answers and malformed keys are left out. */
export function groupTrialAnswers(answers: readonly Answer[]): Map<string, TrialAnswers> {
	const byTrial = new Map<string, TrialAnswers>();
	for (const answer of answers) {
		const parsed = parseTrialKey(answer.key);
		if (!parsed) continue;
		const group = byTrial.get(parsed.trialId) ?? emptyTrialAnswers();
		byTrial.set(parsed.trialId, group);
		if (parsed.type === 'note') {
			group.notes[phasePath(parsed.phase)] = answer;
			continue;
		}
		const slot = parsed.part ? `${parsed.question}/${parsed.part}` : parsed.question;
		phaseAnswers(group, parsed.phase, true)[slot] = answer;
	}
	return byTrial;
}

/** The answers of one phase (an empty object when there are none). */
export function phaseAnswers(group: TrialAnswers, phase: Phase, create = false): PhaseAnswers {
	if (phase.kind !== 'day') return group[phase.kind];
	const found = group.days[phase.day];
	if (found) return found;
	const fresh: PhaseAnswers = {};
	if (create) group.days[phase.day] = fresh;
	return fresh;
}

/** Puts one stored answer into the grouped answers (after a save), returning a new group object. */
export function withAnswer(group: TrialAnswers, ref: AnswerRef, answer: Answer): TrialAnswers {
	const slot = ref.part ? `${ref.question}/${ref.part}` : ref.question;
	const next: TrialAnswers = { ...group, days: { ...group.days } };
	if (ref.phase.kind === 'day') next.days[ref.phase.day] = { ...group.days[ref.phase.day], [slot]: answer };
	else next[ref.phase.kind] = { ...group[ref.phase.kind], [slot]: answer };
	return next;
}

/** Takes one answer out of the grouped answers (after a recording was deleted), returning a new group object. */
export function withoutAnswer(group: TrialAnswers, ref: AnswerRef): TrialAnswers {
	const slot = ref.part ? `${ref.question}/${ref.part}` : ref.question;
	const next: TrialAnswers = { ...group, days: { ...group.days } };
	const strip = (answers: PhaseAnswers | undefined): PhaseAnswers =>
		Object.fromEntries(Object.entries(answers ?? {}).filter(([k]) => k !== slot));
	if (ref.phase.kind === 'day') next.days[ref.phase.day] = strip(group.days[ref.phase.day]);
	else next[ref.phase.kind] = strip(group[ref.phase.kind]);
	return next;
}

/** The chosen option of a `one` question, or null when unanswered, skipped or not one of `options`. */
export function choiceOf<T extends string>(answers: PhaseAnswers | undefined, question: string, options: readonly T[]): T | null {
	const value = answers?.[question]?.value;
	return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** The chosen options of a `many`/`tasks`/`photos` question (known ones only, when `options` is given). */
export function choicesOf<T extends string = string>(
	answers: PhaseAnswers | undefined,
	question: string,
	options?: readonly T[]
): T[] {
	const value = answers?.[question]?.value;
	if (!Array.isArray(value)) return [];
	return (options ? value.filter((v) => (options as readonly string[]).includes(v)) : value) as T[];
}

/**
 * The person's own words for a question ("" when none): the `/text` part, except for `summary`, whose
 * whole answer is the text the person edited (it has no symbol choice).
 */
export function textOf(answers: PhaseAnswers | undefined, question: string): string {
	const value = answers?.[question === 'summary' ? question : `${question}/text`]?.value;
	return typeof value === 'string' ? value : '';
}

/** The place answers of a day, with opposites resolved (the later choice of a pair wins on screen). */
export function placeOf(answers: PhaseAnswers | undefined): PlaceTag[] {
	const chosen = choicesOf(answers, 'place', PLACE_TAGS);
	return chosen.filter((tag, i) => !chosen.slice(i + 1).includes(PLACE_OPPOSITE[tag]));
}

/**
 * Tap one choice on a many-choice screen. Answers that cannot both be true take each other away:
 * noisy/quiet, indoors/outdoors, clean/dirty, and "I managed without help" against any kind of help.
 */
export function toggleChoice(question: string, chosen: readonly string[], value: string): string[] {
	if (chosen.includes(value)) return chosen.filter((v) => v !== value);
	let list = [...chosen, value];
	if (question === 'place') list = list.filter((v) => v !== PLACE_OPPOSITE[value as PlaceTag]);
	if (question === 'help') list = value === NO_HELP ? [NO_HELP] : list.filter((v) => v !== NO_HELP);
	return list;
}

// ---------------------------------------------------------------------------------------------------
// Progress

/** A question counts as answered when it has a choice (skipping stores null), words or a recording. */
export function isAnswered(answers: PhaseAnswers | undefined, question: string): boolean {
	if (!answers) return false;
	return question in answers || `${question}/text` in answers || `${question}/voice` in answers;
}

/** The first question of a phase without an answer: where the person resumes. Null when all are answered. */
export function nextQuestion(phase: Phase, answers: PhaseAnswers | undefined): Question | null {
	return questionsOf(phase).find((q) => !q.optional && !isAnswered(answers, q.id)) ?? null;
}

export interface PhaseProgress {
	phase: Phase;
	answered: number;
	total: number;
	done: boolean;
}

/** Which steps are done: "Før", each day, "Etterpå". The plan itself is done once the trial exists. */
export interface TrialProgress {
	before: PhaseProgress;
	days: PhaseProgress[];
	after: PhaseProgress;
	/** How many of the steps (before, each day, after) are done, for "Steg 2 av 5". */
	doneSteps: number;
	totalSteps: number;
}

function phaseProgress(phase: Phase, answers: PhaseAnswers | undefined): PhaseProgress {
	const needed = questionsOf(phase).filter((q) => !q.optional);
	const answered = needed.filter((q) => isAnswered(answers, q.id)).length;
	return { phase, answered, total: needed.length, done: answered === needed.length };
}

export function trialProgress(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): TrialProgress {
	const g = group ?? emptyTrialAnswers();
	const before = phaseProgress({ kind: 'before' }, g.before);
	const days = trial.days.map((day) => phaseProgress({ kind: 'day', day }, g.days[day]));
	const after = phaseProgress({ kind: 'after' }, g.after);
	const all = [before, ...days, after];
	return { before, days, after, doneSteps: all.filter((p) => p.done).length, totalSteps: all.length };
}

/**
 * Where to go next: the first step not done, in the order before → days → after. `today` (YYYY-MM-DD,
 * from the device) only skips "before" once the trial has started and keeps days in the future from
 * being offered first; a wrong clock never hides a step, it only changes which one is suggested.
 */
export function nextStep(
	trial: Pick<Trial, 'days'>,
	group: TrialAnswers | undefined,
	today?: string
): { phase: Phase; question: Question | null } | null {
	const g = group ?? emptyTrialAnswers();
	const progress = trialProgress(trial, g);
	const started = today !== undefined && trial.days[0] !== undefined && today >= trial.days[0];
	const anyDayAnswered = progress.days.some((d) => d.answered > 0);
	if (!progress.before.done && !started && !anyDayAnswered) {
		return { phase: { kind: 'before' }, question: nextQuestion({ kind: 'before' }, g.before) };
	}
	const openDay = progress.days.find((d) => !d.done && (today === undefined || d.phase.kind !== 'day' || d.phase.day <= today));
	if (openDay) return { phase: openDay.phase, question: nextQuestion(openDay.phase, g.days[(openDay.phase as { day: string }).day]) };
	const lastDay = trial.days.at(-1);
	const allDaysPast = today === undefined || (lastDay !== undefined && today >= lastDay);
	if (!progress.after.done && (allDaysPast || progress.days.every((d) => d.done))) {
		return { phase: { kind: 'after' }, question: nextQuestion({ kind: 'after' }, g.after) };
	}
	if (!progress.before.done) return { phase: { kind: 'before' }, question: nextQuestion({ kind: 'before' }, g.before) };
	// Nothing fits the device's date (a clock in 1970, or the first day is still ahead): the first step not done.
	const firstOpen = progress.days.find((d) => !d.done);
	if (firstOpen && firstOpen.phase.kind === 'day') return { phase: firstOpen.phase, question: nextQuestion(firstOpen.phase, g.days[firstOpen.phase.day]) };
	if (!progress.after.done) return { phase: { kind: 'after' }, question: nextQuestion({ kind: 'after' }, g.after) };
	return null;
}

// ---------------------------------------------------------------------------------------------------
// Jobs and tasks

export { isOwnTask };

/**
 * "Hvilken jobb skal du prøve?": the jobs the person starred in "Hva vil jeg jobbe med?" first, then
 * the rest of the catalogue, each job once. What the person already said is offered, not asked again.
 */
export function jobChoices<J extends { id: string }>(starredIds: readonly string[], jobs: readonly J[]): { starred: J[]; others: J[] } {
	const starred = starredIds.map((id) => jobs.find((j) => j.id === id)).filter((j): j is J => j !== undefined);
	return { starred, others: jobs.filter((j) => !starredIds.includes(j.id)) };
}

/** The next free own-task id of a trial: own_1, own_2 … (never reused, so old answers keep their meaning). */
export function nextOwnTaskId(trial: Pick<Trial, 'ownTasks'>): string {
	const max = trial.ownTasks.reduce((n, t) => Math.max(n, Number(t.id.slice(OWN_TASK_PREFIX.length)) || 0), 0);
	return `${OWN_TASK_PREFIX}${max + 1}`;
}

/**
 * The task cards for "Hva gjorde du?": first the job's own tasks and the tasks the person added, then
 * the other task cards on later pages (at most 6 in view on a phone).
 */
export function taskOptions(
	trial: Pick<Trial, 'ownTasks'>,
	jobTaskIds: readonly string[],
	allTaskIds: readonly string[]
): { suggested: string[]; more: string[] } {
	const suggested = [...new Set([...jobTaskIds, ...trial.ownTasks.map((t) => t.id)])];
	return { suggested, more: allTaskIds.filter((id) => !suggested.includes(id)) };
}

/** Every task the person did on any day, in the order they first said so. */
export function tasksDone(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined): string[] {
	const seen = new Set<string>();
	for (const day of trial.days) for (const id of choicesOf(group?.days[day], 'tasks')) seen.add(id);
	return [...seen];
}

/**
 * After "Hva gjorde du?": the tasks of that day still without "Likte du dette?", in the order chosen.
 * The screen asks them one by one (one question per screen) before moving on to the place.
 */
export function likesToAsk(answers: PhaseAnswers | undefined): string[] {
	return choicesOf(answers, 'tasks').filter((taskId) => !isAnswered(answers, likedQuestion(taskId)));
}

/** For "Hva er du stolt av?": the tasks done that day. */
export function proudOptions(group: TrialAnswers | undefined, day: string): string[] {
	return choicesOf(group?.days[day], 'tasks');
}
