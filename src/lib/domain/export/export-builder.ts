import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/settings/schema';
import type { SymbolId } from '$lib/symbols/registry';
import { formatDate } from '$lib/i18n/dates';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { ABOUT_PARTS, ABOUT_PHOTO_KEY, aboutCard } from '$lib/domain/about/schema';
import { PART_SYMBOL as ABOUT_PART_SYMBOL, cardLabel as aboutCardLabel, partTitle as aboutPartTitle } from '$lib/domain/about/labels';
import { buildCv, cvAnswersFrom, filledSections, finished, type Cv, type CvLine } from '$lib/domain/cv/cv-rules';
import { SECTION_SYMBOL, type CvSection } from '$lib/domain/cv/schema';
import { sectionTitle } from '$lib/domain/cv/labels';
import { cardById, text } from '$lib/domain/interests/catalogue';
import { planFrom, sortSteps } from '$lib/domain/plan/plan-rules';
import { PLAN_PARTS } from '$lib/domain/plan/schema';
import { PLAN_PART_SYMBOL, ROLE_SYMBOL, planPartTitle, stepHelperText, stepIdeaSymbol, stepText } from '$lib/domain/plan/labels';
import { partCards, stepWhen } from '$lib/domain/plan/components/plan-view';
import { newestFirst, attendeeText, whenText } from '$lib/domain/meeting/meeting-rules';
import { partHeading, partSymbol, questionLabel, questionSymbol, roleSymbol, wishLabel, wishSymbol } from '$lib/domain/meeting/labels';
import type { Meeting, MeetingPart } from '$lib/domain/meeting/schema';
import { changeFrom, changeRequest } from '$lib/domain/change/change-rules';
import { CHANGE_PART_SYMBOL, changePartTitle } from '$lib/domain/change/labels';
import { CHANGE_PARTS } from '$lib/domain/change/schema';
import { summaryFor } from '$lib/domain/trials/summary';
import { photosOf } from '$lib/domain/trials/aggregate';
import { jobTitle, kindLabel, trialSymbol } from '$lib/domain/trials/labels';
import { dayLabel } from '$lib/domain/trials/trial-rules';
import type { DocGroup, DocLine, DocPhoto, DocSection, ExportDocument } from './document';
import { isIncluded } from './selection-rules';
import type { ExportChoice } from './selection-schema';
import { loadPersonEvidence, type PersonEvidence } from '$lib/domain/evidence/person-evidence';

const o = (locale: Locale) => ({ locale });

/** "Kari, lærer" in the export's language. */
function helperNameIn(by: Extract<AnsweredBy, { kind: 'helper' }>, locale: Locale): string {
	const role = { parent: m.helper_parent, teacher: m.helper_teacher, job_coach: m.helper_job_coach, other: m.helper_other }[by.role]({}, o(locale));
	return by.name ? m.helper_named({ name: by.name, role: role.toLocaleLowerCase() }, o(locale)) : role;
}

/**
 * "Svart med hjelp av Kari, lærer", only when a helper gave it (undefined for the person's own
 * answers and for what the app wrote), so the person's own voice shows on the page.
 */
export function byText(by: AnsweredBy | null | undefined, locale: Locale): string | undefined {
	return by?.kind === 'helper' ? m.answered_by_helper({ helper: helperNameIn(by, locale) }, o(locale)) : undefined;
}

function line(text: string, extra: Omit<DocLine, 'text' | 'by'> & { by?: AnsweredBy | null }, locale: Locale): DocLine {
	const { by, ...rest } = extra;
	const mark = byText(by, locale);
	const out: DocLine = { text };
	for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== '' && v !== false) (out as unknown as Record<string, unknown>)[k] = v;
	if (mark) out.by = mark;
	return out;
}

function group(lines: DocLine[], heading?: string, symbol?: SymbolId, photos: DocPhoto[] = []): DocGroup {
	return { ...(heading ? { heading } : {}), ...(symbol ? { symbol } : {}), lines, photos };
}

/** The CV of the person in `locale`, hidden lines left out. */
export function cvOf(src: PersonEvidence, locale: Locale): Cv {
	return finished(
		buildCv({
			name: src.profile.name,
			answers: cvAnswersFrom(src.answers),
			about: aboutFrom(src.answers),
			trials: src.trials,
			jobs: src.jobs,
			liked: src.liked,
			entries: src.entries,
			locale
		})
	);
}

/**
 * CV sections that go into an export. Contact details only with "contact"; "Om meg" and interests
 * only when those parts are ticked too (they are parts of their own): nothing comes in unticked.
 */
