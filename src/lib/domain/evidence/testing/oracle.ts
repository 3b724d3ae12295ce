import { m } from '$lib/paraglide/messages';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { ABOUT_PARTS, aboutCard, type AboutPart } from '$lib/domain/about/schema';
import { cardLabel as aboutLabel } from '$lib/domain/about/labels';
import { CHANGE_PARTS, changeCard, workPercent, type ChangePart } from '$lib/domain/change/schema';
import { changeCardLabel, workDaysLine } from '$lib/domain/change/labels';
import { SITUATION_FACT } from '$lib/domain/change/change-rules';
import { situationLine } from '$lib/domain/profile/situation-labels';
import { CARD_FIELDS, FIELD_CARDS, type CardField } from '$lib/domain/cv/schema';
import { HELP_KINDS, type HelpKind } from '$lib/domain/trials/schema';
import { helpLabel } from '$lib/domain/trials/labels';
import { cardLabel as cvLabel, lowerFirst } from '$lib/domain/cv/labels';
import { cardById, JOBS, text } from '$lib/domain/interests/catalogue';
import { goal, isJobPart, NO_JOB, PLAN_PARTS, type PlanPart } from '$lib/domain/plan/schema';
import { goalLabel, noJobLabel, stepText } from '$lib/domain/plan/labels';
import { STEP_IDEA_IDS, type StepIdea } from '$lib/domain/plan/step-schema';
import type { ConventionalCv, ExportDocument } from '$lib/domain/export/document';
import type { ExportChoice, ExportPart } from '$lib/domain/export/selection-schema';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import { allText, cvText, hasWords, readLines, sentencesOf, without, type ReadLine } from './document-text';
import type { DocumentCase } from './person-arbitrary';

/**
 * [Note: documents oracle] What every document must say, worked out from the stored records alone
 * (never from the app's own rules), and checks that return each claim that does not trace to a fact.
 * A check returns a list of findings, empty when the document is right; the property tests
 * (oracle.property.test.ts) run them over generated persons.
 */

const others = (locale: Locale) => LOCALES.filter((l) => l !== locale);

// ---------------------------------------------------------------------------------------------------
// What the documents are checked against

/** What the app wrote, on paper and on screen, for one person and one export. */
export interface Outputs {
	/** The easy-read document (preview, print, presentation and the easy-read PDF all read it). */
	doc: ExportDocument;
	/** The employer CV (its PDF and Word file read it). */
	cv: ConventionalCv;
	/** Screen: each trial's summary, in the person's language, as of today. */
	summaries: { trialId: string; sentences: { text: string; own?: boolean }[] }[];
	/** Screen: each trial's day count as the evidence model has it (absent where the code has no such model). */
	dayCounts?: { trialId: string; planned: number; done: number; ahead: number }[];
	/** Screen: the change request, in the person's language. */
	request?: Record<string, { text: string; own?: boolean }[]>;
	/** Screen: "Min CV", in the person's language. */
	screenCv?: { id: string; text: string; title?: string; meta?: string; generated: boolean }[];
}

export type LevelQuestion = 'day' | 'tired' | 'breaks' | 'trip' | 'people_kind' | 'people_help';
export const LEVEL_QUESTIONS: Record<LevelQuestion, readonly string[]> = {
	day: ['good', 'ok', 'hard'],
	tired: ['rested', 'bit', 'very'],
	breaks: ['good', 'ok', 'hard'],
	trip: ['good', 'ok', 'hard'],
	people_kind: ['yes', 'no'],
	people_help: ['yes', 'no']
};

/** One trial as the stored records say it: days planned, days told about (any answer that day), days ahead, levels per day. */
export interface TrialTruth {
	id: string;
	workplace?: string;
	planned: number;
	done: number;
	ahead: number;
	/** How many days had each level, per question (days not planned are not counted). */
	levels: Record<LevelQuestion, Record<string, number>>;
	/** The person's own summary ("after/summary"): shown instead of the app's sentences. */
	summary?: string;
	canDoWords?: string;
}

const DAY_KEY = /^trials\/([^/]+)\/day\/(\d{4}-\d{2}-\d{2})\/(.+)$/;

export function trialTruth(person: PersonEvidence, trialId: string, today: string): TrialTruth {
	const trial = person.trials.find((t) => t.trial.id === trialId)!.trial;
	const told = new Set<string>();
	const levels = Object.fromEntries(Object.entries(LEVEL_QUESTIONS).map(([q, values]) => [q, Object.fromEntries(values.map((v) => [v, 0]))])) as TrialTruth['levels'];
	for (const a of person.answers) {
		const match = DAY_KEY.exec(a.key);
		if (!match || match[1] !== trialId || !trial.days.includes(match[2]!)) continue;
		told.add(match[2]!);
		const q = match[3] as LevelQuestion;
		if (q in LEVEL_QUESTIONS && typeof a.value === 'string' && LEVEL_QUESTIONS[q].includes(a.value)) levels[q][a.value]! += 1;
	}
	const after = (q: string) => {
		const v = person.answers.find((a) => a.key === `trials/${trialId}/after/${q}`)?.value;
		return typeof v === 'string' && v.trim() ? v.trim() : undefined;
	};
	const summary = after('summary');
	const canDoWords = after('can_do/text');
	return {
		id: trialId,
		...(trial.workplace ? { workplace: trial.workplace } : {}),
		planned: trial.days.length,
		done: told.size,
		ahead: trial.days.filter((d) => d >= today && !told.has(d)).length,
		levels,
		...(summary ? { summary } : {}),
		...(canDoWords ? { canDoWords } : {})
	};
}

