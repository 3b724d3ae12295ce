import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { emptyAnswers, foldAnswers, isFilled, type JourneyAnswers, type PartAnswers } from '$lib/domain/journey/journey-keys';
import { cardById, text } from '$lib/domain/interests/catalogue';
import type { LikedCard } from '$lib/domain/interests/liked';
import { aboutCard, aboutKey } from '$lib/domain/about/schema';
import { cardLabel as aboutCardLabel } from '$lib/domain/about/labels';
import { inSentence, listSentences } from '$lib/i18n/easy-read-lists';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import { cvFeeds, experienceTitle } from '$lib/domain/trials/cv-feed';
import { trialSymbol } from '$lib/domain/trials/labels';
import type { Trial } from '$lib/domain/trials/schema';
import { daysRange, type TrialAnswers } from '$lib/domain/trials/trial-rules';
import { SITUATION_SYMBOL, type Situation } from '$lib/domain/profile/situation';
import { situationLine } from '$lib/domain/profile/situation-labels';
import { changeCardLabel, workDaysLine } from './labels';
import { CHANGE_JOURNEY } from './change-journey';
import { CHANGE_PARTS, changeCard, changeKey, isWorkDays, workPercent, type ChangePart, type WorkDays } from './schema';

/** The fact id of where the person is now: it is stored on the profile, not as an answer. */
export const SITUATION_FACT = 'profile/situation';

/** One part of the request as the person gave it. */
export type ChangePartAnswers = PartAnswers;

export interface ChangePage {
	parts: JourneyAnswers<ChangePart>;
	/** Where the person is now ("Fretex Asker"). */
	where: string;
	whereBy: AnsweredBy | null;
	/** Catalogue jobs the person wants to try. */
	jobs: string[];
	jobsBy: AnsweredBy | null;
	/** Days a week the person wants to work (0: not sure yet); null until they choose. */
	days: WorkDays | null;
	daysBy: AnsweredBy | null;
}

export function emptyChange(): ChangePage {
	return { parts: emptyAnswers(CHANGE_JOURNEY), where: '', whereBy: null, jobs: [], jobsBy: null, days: null, daysBy: null };
}

/** Groups a person's answers into the parts; other answers and unknown cards are left out. */
export function changeFrom(answers: readonly Answer[]): ChangePage {
	const page = { ...emptyChange(), parts: foldAnswers(CHANGE_JOURNEY, answers) };
	for (const answer of answers) {
		const value = answer.value;
		if (answer.key === changeKey('now', 'where') && typeof value === 'string') {
			page.where = value;
			page.whereBy = answer.answeredBy;
		} else if (answer.key === changeKey('want', 'jobs') && Array.isArray(value)) {
			page.jobs = [...value];
			page.jobsBy = answer.answeredBy;
		} else if (answer.key === changeKey('want', 'days') && isWorkDays(value)) {
			page.days = value;
			page.daysBy = answer.answeredBy;
		}
	}
	return page;
}

/** What the person does now and where: one fact, read by the CV as well as the request. */
export function nowOf(page: ChangePage): { cards: string[]; cardsBy: AnsweredBy | null; where: string; whereBy: AnsweredBy | null } {
	return { cards: page.parts.now.cards, cardsBy: page.parts.now.cardsBy, where: page.where, whereBy: page.whereBy };
}

export function isPartFilled(page: ChangePage, part: ChangePart): boolean {
	return isFilled(page.parts[part]) || (part === 'now' && page.where.trim() !== '') || (part === 'want' && (page.jobs.length > 0 || page.days !== null));
}

export function filledParts(page: ChangePage): number {
	return CHANGE_PARTS.filter((p) => isPartFilled(page, p)).length;
}

/** One line on the finished request page. */
export interface RequestLine {
	text: string;
	symbol?: SymbolId;
	/** Dates of a trial. */
	meta?: string;
	/** The person's own words (shown as a quote). */
	own?: boolean;
	by: AnsweredBy | null;
	/** The facts the line says ([Note: evidence model]). */
	facts?: string[];
}

export interface ChangeRequest {
	/** "Jeg heter Jonas. Jeg vil prøve noe annet." */
	opening: string;
	sections: Record<ChangePart | 'tried', RequestLine[]>;
	/** A spoken answer per part, to play in the meeting. */
	voice: Partial<Record<ChangePart, string>>;
}

/**
 * What the person said in other parts that the request reads instead of asking again: how to help
 * them best (Om meg) and the interest cards they like.
 */
export interface KnownElsewhere {
	support: { cards: readonly string[]; by: AnsweredBy | null } | null;
	liked: readonly LikedCard[];
	/** Where the person is now, as they said on their profile: the request's first line, never asked again. */
	situation?: Situation;
}