export function cvSectionsFor(cv: Cv, choice: ExportChoice): CvSection[] {
	return filledSections(cv).filter((s) => {
		if (s === 'contact') return false;
		if (s === 'about') return isIncluded(choice, 'about');
		if (s === 'interests') return isIncluded(choice, 'interests');
		return true;
	});
}

/** A reference's phone number is a contact detail: it leaves the app only with "contact". */
export function cvLineMeta(l: CvLine, choice: ExportChoice): string | undefined {
	if (l.section === 'references' && !isIncluded(choice, 'contact')) return undefined;
	return l.meta;
}

function cvSection(src: PersonEvidence, choice: ExportChoice, locale: Locale): DocSection | null {
	const cv = cvOf(src, locale);
	const groups: DocGroup[] = [];
	for (const section of cvSectionsFor(cv, choice)) {
		if (section === 'about' && isIncluded(choice, 'about')) continue; // shown as "Om meg" already
		if (section === 'interests' && isIncluded(choice, 'interests')) continue; // shown as "Det jeg liker"
		const lines = cv.sections[section].map((l) =>
			line(l.text || l.title || '', { title: l.text ? l.title : undefined, meta: cvLineMeta(l, choice), symbol: l.symbol, own: !l.generated && l.id.endsWith(':text'), by: l.by }, locale)
		);
		groups.push(group(lines, sectionTitle(section, locale), SECTION_SYMBOL[section]));
	}
	return groups.length ? { part: 'cv', title: m.cv_title({}, o(locale)), symbol: 'doc_cv', groups } : null;
}

function contactSection(src: PersonEvidence, locale: Locale): DocSection | null {
	const cv = cvAnswersFrom(src.answers);
	const lines: DocLine[] = [];
	for (const [field, symbol, label] of [
		['phone', 'cv_phone', m.cv_phone({}, o(locale))],
		['email', 'cv_email', m.cv_email({}, o(locale))]
	] as const) {
		const value = cv[field]?.value;
		if (typeof value === 'string' && value.trim()) lines.push(line(value.trim(), { title: label, symbol, by: cv[field]!.by }, locale));
	}
	return lines.length ? { part: 'contact', title: m.export_contact_title({}, o(locale)), symbol: 'doc_phone', groups: [group(lines)] } : null;
}

function aboutSection(src: PersonEvidence, locale: Locale): DocSection | null {
	const page = aboutFrom(src.answers);
	const groups: DocGroup[] = [];
	for (const part of ABOUT_PARTS) {
		const a = page[part];
		const lines = a.cards.map((id) => line(aboutCardLabel(part, id, locale), { symbol: aboutCard(part, id)!.symbol, by: a.cardsBy }, locale));
		if (a.text.trim()) lines.push(line(a.text.trim(), { own: true, by: a.textBy }, locale));
		if (lines.length) groups.push(group(lines, aboutPartTitle(part, locale), ABOUT_PART_SYMBOL[part]));
	}
	return groups.length ? { part: 'about', title: m.me_title({}, o(locale)), symbol: 'doc_me', groups } : null;
}

function planSection(src: PersonEvidence, locale: Locale, today: string): DocSection | null {
	const plan = planFrom(src.answers);
	const groups: DocGroup[] = [];
	for (const part of PLAN_PARTS) {
		const a = plan[part];
		const lines = partCards(part, a.cards, src.jobs, locale).map((c) => line(c.label, { symbol: c.symbol, by: a.cardsBy }, locale));
		if (a.text.trim()) lines.push(line(a.text.trim(), { own: true, by: a.textBy }, locale));
		if (lines.length) groups.push(group(lines, planPartTitle(part, locale), PLAN_PART_SYMBOL[part]));
	}
	const steps = sortSteps(src.steps).map((s) =>
		line(stepText(s, locale), { meta: `${stepWhen(s, locale, today)} ${stepHelperText(s.who, locale)}${s.done ? ` ${m.plan_step_done({}, o(locale))}` : ''}`, symbol: s.done ? 'ui_done' : (stepIdeaSymbol(s) ?? ROLE_SYMBOL[s.who.role]), own: !s.idea, by: s.answeredBy, facts: [`plan-steps/${s.id}`] }, locale)
	);
	if (steps.length) groups.push(group(steps, m.export_plan_steps({}, o(locale)), 'doc_goal'));
	return groups.length ? { part: 'plan', title: m.plan_title({}, o(locale)), symbol: 'doc_plan', groups } : null;
}