/** Everything typed into a text box or name field (the person's or a helper's words), trimmed: never the app's. */
export function typedTexts(person: PersonEvidence): string[] {
	const out: string[] = [person.profile.name];
	const FREE = /(\/text|\/where|\/after\/summary|^cv\/(surname|place|phone|email|school\/.+|line\/.+)|\/notes\/.+)$/;
	for (const a of person.answers) if (typeof a.value === 'string' && FREE.test(a.key)) out.push(a.value);
	for (const a of person.answers) if (a.answeredBy.kind === 'helper' && a.answeredBy.name) out.push(a.answeredBy.name);
	for (const { trial } of person.trials) {
		out.push(...[trial.workplace, trial.job?.kind === 'own' ? trial.job.title : undefined, trial.contact?.name, trial.contact?.phone, ...trial.ownTasks.map((t) => t.label)].filter((s): s is string => !!s));
		if (trial.answeredBy.kind === 'helper' && trial.answeredBy.name) out.push(trial.answeredBy.name);
	}
	for (const s of person.steps) out.push(...[s.what, s.who.name, s.answeredBy.kind === 'helper' ? s.answeredBy.name : undefined].filter((x): x is string => !!x));
	for (const e of person.entries) out.push(...[e.place, e.what, e.phone, e.answeredBy.kind === 'helper' ? e.answeredBy.name : undefined].filter((x): x is string => !!x));
	for (const x of person.meetings) {
		out.push(...[x.place, ...x.attendees.flatMap((a) => a.names), ...x.points.filter((p) => p.from === 'own').map((p) => p.text), ...x.questions.own, x.after.agreed, ...x.after.steps.flatMap((s) => [s.what, s.who.name])].filter((s): s is string => !!s));
		for (const by of Object.values(x.partsBy)) if (by?.kind === 'helper' && by.name) out.push(by.name);
	}
	for (const l of person.liked) if (l.by?.kind === 'helper' && l.by.name) out.push(l.by.name);
	for (const s of person.starred) if (s.by.kind === 'helper' && s.by.name) out.push(s.by.name);
	return [...new Set(out.flatMap((s) => [s, s.trim()]).filter((s) => s.trim()))];
}

/** A line counts as the person's own words when it says so, or when it is exactly something typed. */
function isOwn(line: { text: string; own?: boolean }, typed: ReadonlySet<string>): boolean {
	return !!line.own || typed.has(line.text) || typed.has(line.text.trim());
}

/** Typed strings long enough to take out of the app's sentences without taking letters out of words. */
const strippable = (typed: readonly string[]) => typed.filter((s) => s.trim().length >= 3);

// ---------------------------------------------------------------------------------------------------
// Reading claims out of sentences (the wording of the three languages, old and new)

type DaysClaim = { kind: 'part'; done: number; planned: number } | { kind: 'past' | 'future'; count: number } | { kind: 'ahead'; count: number };

const NUMBER = '(\\d+|én|ein|one)';
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : 1);
const PAST = /^(Jeg|Eg|Du) (var|prøvde)\b|^(I|You) (was|were|tried)\b/;
const FUTURE = /^(Jeg|Eg|Du) skal\b|^(I|You) will\b/;
const PART = /(\d+) (?:av|of) (\d+) (?:dager|dagar|days)\.$/;
const SINGLE = new RegExp(`(?:\\b(?:i|for) )?${NUMBER} (?:dag|dager|dagar|day|days)\\.$`, 'u');
const AHEAD = /^(\d+) (?:dag|dager|dagar|day|days) (?:er igjen|er att|is still to come|are still to come)\.$/;

/** What a sentence claims about a trial's days, if anything: "2 av 5 dager", "i 3 dager" (done or planned), "2 dager er igjen". */
export function daysClaim(sentence: string): DaysClaim | null {
	const ahead = AHEAD.exec(sentence);
	if (ahead) return { kind: 'ahead', count: Number(ahead[1]) };
	const part = PART.exec(sentence);
	if (part) return { kind: 'part', done: Number(part[1]), planned: Number(part[2]) };
	const single = SINGLE.exec(sentence);
	if (single && (PAST.test(sentence) || FUTURE.test(sentence))) return { kind: PAST.test(sentence) ? 'past' : 'future', count: num(single[1]!) };
	return null;
}

/** Whether a claim is what the trial's records say. */
function claimHolds(claim: DaysClaim, t: TrialTruth): boolean {
	switch (claim.kind) {
		case 'part':
			return claim.done === t.done && claim.planned === t.planned && t.done > 0 && t.done < t.planned;
		case 'past':
			return claim.count === t.done && t.done === t.planned;
		case 'future':
			return claim.count === t.planned && t.done === 0;
		case 'ahead':
			return claim.count === t.ahead && t.done > 0;
	}
}

const GOOD = /(?:\bbra|\bgood)\.$/i;
const OK = /(?:helt ok|heilt ok|\bOK)\.$/i;
const HARD = /(?:vanskelige?|vanskelege?|\bhard)\.$/i;
const faceOf = (s: string) => (GOOD.test(s) ? 'good' : OK.test(s) ? 'ok' : HARD.test(s) ? 'hard' : null);

/** Which level of which question a sentence states, and for how many days ("all": every day told about). */
export function levelClaim(sentence: string): { question: LevelQuestion; level: string; days: number | 'all' } | null {
	const days = new RegExp(`^${NUMBER} (?:dag|dager|dagar|day|days)\\b`, 'u').exec(sentence);
	const count: number | 'all' = days ? num(days[1]!) : 'all';
	const face = faceOf(sentence);
	if (/\b(pausene|pausane|breaks)\b/i.test(sentence)) return face ? { question: 'breaks', level: face, days: count } : null;
	if (/\b(turen dit|trip there)\b/i.test(sentence)) return face ? { question: 'trip', level: face, days: count } : null;
	if (face && new RegExp(`^${NUMBER} (?:dag|dager|dagar|day|days) (?:var|was|were) (?:bra|good|helt ok|heilt ok|OK|vanskelige?|vanskelege?|hard)\\.$`, 'u').test(sentence)) return { question: 'day', level: face, days: count };
	if (/\b(sliten|tired)\b/i.test(sentence)) {
		const level = /\b(veldig|very)\b/i.test(sentence) ? 'very' : /\b(litt|a bit)\b/i.test(sentence) ? 'bit' : /\b(ikke|ikkje|not)\b/i.test(sentence) ? 'rested' : null;
		return level ? { question: 'tired', level, days: count } : null;
	}
	if (/\b(hyggelige|hyggjelege|friendly)\b/i.test(sentence)) return { question: 'people_kind', level: /\b(ikke|ikkje|not)\b/i.test(sentence) ? 'no' : 'yes', days: count };
	if (/\b(hjalp|hjelpte|helped)\b/i.test(sentence) && !sentence.includes(':')) {
		const level = /\b(ingen|nobody)\b/i.test(sentence) ? 'no' : /\b(noen|nokon|someone)\b/i.test(sentence) ? 'yes' : null;
		return level ? { question: 'people_help', level, days: count } : null;
	}
	return null;
}

