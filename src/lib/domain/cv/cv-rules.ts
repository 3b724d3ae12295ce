import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import type { AboutPage } from '$lib/domain/about/about-rules';
import { ABOUT_PARTS, aboutCard, type AboutPart } from '$lib/domain/about/schema';
import { cardLabel as aboutCardLabel, partTitle } from '$lib/domain/about/labels';
import { cardById, text } from '$lib/domain/interests/catalogue';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { cvFeeds, experienceTasks, experienceTitle, type TrialCvFeed } from '$lib/domain/trials/cv-feed';
import { trialDaysSentences } from '$lib/domain/trials/trial-sentences';
import { taskLabel, trialSymbol } from '$lib/domain/trials/labels';
import type { Trial } from '$lib/domain/trials/schema';
import { daysRange, isOwnTask, type TrialAnswers } from '$lib/domain/trials/trial-rules';
import { changeCard } from '$lib/domain/change/schema';
import { changeCardLabel } from '$lib/domain/change/labels';
import { cardLabel, entryKindLabel, listOf, lowerFirst, periodLabel } from './labels';
import { CARD_FIELDS, CV_PREFIX, CV_SECTIONS, FIELD_CARDS, cvKey, type CardField, type CvEntry, type CvSection } from './schema';

/** One stored simple field: its value and who gave it. */
export interface CvField {
	value: AnswerValue;
	by: AnsweredBy;
}

/** The person's CV answers by key without the `cv/` prefix ("phone", "skills/text", "line/trial:t-1"). */
export type CvAnswers = Record<string, CvField>;

export function cvAnswersFrom(answers: readonly Answer[]): CvAnswers {
	const out: CvAnswers = {};
	for (const a of answers) if (a.key.startsWith(CV_PREFIX)) out[a.key.slice(CV_PREFIX.length)] = { value: a.value, by: a.answeredBy };
	return out;
}

export function stringOf(answers: CvAnswers, field: string): string {
	const value = answers[field]?.value;
	return typeof value === 'string' ? value : '';
}

export function listOfField(answers: CvAnswers, field: string): string[] {
	const value = answers[field]?.value;
	return Array.isArray(value) ? value : [];
}

/** Line ids left out of the CV. */
export function hiddenOf(answers: CvAnswers): string[] {
	return listOfField(answers, 'hidden');
}

/** Hiding a line keeps everything about it; showing it again brings it back as it was. */
export function withHidden(hidden: readonly string[], lineId: string, hide: boolean): string[] {
	const rest = hidden.filter((id) => id !== lineId);
	return hide ? [...rest, lineId] : rest;
}

/** One line of the CV: a card, a sentence, an experience. */
export interface CvLine {
	id: string;
	section: CvSection;
	/** The words: a card's label, the person's words, or the app's sentences (maybe changed). */
	text: string;
	/** A place or a school, shown in bold above the text. */
	title?: string;
	/** Dates or a kind ("Jobb, august 2025"). */
	meta?: string;
	symbol?: SymbolId;
	/** A heading the line sits under inside its section ("Det folk liker ved meg"). */
	group?: string;
	/** The app wrote the text; `edited` when the person changed it. */
	generated: boolean;
	edited: boolean;
	/** What the app wrote, for "Bruk teksten fra appen". */
	appText?: string;
	/** Who gave it; null when it came from the app's own records (a trial, the results board). */
	by: AnsweredBy | null;
	hidden: boolean;
	/** The cv-entries record behind an own line. */
	entryId?: string;
	/** The facts an app-written line says ([Note: evidence model]), for documents to carry beside the text. */
	facts?: string[];
}

export interface CvSources {
	name: string;
	answers: CvAnswers;
	about: AboutPage;
	trials: readonly { trial: Trial; answers: TrialAnswers | undefined }[];
	jobs: readonly Job[];
	/** Interest card ids the person likes, in board order, with who sorted them. */
	liked: readonly { cardId: string; by: AnsweredBy | null }[];
	entries: readonly CvEntry[];
	/** What the person does now, as told in "Jeg vil prøve noe annet": read here, never asked again. */
	now?: { cards: readonly string[]; cardsBy: AnsweredBy | null; where: string; whereBy: AnsweredBy | null };
	locale: Locale;
}

export interface Cv {
	name: string;
	sections: Record<CvSection, CvLine[]>;
}

/**
 * The sentences the app writes for one trial: how many days, what I did (at most three tasks a
 * sentence, so each stays short), and that I want to work there when I said so. Every one passes
 * the easy-read lint (cv-rules.test.ts).
 */
export function experienceText(feed: TrialCvFeed, trial: Pick<Trial, 'ownTasks'>, jobs: readonly Job[], locale: Locale): string {
	const opt = { locale };
	// Where, as what, and the days told about of those planned: the same sentence as the trial's own summary.
	const out = trialDaysSentences(feed.evidence, jobs, locale).map((s) => s.text);
	const tasks = experienceTasks(feed, trial, locale).map(lowerFirst);
	for (let i = 0; i < tasks.length; i += 3) {
		const chunk = listOf(tasks.slice(i, i + 3), locale);
		out.push(i === 0 ? m.cv_exp_did({ tasks: chunk }, opt) : m.cv_exp_did_more({ tasks: chunk }, opt));
	}
	if (feed.workHere === 'yes') out.push(m.cv_exp_want({}, opt));
	return out.join(' ');
}