/** "Scandic Bergen", else the job's title, else the kind ("Jobbsmak"). */
export function trialName(t: PersonEvidence['trials'][number]['trial'], src: PersonEvidence, locale: Locale): string {
	return t.workplace?.trim() || jobTitle(t, src.jobs, locale) || kindLabel(t.kind, locale);
}

function trialDates(days: readonly string[], locale: Locale): string {
	const first = days[0]!;
	const last = days.at(-1)!;
	return first === last ? dayLabel(first, locale, true) : m.trial_dates_range({ first: dayLabel(first, locale, true), last: dayLabel(last, locale, true) }, o(locale));
}

function trialSections(src: PersonEvidence, choice: ExportChoice, locale: Locale, today: string): DocSection[] {
	const photosOn = isIncluded(choice, 'photos');
	return src.trials
		.filter(({ trial }) => isIncluded(choice, 'trials', trial.id))
		.map(({ trial, answers }) => {
			// One idea per line, each with its symbol, as the person says it ([Note: evidence model]).
			const summary = summaryFor({ trial, answers, jobs: src.jobs, locale, today });
			const photos: DocPhoto[] = photosOn ? photosOf(trial, answers).map((mediaId) => ({ mediaId, alt: m.export_trial_photo_alt({}, o(locale)) })) : [];
			const lines = summary.sentences.map((s) => line(s.text, { symbol: s.symbol, own: s.own, by: s.by, facts: s.facts }, locale));
			const dates = group([line(trialDates(trial.days, locale), { symbol: 'doc_calendar', facts: [`trials/${trial.id}#days`] }, locale)]);
			return { part: 'trials' as const, trialId: trial.id, title: trialName(trial, src, locale), symbol: trialSymbol(trial, src.jobs), groups: [dates, group(lines, undefined, undefined, photos)] };
		});
}

function interestsSection(src: PersonEvidence, locale: Locale): DocSection | null {
	const groups: DocGroup[] = [];
	const liked = src.liked.flatMap(({ cardId, by }) => {
		const card = cardById(cardId);
		return card ? [line(text(card.label, locale), { symbol: card.symbol as SymbolId, by }, locale)] : [];
	});
	if (liked.length) groups.push(group(liked, m.export_interests_liked({}, o(locale)), 'feel_like' as SymbolId));
	const starred = src.starred.flatMap(({ jobId, by }) => {
		const job = src.jobs.find((j) => j.id === jobId);
		return job ? [line(text(job.title, locale), { symbol: job.symbol as SymbolId, by }, locale)] : [];
	});
	if (starred.length) groups.push(group(starred, m.export_interests_starred({}, o(locale)), 'doc_star'));
	return groups.length ? { part: 'interests', title: m.export_part_interests({}, o(locale)), symbol: 'cv_interests', groups } : null;
}

function meetingSection(src: PersonEvidence, locale: Locale, today: string): DocSection | null {
	const x: Meeting | undefined = newestFirst(src.meetings)[0];
	if (!x) return null;
	const by = (part: MeetingPart) => x.partsBy[part];
	const groups: DocGroup[] = [];
	const add = (part: MeetingPart, lines: DocLine[]) => {
		if (lines.length) groups.push(group(lines, partHeading(part, locale), partSymbol(part)));
	};
	const when = whenText(x, locale);
	add('date', [
		...(when ? [line(when, { symbol: 'doc_calendar', by: by('date') }, locale)] : []),
		...(x.place ? [line(x.place, { symbol: 'meet_known_place' as SymbolId, by: by('place') }, locale)] : [])
	]);
	add('who', x.attendees.map((a) => line(attendeeText(a, locale), { symbol: roleSymbol(a.role), by: by('who') }, locale)));
	add('say', x.points.map((p) => line(p.text, { symbol: (p.symbol ?? 'meet_say') as SymbolId, own: p.from === 'own', by: by('say') }, locale)));
	add('ask', [
		...x.questions.suggested.map((q) => line(questionLabel(q, locale), { symbol: questionSymbol(q), by: by('ask') }, locale)),
		...x.questions.own.map((q) => line(q, { symbol: 'meet_question' as SymbolId, own: true, by: by('ask') }, locale))
	]);
	add('how', x.wishes.map((w) => line(wishLabel(w, locale), { symbol: wishSymbol(w), by: by('how') }, locale)));
	if (x.after.agreed.trim()) add('agreed', [line(x.after.agreed.trim(), { own: true, by: by('agreed') }, locale)]);
	add(
		'steps',
		x.after.steps.filter((s) => s.what.trim()).map((s) => line(s.what.trim(), { meta: `${stepWhen(s, locale, today)} ${stepHelperText(s.who, locale)}`, symbol: ROLE_SYMBOL[s.who.role], by: by('steps') }, locale))
	);
	if (x.after.nextDate) add('next', [line(formatDate(x.after.nextDate, locale), { symbol: 'doc_calendar', by: by('next') }, locale)]);
	return groups.length ? { part: 'meeting', title: m.meeting_title({}, o(locale)), symbol: 'doc_meeting', groups } : null;
}