/** The card of "Dette gjør jeg nå" that says the same as where the person is now. */
const SAME_NOW_CARD: Record<Situation, string> = { school: 'school', vta: 'vta', day_centre: 'day_centre', job: 'job', none: 'home' };

/**
 * The easy-read request page for the meeting with NAV and the municipality: the person's cards and
 * words, part by part, and what they have tried, read from their trials (never asked again). Every
 * sentence the app writes passes the easy-read lint (change.test.ts).
 */
export function changeRequest(
	page: ChangePage,
	name: string,
	trials: readonly { trial: Trial; answers: TrialAnswers | undefined }[],
	jobs: readonly Job[],
	locale: Locale,
	known: KnownElsewhere = { support: null, liked: [] }
): ChangeRequest {
	const opt = { locale };
	const sections = { now: [], want: [], why: [], tried: [], help: [] } as Record<ChangePart | 'tried', RequestLine[]>;
	const voice: ChangeRequest['voice'] = {};
	// Where the person is now comes first, from their profile, unless they tapped the same card here.
	const situation = known.situation;
	const said = situation ? situationLine(situation, locale) : null;
	if (situation && said && !page.parts.now.cards.includes(SAME_NOW_CARD[situation])) {
		sections.now.push({ text: said, symbol: SITUATION_SYMBOL[situation], meta: m.situation_from_profile({}, opt), by: null, facts: [SITUATION_FACT] });
	}
	for (const part of CHANGE_PARTS) {
		const answers = page.parts[part];
		for (const id of answers.cards) sections[part].push({ text: changeCardLabel(part, id, locale), symbol: changeCard(part, id)!.symbol, by: answers.cardsBy, facts: [`${changeKey(part)}#${id}`] });
		if (part === 'now' && page.where.trim()) sections.now.push({ text: m.change_where_line({ where: page.where.trim() }, opt), symbol: 'doc_work', by: page.whereBy, facts: [changeKey('now', 'where')] });
		if (part === 'want') {
			for (const id of page.jobs) {
				const job = jobs.find((j) => j.id === id);
				if (job) sections.want.push({ text: text(job.title, locale), symbol: job.symbol as SymbolId, by: page.jobsBy, facts: [`${changeKey('want', 'jobs')}#${id}`] });
			}
			if (page.days !== null) {
				const percent = workPercent(page.days);
				const meta = percent === null ? undefined : m.change_days_percent({ percent }, opt);
				sections.want.push({ text: workDaysLine(page.days, locale), symbol: 'doc_calendar', meta, by: page.daysBy, facts: [changeKey('want', 'days')] });
			}
		}
		if (answers.text.trim()) sections[part].push({ text: answers.text.trim(), own: true, by: answers.textBy, facts: [changeKey(part, 'text')] });
		if (answers.voiceId) voice[part] = answers.voiceId;
	}
	// Why: the interest cards the person likes, a few to a sentence. Help: Om meg's "Slik hjelper du meg best".
	const liked = known.liked.flatMap((l) => {
		const card = cardById(l.cardId);
		return card ? [{ ...l, card }] : [];
	});
	for (const s of listSentences(liked, (l) => inSentence(text(l.card.label, locale), locale), (list) => m.change_why_liked({ list }, opt), locale)) {
		sections.why.push({ text: s.text, symbol: 'feel_like' as SymbolId, meta: m.change_from_interests({}, opt), by: s.items[0]!.by, facts: s.items.map((l) => `interests/like#${l.cardId}`) });
	}
	for (const id of known.support?.cards ?? []) {
		const card = aboutCard('support', id);
		if (card) sections.help.push({ text: aboutCardLabel('support', id, locale), symbol: card.symbol, meta: m.change_from_about({}, opt), by: known.support!.by, facts: [`${aboutKey('support')}#${id}`] });
	}
	const trialOf = new Map(trials.map((t) => [t.trial.id, t.trial]));
	// Tried means been there: a trial only planned is not in "Dette har jeg prøvd" yet.
	for (const feed of cvFeeds(trials, jobs, locale).filter((f) => f.experience.daysDone > 0)) {
		const { firstDay, lastDay } = feed.experience;
		const meta = daysRange(firstDay, lastDay, locale, true);
		sections.tried.push({ text: experienceTitle(feed, jobs, locale), meta, symbol: trialSymbol(trialOf.get(feed.trialId)!, jobs), by: null, facts: [feed.evidence.dayCount.id] });
	}
	return { opening: `${m.change_name_line({ name }, opt)} ${m.change_want_line({}, opt)}`, sections, voice };
}