// ---------------------------------------------------------------------------------------------------
// Helpers over the case

const sentencesOfLines = (lines: readonly { text: string; own?: boolean }[], typed: ReadonlySet<string>) => lines.filter((l) => !isOwn(l, typed)).flatMap((l) => sentencesOf(l.text));

/** Trials that exist and are ticked (with "trials" ticked too). */
function tickedTrials(c: DocumentCase): string[] {
	const { choice } = c.export;
	if (!choice.parts.includes('trials')) return [];
	return c.person.trials.map((t) => t.trial.id).filter((id) => choice.trialIds.includes(id));
}

const ticked = (choice: ExportChoice, part: ExportPart) => choice.parts.includes(part);

/** Which trial a CV line or a "tried" line is about: by the fact beside it, else by its workplace (unique per person). */
function trialOfLine(line: { text: string; title?: string; facts?: string[] }, truths: readonly TrialTruth[]): TrialTruth | null {
	const fact = line.facts?.map((f) => /^trials\/([^/#]+)#days$/.exec(f)?.[1]).find(Boolean);
	if (fact) return truths.find((t) => t.id === fact) ?? null;
	const said = `${line.title ?? ''} ${line.text}`;
	return truths.find((t) => t.workplace && said.includes(t.workplace)) ?? null;
}

function truthsOf(c: DocumentCase): TrialTruth[] {
	return c.person.trials.map((t) => trialTruth(c.person, t.trial.id, c.plan.today));
}

// ---------------------------------------------------------------------------------------------------
// 1. Days done = days reflected

/** The trial sentences of one summary (a document section or a screen), checked against the trial's records. */
function daysOfSummary(where: string, t: TrialTruth, lines: readonly { text: string; own?: boolean }[], typed: ReadonlySet<string>): string[] {
	const out: string[] = [];
	const sentences = sentencesOfLines(lines, typed);
	const claims = sentences.map((s) => ({ s, claim: daysClaim(s) })).filter((x) => x.claim);
	for (const { s, claim } of claims) {
		if (!claimHolds(claim!, t)) out.push(`${where}: "${s}" but ${t.done} of ${t.planned} days told about, ${t.ahead} ahead`);
	}
	if (!t.summary && !claims.some((x) => x.claim!.kind !== 'ahead')) out.push(`${where}: no sentence says the days (${t.done} of ${t.planned} told about)`);
	if (t.done === 0) for (const s of sentences) if (PAST.test(s) && /\b(var på|prøvde|was at|were at|tried)\b/.test(s)) out.push(`${where}: "${s}" is past, but no day is told about`);
	return out;
}

export function checkDays(c: DocumentCase, o: Outputs): string[] {
	const out: string[] = [];
	const typed = new Set(typedTexts(c.person));
	const truths = truthsOf(c);
	const lines = readLines(o.doc);
	for (const id of tickedTrials(c)) {
		const t = truths.find((x) => x.id === id)!;
		const section = lines.filter((l) => l.part === 'trials' && l.trialId === id).map((l) => l.line);
		if (section.length) out.push(...daysOfSummary(`trial ${id} in the document`, t, section, typed));
	}
	for (const s of o.summaries) out.push(...daysOfSummary(`trial ${s.trialId} on its screen`, truths.find((t) => t.id === s.trialId)!, s.sentences, typed));
	for (const d of o.dayCounts ?? []) {
		const t = truths.find((x) => x.id === d.trialId)!;
		if (d.planned !== t.planned || d.done !== t.done || d.ahead !== t.ahead) out.push(`trial ${d.trialId}: evidence says ${JSON.stringify(d)}, records say ${t.done} of ${t.planned}, ${t.ahead} ahead`);
	}
	// The CV (easy-read and employer's) and the change request: only trials the person has been at, with the right days.
	const cvLines: { where: string; text: string; title?: string; facts?: string[]; own?: boolean }[] = [
		...lines.filter((l) => l.part === 'cv').map((l) => ({ where: 'the document CV', ...l.line })),
		...o.cv.sections.flatMap((s) => s.items.map((i) => ({ where: 'the employer CV', ...i }))),
		...(o.screenCv ?? []).map((l) => ({ where: 'the CV screen', ...l }))
	];
	for (const l of cvLines) {
		if (isOwn(l, typed)) continue;
		const t = trialOfLine(l, truths);
		for (const s of sentencesOf(l.text)) {
			const claim = daysClaim(s);
			if (!claim) continue;
			if (t ? !claimHolds(claim, t) : !truths.some((x) => claimHolds(claim, x))) out.push(`${l.where}: "${s}" (${t ? `trial ${t.id}: ${t.done} of ${t.planned} told about` : 'no trial has these days'})`);
		}
		if (t && t.done === 0) out.push(`${l.where}: trial ${t.id} is in the CV ("${l.title ?? ''} ${l.text}"), but no day is told about`);
	}
	const tried = m.change_part_tried({}, { locale: o.doc.locale });
	const triedLines = lines.filter((l) => l.part === 'change' && l.heading === tried).map((l) => l.line);
	for (const l of triedLines) {
		const t = trialOfLine(l, truths);
		if (t && t.done === 0) out.push(`the change request's "${tried}" has trial ${t.id} ("${l.text}"), but no day is told about`);
	}
	return out;
}

/**
 * A trial chosen as a point for the meeting reads "Jeg har prøvd: …": that is past, so it may only be
 * said of a trial the person has been at (a day told about).
 */
export function checkMeetingTried(c: DocumentCase, o: Outputs): string[] {
	const truths = truthsOf(c);
	const out: string[] = [];
	for (const l of readLines(o.doc)) {
		if (l.part !== 'meeting') continue;
		const id = l.line.facts?.map((f) => /#say\/trial\/([^/]+)$/.exec(f)?.[1]).find(Boolean);
		const t = id ? truths.find((x) => x.id === id) : /^(Jeg|Eg|I) (har prøvd|have tried)\b/.test(l.line.text) ? trialOfLine(l.line, truths) : null;
		if (t && t.done === 0 && /^(Jeg|Eg|I) (har prøvd|have tried)\b/.test(l.line.text)) out.push(`the meeting says "${l.line.text}", but no day of trial ${t.id} is told about`);
	}
	return out;
}

/**
 * "Dette har jeg prøvd" is part of the change request: whenever the request is in the document, it
 * lists every trial the person has been at (a day told about), ticked as trials or not, and none only
 * planned; the request screen lists them too.
 */
export function checkChangeTried(c: DocumentCase, o: Outputs): string[] {
	const out: string[] = [];
	const truths = truthsOf(c);
	const been = truths.filter((t) => t.done > 0);
	const tried = m.change_part_tried({}, { locale: o.doc.locale });
	const lines = readLines(o.doc);
	const triedLines = lines.filter((l) => l.part === 'change' && l.heading === tried).map((l) => l.line);
	const lists: [string, readonly { text: string; facts?: string[] }[] | undefined][] = [['the change request screen', o.request?.['tried']]];
	// A request the person has not started is no request (their trials alone make none); once it is there, it lists them all.
	if (ticked(c.export.choice, 'change') && lines.some((l) => l.part === 'change')) lists.push([`the change request in the document`, triedLines]);
	for (const [where, list] of lists) {
		if (!list) continue;
		if (list.length !== been.length) out.push(`${where}: "${tried}" lists ${list.length} trial(s), ${been.length} have days told about (${been.map((t) => t.id).join(', ')})`);
		for (const l of list) {
			const t = trialOfLine(l, truths);
			if (t && t.done === 0) out.push(`${where}: "${tried}" has trial ${t.id} ("${l.text}"), but no day is told about`);
		}
	}
	return out;
}

/**
 * How much the person wants to work and where they are now say exactly what was stored: the days
 * line says the stored days (with its percent) and is there only when days were chosen; where the
 * person is now is said once, from the profile, unless they tapped the same card in the request.
 */
export function checkChangeTime(c: DocumentCase, o: Outputs): string[] {
	const out: string[] = [];
	const p = c.plan;
	const days = p.change.days;
	const lines = readLines(o.doc).filter((l) => l.part === 'change');
	const lists: [string, readonly { text: string; meta?: string; facts?: string[] }[], Locale][] = [];
	if (o.request) lists.push(['the change request screen', Object.values(o.request).flat(), c.person.profile.locale]);
	if (lines.length) lists.push(['the change request in the document', lines.map((l) => l.line), o.doc.locale]);
	for (const [where, list, locale] of lists) {
		const said = list.filter((l) => l.facts?.includes('change/want/days'));
		if (!days && said.length) out.push(`${where}: a working-time line, but no days were chosen`);
		if (days) {
			const want = workDaysLine(days.value, locale);
			const percent = workPercent(days.value);
			if (said.length !== 1 || said[0]!.text !== want) out.push(`${where}: working time should say "${want}", says ${JSON.stringify(said.map((l) => l.text))}`);
			else if ((said[0]!.meta ?? null) !== (percent === null ? null : m.change_days_percent({ percent }, { locale }))) out.push(`${where}: "${want}" has the percent "${said[0]!.meta}"`);
		}
		const situation = list.filter((l) => l.facts?.includes(SITUATION_FACT));
		const tapped = p.change.now.cards?.value ?? [];
		const expected = p.situation && p.situation !== 'none' && !tapped.includes(p.situation) ? situationLine(p.situation, locale) : null;
		if (expected === null && situation.length) out.push(`${where}: says where the person is now ("${situation[0]!.text}"), but it was ${p.situation ?? 'never said'} or tapped as a card`);
		if (expected !== null && (situation.length !== 1 || situation[0]!.text !== expected)) out.push(`${where}: should say "${expected}" once, says ${JSON.stringify(situation.map((l) => l.text))}`);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------
// 2. Levels equal

function levelsOfSummary(where: string, t: TrialTruth, lines: readonly { text: string; own?: boolean }[], typed: ReadonlySet<string>): string[] {
	if (t.summary) return [];
	const stated = Object.fromEntries(Object.entries(LEVEL_QUESTIONS).map(([q, values]) => [q, Object.fromEntries(values.map((v) => [v, 0]))])) as TrialTruth['levels'];
	for (const s of sentencesOfLines(lines, typed)) {
		const claim = levelClaim(s);
		if (!claim) continue;
		const all = Object.values(t.levels[claim.question]).reduce((a, b) => a + b, 0);
		stated[claim.question][claim.level]! += claim.days === 'all' ? all : claim.days;
	}
	const out: string[] = [];
	for (const q of Object.keys(LEVEL_QUESTIONS) as LevelQuestion[]) {
		if (JSON.stringify(stated[q]) !== JSON.stringify(t.levels[q])) out.push(`${where}: "${q}" says ${JSON.stringify(stated[q])}, the days say ${JSON.stringify(t.levels[q])} (${sentencesOfLines(lines, typed).filter((s) => levelClaim(s)?.question === q).join(' | ')})`);
	}
	return out;
}

export function checkLevels(c: DocumentCase, o: Outputs): string[] {
	const out: string[] = [];
	const typed = new Set(typedTexts(c.person));
	const truths = truthsOf(c);
	const lines = readLines(o.doc);
	for (const id of tickedTrials(c)) {
		const section = lines.filter((l) => l.part === 'trials' && l.trialId === id).map((l) => l.line);
		if (section.length) out.push(...levelsOfSummary(`trial ${id} in the document`, truths.find((t) => t.id === id)!, section, typed));
	}
	for (const s of o.summaries) out.push(...levelsOfSummary(`trial ${s.trialId} on its screen`, truths.find((t) => t.id === s.trialId)!, s.sentences, typed));
	return out;
}

// ---------------------------------------------------------------------------------------------------
// 3. Cards in the document's language

/** A card the person chose, and its words in each language (as a line, and as words inside a sentence). */
interface CardSaid {
	what: string;
	part: ExportPart;
	label: (locale: Locale) => string;
	/** The line the document shows for it (defaults to the label). */
	line?: (locale: Locale) => string;
	/** Every way the card is written in a language (a task is also said as "lage mat" inside a sentence); defaults to the label. */
	forms?: (locale: Locale) => string[];
	/** Said inside the app's sentences, never a line of its own: only looked for in other languages. */
	inSentences?: boolean;
}

function cardsOf(person: PersonEvidence): CardSaid[] {
	const out: CardSaid[] = [];
	const listOf = (key: string): string[] => {
		const v = person.answers.find((a: Answer) => a.key === key)?.value;
		return Array.isArray(v) ? v : [];
	};
	for (const part of ABOUT_PARTS) for (const id of listOf(`about/${part}`)) if (aboutCard(part, id)) out.push({ what: `about/${part}#${id}`, part: 'about', label: (l) => aboutLabel(part, id, l) });
	for (const part of PLAN_PARTS) {
		for (const id of listOf(`plan/${part}`)) {
			const label = planCardLabel(part, id);
			if (label) out.push({ what: `plan/${part}#${id}`, part: 'plan', label });
		}
	}
	for (const s of person.steps) if (s.idea) out.push({ what: `step ${s.id} (${s.idea})`, part: 'plan', label: (l) => stepText({ what: '', idea: s.idea }, l) });
	for (const part of CHANGE_PARTS) for (const id of listOf(`change/${part}`)) if (changeCard(part, id)) out.push({ what: `change/${part}#${id}`, part: 'change', label: (l) => changeCardLabel(part, id, l) });
	for (const id of listOf('change/want/jobs')) if (JOBS.some((j) => j.id === id)) out.push({ what: `change/want/jobs#${id}`, part: 'change', label: (l) => text(JOBS.find((j) => j.id === id)!.title, l) });
	// A skill line the person changed is their words now, not the card's.
	const edited = (lineId: string) => person.answers.some((a) => a.key === `cv/line/${lineId}` && typeof a.value === 'string' && a.value.trim());
	for (const field of CARD_FIELDS) {
		for (const id of listOf(`cv/${field}`)) {
			if (!FIELD_CARDS[field].some((c) => c.id === id) || (field === 'skills' && edited(`skill:${id}`))) continue;
			out.push({ what: `cv/${field}#${id}`, part: 'cv', label: (l) => cvLabel(field, id, l), line: field === 'skills' ? (l) => m.cv_skill_line({ skill: lowerFirst(cvLabel(field, id, l)) }, { locale: l }) : undefined });
		}
	}
	for (const { cardId } of person.liked) if (cardById(cardId)) out.push({ what: `interests/like#${cardId}`, part: 'interests', label: (l) => text(cardById(cardId)!.label, l) });
	// What a trial says with cards: the job tried, the tasks done and liked, the help that worked.
	for (const { trial } of person.trials) {
		const job = trial.job?.kind === 'catalogue' ? JOBS.find((j) => j.id === (trial.job as { jobId: string }).jobId) : undefined;
		if (job) out.push({ what: `trials/${trial.id}#job`, part: 'trials', label: (l) => text(job.title, l), inSentences: true });
	}
	const trialCards = new Set<string>();
	const helps = new Set<HelpKind>();
	for (const a of person.answers) {
		if (!a.key.startsWith('trials/') || !Array.isArray(a.value)) continue;
		if (/\/(tasks|can_do)$/.test(a.key)) for (const id of a.value) if (cardById(id)) trialCards.add(id);
		if (/\/help$/.test(a.key)) for (const id of a.value) if ((HELP_KINDS as readonly string[]).includes(id)) helps.add(id as HelpKind);
	}
	for (const id of trialCards) {
		const card = cardById(id)!;
		out.push({ what: `task ${id}`, part: 'trials', label: (l) => text(card.label, l), forms: (l) => [text(card.label, l), text(card.reason, l)], inSentences: true });
	}
	for (const h of helps) out.push({ what: `help ${h}`, part: 'trials', label: (l) => helpLabel(h, l), inSentences: true });
	for (const { jobId } of person.starred) if (JOBS.some((j) => j.id === jobId)) out.push({ what: `interests/star#${jobId}`, part: 'interests', label: (l) => text(JOBS.find((j) => j.id === jobId)!.title, l) });
	return out;
}

function planCardLabel(part: PlanPart, id: string): ((l: Locale) => string) | null {
	if (isJobPart(part)) {
		if (id === NO_JOB) return (l) => noJobLabel(part, l);
		const job = JOBS.find((j) => j.id === id);
		return job ? (l) => text(job.title, l) : null;
	}
	return goal(id) ? (l) => goalLabel(id, l) : null;
}

/** The points the newest meeting shows from a card (an Om meg card, a step from a card), with their words per language. */
function meetingCards(person: PersonEvidence): CardSaid[] {
	const newest = [...person.meetings].sort((a, b) => b.rev - a.rev)[0];
	if (!newest) return [];
	const out: CardSaid[] = [];
	for (const p of newest.points) {
		const about = /^about\/([a-z_]+)\/([a-z_]+)$/.exec(p.id);
		const part = ABOUT_PARTS.find((x) => x === about?.[1]) as AboutPart | undefined;
		if (part && aboutCard(part, about![2]!)) out.push({ what: `meeting point ${p.id}`, part: 'meeting', label: (l) => aboutLabel(part, about![2]!, l) });
		const step = /^step\/(.+)$/.exec(p.id);
		const found = step ? person.steps.find((s) => s.id === step[1]) : undefined;
		if (found?.idea) out.push({ what: `meeting point ${p.id} (${found.idea})`, part: 'meeting', label: (l) => stepText({ what: '', idea: found.idea }, l) });
		// A step stored with the screen's words (code before the evidence model): the words tell which card it was.
		if (found && !found.idea) {
			const idea = ideaOfWords(found.what);
			if (idea) out.push({ what: `meeting point ${p.id} (${idea})`, part: 'meeting', label: (l) => stepText({ what: '', idea }, l) });
		}
	}
	return out;
}

/** The card a step's words are, in any language (a step stored as the words of a card tapped on some screen). */
export function ideaOfWords(what: string): StepIdea | undefined {
	return STEP_IDEA_IDS.find((idea) => LOCALES.some((l) => stepText({ what: '', idea }, l) === what.trim()));
}

/** Steps whose stored words are a card's words (code that stored the screen's words): they are that card. */
function stepCardsByWords(person: PersonEvidence): CardSaid[] {
	return person.steps.flatMap((s) => {
		const idea = !s.idea ? ideaOfWords(s.what) : undefined;
		return idea && s.what.trim() ? [{ what: `step ${s.id} stored as "${s.what}"`, part: 'plan' as const, label: (l: Locale) => stepText({ what: '', idea }, l) }] : [];
	});
}

export function checkCardLanguage(c: DocumentCase, o: Outputs, opts: { wordsAreCards?: boolean } = {}): string[] {
	const out: string[] = [];
	const locale = o.doc.locale;
	const typed = typedTexts(c.person);
	const typedSet = new Set(typed);
	const lines = readLines(o.doc);
	const cards = [...cardsOf(c.person), ...meetingCards(c.person), ...(opts.wordsAreCards ? stepCardsByWords(c.person) : [])];
	const present = new Set(lines.map((l) => l.part));
	// Each card is its line, in the reader's language.
	for (const card of cards) {
		if (card.inSentences || !present.has(card.part)) continue;
		const want = (card.line ?? card.label)(locale);
		const shown = lines.filter((l) => l.part === card.part);
		if (!shown.some((l) => l.line.text === want)) out.push(`${card.what}: no line "${want}" in ${card.part} (${locale})`);
		const byFact = shown.filter((l) => l.line.facts?.includes(card.what));
		for (const l of byFact) if (l.line.text !== want) out.push(`${card.what}: the line with its fact says "${l.line.text}", not "${want}"`);
	}
	// No card's words in another language, anywhere on the pages (the person's own words aside).
	const scans: [string, string, Locale][] = [
		['the document', without(allText(o.doc), strippable(typed)), locale],
		['the employer CV', without(cvText(o.cv), strippable(typed)), o.cv.locale]
	];
	for (const [where, text, lang] of scans) for (const card of cards) out.push(...foreignWords(where, text, lang, card));
	// Screens in the person's language: the change request and the CV.
	const screenLocale = c.person.profile.locale;
	for (const [where, texts] of [
		['the change request screen', Object.values(o.request ?? {}).flat().filter((l) => !isOwn(l, typedSet)).map((l) => l.text)],
		['the CV screen', (o.screenCv ?? []).filter((l) => !typedSet.has(l.text.trim())).map((l) => [l.title, l.text].filter(Boolean).join('\n'))]
	] as const) {
		const text = without(texts.join('\n'), strippable(typed));
		for (const card of cards) out.push(...foreignWords(where, text, screenLocale, card));
	}
	return out;
}

/** The card's words in the other languages, where they differ from every way it is written in `lang`, found in `text`. */
function foreignWords(where: string, text: string, lang: Locale, card: CardSaid): string[] {
	const forms = (l: Locale) => (card.forms ?? ((x: Locale) => [card.label(x)]))(l).flatMap((f) => [f, lowerFirst(f)]);
	const mine = forms(lang);
	const out: string[] = [];
	for (const other of others(lang)) {
		for (const form of new Set(forms(other))) {
			if (form.length < 3 || mine.some((x) => x.includes(form))) continue;
			if (hasWords(text, form)) out.push(`${where} (${lang}): "${form}" is ${card.what} in ${other}`);
		}
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------
// 4. What was ticked is there; nothing else

/** Whether a part has anything to show, from the records alone. */
function hasContent(c: DocumentCase, part: ExportPart, truths: readonly TrialTruth[]): boolean {
	const p = c.plan;
	const person = c.person;
	switch (part) {
		case 'about':
			return ABOUT_PARTS.some((x) => (p.about[x].cards?.value.length ?? 0) > 0 || !!p.about[x].text?.value.trim());
		case 'plan':
			return person.steps.length > 0 || PLAN_PARTS.some((x) => (p.plan[x].cards?.value.length ?? 0) > 0 || !!p.plan[x].text?.value.trim());
		case 'interests':
			return person.liked.some((l) => cardById(l.cardId)) || person.starred.some((s) => JOBS.some((j) => j.id === s.jobId));
		case 'change':
			// Filled in by the person (trials alone: see checkChangeTried).
			return (
				CHANGE_PARTS.some((x: ChangePart) => (p.change[x].cards?.value.length ?? 0) > 0 || !!p.change[x].text?.value.trim()) ||
				!!p.change.where?.value.trim() ||
				(p.change.jobs?.value.length ?? 0) > 0 ||
				p.change.days !== undefined
			);
		case 'contact':
			return !!(p.cv.surname || p.cv.place || p.cv.phone || p.cv.email);
		case 'cv': {
			const cv = p.cv;
			const nowCards = (p.change.now.cards?.value ?? []).filter((id) => id !== 'home');
			return (
				CARD_FIELDS.some((f: CardField) => (cv.cards[f]?.value.length ?? 0) > 0 || !!cv.words[f]?.value.trim()) ||
				!!cv.school ||
				cv.entries.length > 0 ||
				truths.some((t) => t.done > 0 || !!t.canDoWords) ||
				p.trials.some((t) => Array.isArray(t.after['can_do']) && t.after['can_do'].length > 0) ||
				nowCards.length > 0 ||
				!!p.change.where?.value.trim()
			);
		}
		case 'meeting': {
			const x = [...person.meetings].sort((a, b) => b.rev - a.rev)[0];
			return !!x && !!(x.date || x.time || x.place || x.attendees.length || x.points.length || x.questions.suggested.length || x.questions.own.length || x.wishes.length || x.after.agreed.trim() || x.after.steps.some((s) => s.what.trim()) || x.after.nextDate);
		}
		default:
			return false;
	}
}

export function checkTicks(c: DocumentCase, o: Outputs): string[] {
	const out: string[] = [];
	const { choice } = c.export;
	const truths = truthsOf(c);
	const doc = o.doc;
	const parts = new Set(doc.sections.map((s) => s.part));
	for (const part of parts) if (!ticked(choice, part)) out.push(`section "${part}" is in the document, but not ticked`);
	for (const part of ['about', 'plan', 'interests', 'change', 'contact', 'cv', 'meeting'] as const) {
		if (ticked(choice, part) && hasContent(c, part, truths) && !parts.has(part)) out.push(`"${part}" is ticked and has content, but is not in the document`);
	}
	const trialSections = doc.sections.filter((s) => s.part === 'trials').map((s) => s.trialId ?? '?');
	const want = tickedTrials(c);
	if (JSON.stringify([...trialSections].sort()) !== JSON.stringify([...want].sort())) out.push(`trial sections ${JSON.stringify(trialSections)}, ticked trials ${JSON.stringify(want)}`);
	// Phone, e-mail, surname and where the person lives leave the app only with "contact".
	if (!ticked(choice, 'contact')) {
		const secret = [c.plan.cv.phone?.value, c.plan.cv.email?.value, c.plan.cv.surname?.value, c.plan.cv.place?.value, ...c.person.entries.map((e) => e.phone), ...c.person.trials.map((t) => t.trial.contact?.phone)].filter((s): s is string => !!s?.trim());
		for (const [where, text] of [['the document', allText(doc)], ['the employer CV', cvText(o.cv)]] as const) {
			for (const s of secret) if (text.includes(s.trim())) out.push(`${where} shows "${s}" without "contact"`);
		}
	}
	// Om meg and interests are parts of their own: in the employer CV only when ticked.
	const heading = { about: m.export_ccv_about({}, { locale: o.cv.locale }), interests: m.export_ccv_interests({}, { locale: o.cv.locale }) };
	for (const part of ['about', 'interests'] as const) {
		if (!ticked(choice, part) && o.cv.sections.some((s) => s.title === heading[part])) out.push(`the employer CV has "${heading[part]}", but "${part}" is not ticked`);
	}
	// Photos only with "photos".
	const photos = [...(doc.photo ? [doc.photo.mediaId] : []), ...doc.sections.flatMap((s) => s.groups.flatMap((g) => g.photos.map((p) => p.mediaId)))];
	if (!ticked(choice, 'photos') && photos.length) out.push(`photos ${JSON.stringify(photos)} without "photos"`);
	if (ticked(choice, 'photos') && (c.plan.photo.about || c.plan.photo.profile) && !doc.photo) out.push('"photos" is ticked and the person has a photo, but the document has none');
	return out;
}

// ---------------------------------------------------------------------------------------------------
// 5. First person

/**
 * The reader addressed: "du/deg/din/ditt/dine", the plural "dere/deres" (nn "dykk/dykkar"), "you/your".
 * The polite "De" is left out: at the start of a sentence it is "they" ("De var hyggelige").
 */
const SECOND_PERSON: Partial<Record<Locale, RegExp>> = {
	nb: /(?<![\p{L}\p{N}])(du|deg|din|ditt|dine|dere|deres)(?![\p{L}\p{N}])/iu,
	nn: /(?<![\p{L}\p{N}])(du|deg|din|ditt|dine|dykk|dykkar)(?![\p{L}\p{N}])/iu,
	en: /(?<![\p{L}\p{N}])(you|your|yours|yourself)(?![\p{L}\p{N}])/iu
};

export function checkFirstPerson(c: DocumentCase, o: Outputs): string[] {
	const out: string[] = [];
	const typed = typedTexts(c.person);
	const typedSet = new Set(typed);
	const strip = (s: string) => without(s, strippable(typed));
	const test = (where: string, locale: Locale, texts: readonly (string | undefined)[]) => {
		for (const t of texts) if (t && SECOND_PERSON[locale]?.test(strip(t))) out.push(`${where} (${locale}): "${t}"`);
	};
	for (const l of readLines(o.doc)) {
		if (isOwn(l.line, typedSet)) continue;
		test(`${l.part}${l.trialId ? ` ${l.trialId}` : ''} in the document`, o.doc.locale, [l.line.text, l.line.title, l.line.meta]);
	}
	for (const s of o.cv.sections) {
		test('the employer CV', o.cv.locale, [s.title]);
		for (const i of s.items) if (!typedSet.has(i.text.trim())) test('the employer CV', o.cv.locale, [i.title, i.meta, i.text]);
	}
	const screen = c.person.profile.locale;
	for (const s of o.summaries) test(`trial ${s.trialId} on its screen`, screen, s.sentences.filter((x) => !isOwn(x, typedSet)).map((x) => x.text));
	test('the change request screen', screen, Object.values(o.request ?? {}).flat().filter((x) => !isOwn(x, typedSet)).map((x) => x.text));
	for (const l of o.screenCv ?? []) if (!typedSet.has(l.text.trim())) test('the CV screen', screen, [l.text, l.title, l.meta]);
	return out;
}

// ---------------------------------------------------------------------------------------------------
// 6. Own words verbatim

export function checkOwnWords(c: DocumentCase, o: Outputs, opts: { elsewhere?: boolean } = {}): string[] {
	const out: string[] = [];
	const lines = readLines(o.doc);
	const present = new Set(lines.map((l) => l.part));
	const truths = truthsOf(c);
	/** The words are a line of their own, as typed, marked as the person's; a helper who typed them is named under them. */
	const own = (part: ExportPart, words: string | undefined, what: string, extra: (l: ReadLine) => boolean = () => true, by?: AnsweredBy) => {
		const w = words?.trim();
		if (!w || !present.has(part)) return;
		const found = lines.filter((l) => l.part === part && extra(l) && l.line.text === w);
		if (!found.length) out.push(`${what}: "${w}" is not in ${part} as typed`);
		else if (!found.some((l) => l.line.own)) out.push(`${what}: "${w}" is in ${part}, but not marked as the person's own words`);
		else if (by?.kind === 'helper' && !found.some((l) => l.line.by && (!by.name || l.line.by.includes(by.name)))) out.push(`${what}: "${w}" was typed by a helper${by.name ? ` (${by.name})` : ''}, but the line does not say so`);
		else if (by?.kind === 'self' && found.every((l) => l.line.by)) out.push(`${what}: "${w}" is the person's, but the line says a helper gave it`);
	};
	const p = c.plan;
	const newest = [...c.person.meetings].sort((a, b) => b.rev - a.rev)[0];
	// The person's words taken into another part (checked on their own: checkWordsElsewhere): a line the
	// app wrote and the person changed, and their "Jeg kan …" words of a trial chosen for the meeting.
	if (opts.elsewhere) {
		const skills = p.cv.cards.skills?.value ?? [];
		for (const e of p.cv.edits) {
			const line = /^(trial|skill):(.+)$/.exec(e.lineId)!;
			const shown = line[1] === 'trial' ? (truths.find((t) => t.id === line[2])?.done ?? 0) > 0 : skills.includes(line[2]!);
			if (shown) own('cv', e.text.value, `cv/line/${e.lineId}`, undefined, e.text.by);
		}
		for (const pt of newest?.points ?? []) if (/^trial\/[^/]+\/can_do$/.test(pt.id)) own('meeting', pt.text, `meeting point ${pt.id}`);
		return out;
	}
	for (const part of ABOUT_PARTS) own('about', p.about[part].text?.value, `about/${part}/text`, undefined, p.about[part].text?.by);
	for (const part of PLAN_PARTS) own('plan', p.plan[part].text?.value, `plan/${part}/text`, undefined, p.plan[part].text?.by);
	for (const s of c.person.steps) if (!s.idea && s.what.trim()) own('plan', s.what, `step ${s.id}`, undefined, s.answeredBy);
	for (const part of CHANGE_PARTS) own('change', p.change[part].text?.value, `change/${part}/text`, undefined, p.change[part].text?.by);
	for (const field of CARD_FIELDS) own('cv', p.cv.words[field]?.value, `cv/${field}/text`, undefined, p.cv.words[field]?.by);
	const trialsShown = new Set(tickedTrials(c));
	for (const t of truths) {
		if (!trialsShown.has(t.id)) {
			if (t.canDoWords) own('cv', t.canDoWords, `trial ${t.id} can_do/text in the CV`);
			continue;
		}
		if (t.summary) own('trials', t.summary, `trial ${t.id} summary`, (l) => l.trialId === t.id);
		else if (t.canDoWords) own('trials', t.canDoWords, `trial ${t.id} can_do/text`, (l) => l.trialId === t.id);
		if (t.canDoWords) own('cv', t.canDoWords, `trial ${t.id} can_do/text in the CV`);
	}
	const x = newest;
	if (x) {
		for (const pt of x.points.filter((q) => q.from === 'own')) own('meeting', pt.text, `meeting point ${pt.id}`);
		for (const q of x.questions.own) own('meeting', q, 'meeting question');
		own('meeting', x.after.agreed, 'meeting agreed');
	}
	// Words inside the app's sentences and the employer CV: there as typed.
	const where = p.change.where?.value.trim();
	if (where && present.has('change') && !lines.some((l) => l.part === 'change' && l.line.text.includes(where))) out.push(`change/now/where "${where}" is not in the change request`);
	if (present.has('cv')) for (const e of c.person.entries) for (const w of [e.place, e.what]) if (w?.trim() && !lines.some((l) => l.part === 'cv' && (l.line.text === w.trim() || l.line.title === w.trim()))) out.push(`CV entry ${e.id}: "${w.trim()}" is not in the CV as typed`);
	const employer = cvText(o.cv);
	const inEmployer = (w: string | undefined, what: string) => {
		if (w?.trim() && !employer.includes(w.trim())) out.push(`${what}: "${w.trim()}" is not in the employer CV as typed`);
	};
	if (ticked(c.export.choice, 'about')) for (const part of ABOUT_PARTS) inEmployer(p.about[part].text?.value, `about/${part}/text`);
	for (const field of CARD_FIELDS) inEmployer(p.cv.words[field]?.value, `cv/${field}/text`);
	for (const e of c.person.entries) {
		inEmployer(e.place, `CV entry ${e.id}`);
		inEmployer(e.what, `CV entry ${e.id}`);
	}
	return out;
}

/** The person's words taken into another part (a CV line they changed, "Jeg kan …" words chosen for the meeting): as typed, marked as theirs. */
export function checkWordsElsewhere(c: DocumentCase, o: Outputs): string[] {
	return checkOwnWords(c, o, { elsewhere: true });
}

/** Every check by name, so each property test runs one of them and a failure names it. */
export const CHECKS = {
	days: checkDays,
	levels: checkLevels,
	cards: checkCardLanguage,
	ticks: checkTicks,
	changeTried: checkChangeTried,
	changeTime: checkChangeTime,
	meetingTried: checkMeetingTried,
	firstPerson: checkFirstPerson,
	ownWords: checkOwnWords,
	wordsElsewhere: checkWordsElsewhere
} as const;