function changeSection(src: PersonEvidence, choice: ExportChoice, locale: Locale): DocSection | null {
	const page = changeFrom(src.answers);
	// "What I have tried" names only the trials that are ticked.
	const trials = src.trials.filter(({ trial }) => isIncluded(choice, 'trials', trial.id));
	const request = changeRequest(page, src.profile.name, trials, src.jobs, locale);
	const groups: DocGroup[] = [];
	for (const part of [...CHANGE_PARTS.slice(0, 3), 'tried', 'help'] as const) {
		const lines = request.sections[part].map((l) => line(l.text, { symbol: l.symbol, meta: l.meta, own: l.own, by: l.by }, locale));
		if (lines.length) groups.push(group(lines, changePartTitle(part, locale), CHANGE_PART_SYMBOL[part]));
	}
	if (!groups.length) return null;
	return { part: 'change', title: m.change_title({}, o(locale)), symbol: 'chg_why' as SymbolId, groups: [group([line(request.opening, { symbol: 'doc_me' }, locale)]), ...groups] };
}

/** "Nora sin CV og plan", "Nora sin CV", "Nora sin plan" or "Nora sin Jobbvei". */
export function documentTitle(name: string, choice: ExportChoice, locale: Locale): string {
	const cv = isIncluded(choice, 'cv');
	const plan = isIncluded(choice, 'plan');
	const msg = cv && plan ? m.export_doc_title_cv_plan : cv ? m.export_doc_title_cv : plan ? m.export_doc_title_plan : m.export_doc_title_other;
	return msg({ name }, o(locale));
}

/** The person's photo for the front: "Et bilde av meg", else the profile's own photo. */
function personPhoto(src: PersonEvidence, locale: Locale): DocPhoto | undefined {
	const about = src.answers.find((a) => a.key === ABOUT_PHOTO_KEY)?.value;
	const mediaId = typeof about === 'string' && about ? about : src.profile.picture.kind === 'photo' ? src.profile.picture.mediaId : null;
	return mediaId ? { mediaId, alt: m.me_photo_alt({ name: src.profile.name }, o(locale)) } : undefined;
}

/**
 * [Note: what goes in] Composes the export from what the person ticked, in the export's language,
 * with the same rules the app's own pages use. Each part is read only when it is ticked; photos and
 * contact details only with their switches. Pure: the repositories are read by the caller.
 */
export function composeDocument(src: PersonEvidence, choice: ExportChoice, locale: Locale, today: string): ExportDocument {
	const sections: DocSection[] = [];
	const push = (s: DocSection | null) => {
		if (s) sections.push(s);
	};
	if (isIncluded(choice, 'contact')) push(contactSection(src, locale));
	if (isIncluded(choice, 'about')) push(aboutSection(src, locale));
	if (isIncluded(choice, 'cv')) push(cvSection(src, choice, locale));
	if (isIncluded(choice, 'interests')) push(interestsSection(src, locale));
	if (isIncluded(choice, 'plan')) push(planSection(src, locale, today));
	if (isIncluded(choice, 'trials')) sections.push(...trialSections(src, choice, locale, today));
	if (isIncluded(choice, 'change')) push(changeSection(src, choice, locale));
	if (isIncluded(choice, 'meeting')) push(meetingSection(src, locale, today));
	const photo = isIncluded(choice, 'photos') ? personPhoto(src, locale) : undefined;
	return {
		locale,
		title: documentTitle(src.profile.name, choice, locale),
		name: src.profile.name,
		day: today,
		dateText: formatDate(today, locale),
		...(photo ? { photo } : {}),
		sections
	};
}

export async function buildExportDocument(profileId: string, choice: ExportChoice, locale: Locale, today: string): Promise<ExportDocument> {
	return composeDocument(await loadPersonEvidence(profileId), choice, locale, today);
}