/** "Nora Hansen": the first name from the app, and the surname when the person added one. */
export function fullName(name: string, surname: string): string {
	return [name.trim(), surname.trim()].filter(Boolean).join(' ');
}

/** "Jeg kan lage mat." */
export function skillSentence(label: string, locale: Locale): string {
	return m.cv_skill_line({ skill: lowerFirst(label) }, { locale });
}

/**
 * Builds the whole CV from what is already in the app plus the few CV answers, every line with its
 * id, who gave it and whether it is hidden. Nothing is asked twice: Om meg, trials and interests are
 * read, never copied. A changed generated line wins over what the app writes.
 */
export function buildCv(src: CvSources): Cv {
	const { answers, locale } = src;
	const hidden = new Set(hiddenOf(answers));
	const sections = Object.fromEntries(CV_SECTIONS.map((s) => [s, [] as CvLine[]])) as Record<CvSection, CvLine[]>;
	const add = (line: Omit<CvLine, 'hidden' | 'edited' | 'generated'> & { generated?: boolean }) => {
		const edit = line.generated ? answers[`line/${line.id}`] : undefined;
		const editedText = typeof edit?.value === 'string' && edit.value.trim() !== '' ? edit.value.trim() : null;
		sections[line.section].push({
			...line,
			generated: line.generated ?? false,
			...(editedText !== null ? { text: editedText, appText: line.text, by: edit!.by } : line.generated ? { appText: line.text } : {}),
			edited: editedText !== null,
			hidden: hidden.has(line.id)
		});
	};
	const field = (name: string) => answers[name];

	// Navn og kontakt: only what the person chose to add.
	const place = stringOf(answers, 'place').trim();
	if (place) add({ id: 'place', section: 'contact', text: m.cv_place_line({ place }, { locale }), symbol: 'chg_home', by: field('place')!.by, facts: [cvKey('place')] });
	for (const [name, symbol, label] of [['phone', 'cv_phone', m.cv_phone({}, { locale })], ['email', 'cv_email', m.cv_email({}, { locale })]] as const) {
		const value = stringOf(answers, name).trim();
		if (value) add({ id: name, section: 'contact', text: value, title: label, symbol, by: field(name)!.by, facts: [cvKey(name)] });
	}

	// Om meg: each part's cards and words, under the part's title.
	for (const part of ABOUT_PARTS) aboutLines(part, src, add);

	// Dette kan jeg: "Jeg kan …" from every trial, then the chosen cards, then own words.
	const feeds = cvFeeds(src.trials, src.jobs, locale);
	const trialOf = new Map(src.trials.map((t) => [t.trial.id, t.trial]));
	const seen = new Set<string>();
	for (const feed of feeds) {
		const trial = trialOf.get(feed.trialId)!;
		for (const taskId of feed.skills.tasks) {
			const id = isOwnTask(taskId) ? `skill:${feed.trialId}:${taskId}` : `skill:${taskId}`;
			if (seen.has(id)) continue;
			seen.add(id);
			const symbol = cardById(taskId)?.symbol as SymbolId | undefined;
			add({ id, section: 'skills', text: skillSentence(taskLabel(taskId, trial, locale), locale), generated: true, by: null, ...(symbol ? { symbol } : {}) });
		}
		if (feed.skills.text) add({ id: `skill:${feed.trialId}:text`, section: 'skills', text: feed.skills.text, by: null });
	}
	cardLines('skills', src, add, seen);

	// Skole.
	const school = stringOf(answers, 'school/name').trim();
	const programme = stringOf(answers, 'school/programme').trim();
	if (school || programme) {
		const from = stringOf(answers, 'school/from').trim();
		const to = stringOf(answers, 'school/to').trim();
		const years = from && to ? m.cv_years({ from, to }, { locale }) : from ? m.cv_from_year({ from }, { locale }) : to;
		add({
			id: 'school',
			section: 'school',
			text: school && programme ? programme : '',
			title: school || programme,
			...(years ? { meta: years } : {}),
			symbol: 'doc_school',
			by: (field('school/name') ?? field('school/programme'))!.by
		});
	}

	// Erfaring: every trial the person has been at (oldest first; a trial only planned is not experience yet),
	// then own placements, jobs and courses.
	for (const feed of feeds.filter((f) => f.experience.daysDone > 0)) {
		const trial = trialOf.get(feed.trialId)!;
		add({
			id: `trial:${feed.trialId}`,
			section: 'experience',
			title: experienceTitle(feed, src.jobs, locale),
			meta: daysRange(feed.experience.firstDay, feed.experience.lastDay, locale, true),
			text: experienceText(feed, trial, src.jobs, locale),
			symbol: trialSymbol(trial, src.jobs),
			facts: [feed.evidence.dayCount.id, ...(feed.evidence.job ? [feed.evidence.job.id] : []), ...(feed.evidence.place ? [feed.evidence.place.id] : [])],
			generated: true,
			by: null
		});
	}
	for (const entry of src.entries) {
		const period = periodLabel(entry.from, entry.to, locale);
		const kind = entryKindLabel(entry.kind, locale);
		if (entry.kind === 'reference') {
			add({
				id: `entry:${entry.id}`,
				section: 'references',
				title: entry.place,
				text: entry.what ?? '',
				...(entry.phone ? { meta: `${m.cv_ref_phone({}, { locale })}: ${entry.phone}` } : {}),
				symbol: 'cv_reference',
				by: entry.answeredBy,
				entryId: entry.id
			});
		} else {
			add({
				id: `entry:${entry.id}`,
				section: 'experience',
				title: entry.place,
				meta: period ? `${kind}, ${lowerFirst(period)}` : kind,
				text: entry.what ?? '',
				symbol: entry.kind === 'course' ? 'doc_course' : 'doc_work',
				by: entry.answeredBy,
				entryId: entry.id
			});
		}
	}

	// What the person does now (a sheltered workplace, a day centre, a job), newest, so last.
	const now = (src.now?.cards ?? []).filter((id) => id !== 'home' && changeCard('now', id));
	const where = src.now?.where.trim() ?? '';
	if (src.now && (now.length > 0 || where)) {
		const labels = now.map((id) => changeCardLabel('now', id, locale));
		add({
			id: 'now',
			section: 'experience',
			title: where || labels[0]!,
			meta: m.cv_now({}, { locale }),
			text: (where ? labels : labels.slice(1)).map((l) => `${l}.`).join(' '),
			symbol: now[0] ? changeCard('now', now[0])!.symbol : 'doc_work',
			by: where ? src.now.whereBy : src.now.cardsBy,
			facts: [...(now.length ? ['change/now'] : []), ...(where ? ['change/now/where'] : [])]
		});
	}

	// Interesser: what the person likes on the results board.
	for (const { cardId, by } of src.liked) {
		const card = cardById(cardId);
		if (card) add({ id: `interest:${cardId}`, section: 'interests', text: text(card.label, locale), symbol: card.symbol as SymbolId, by });
	}

	cardLines('languages', src, add);
	cardLines('travel', src, add);
	return { name: fullName(src.name, stringOf(answers, 'surname')), sections };
}

type Add = (line: Omit<CvLine, 'hidden' | 'edited' | 'generated'> & { generated?: boolean }) => void;

function aboutLines(part: AboutPart, src: CvSources, add: Add): void {
	const answers = src.about[part];
	const group = partTitle(part, src.locale);
	for (const id of answers.cards) {
		const card = aboutCard(part, id);
		if (card) add({ id: `about:${part}:${id}`, section: 'about', group, text: aboutCardLabel(part, id, src.locale), symbol: card.symbol, by: answers.cardsBy });
	}
	if (answers.text.trim()) add({ id: `about:${part}:text`, section: 'about', group, text: answers.text.trim(), by: answers.textBy });
}

/** The chosen cards of a field (skills as "Jeg kan …" sentences), then the person's own words. */
function cardLines(fieldName: CardField, src: CvSources, add: Add, seen = new Set<string>()): void {
	const chosen = src.answers[fieldName];
	const ids = listOfField(src.answers, fieldName);
	const prefix = { skills: 'skill', languages: 'lang', travel: 'travel' }[fieldName];
	for (const id of ids) {
		const card = FIELD_CARDS[fieldName].find((c) => c.id === id);
		if (!card || seen.has(`${prefix}:${id}`)) continue;
		seen.add(`${prefix}:${id}`);
		const label = cardLabel(fieldName, id, src.locale);
		const skill = fieldName === 'skills';
		add({ id: `${prefix}:${id}`, section: fieldName, text: skill ? skillSentence(label, src.locale) : label, symbol: card.symbol, generated: skill, by: chosen!.by });
	}
	const own = stringOf(src.answers, `${fieldName}/text`).trim();
	if (own) add({ id: `${prefix}:text`, section: fieldName, text: own, by: src.answers[`${fieldName}/text`]!.by });
}

/** The CV as it is handed over: hidden lines left out. */
export function finished(cv: Cv): Cv {
	return {
		name: cv.name,
		sections: Object.fromEntries(CV_SECTIONS.map((s) => [s, cv.sections[s].filter((l) => !l.hidden)])) as Record<CvSection, CvLine[]>
	};
}

/** Sections shown on the finished page: those with a line in them. */
export function filledSections(cv: Cv): CvSection[] {
	return CV_SECTIONS.filter((s) => cv.sections[s].length > 0);
}

/** What "Les opp" says for a section. */
export function spokenSection(title: string, lines: readonly CvLine[]): string {
	const bare = (s: string) => s.trim().replace(/[.!?:]+$/, '');
	return `${[title, ...lines.flatMap((l) => [l.title, l.meta, l.text])].filter((s): s is string => !!s?.trim()).map(bare).join('. ')}.`;
}

export { CARD_FIELDS };
