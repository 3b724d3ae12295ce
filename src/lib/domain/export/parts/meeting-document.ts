import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import { formatDate } from '$lib/i18n/dates';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocLine, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { ROLE_SYMBOL, stepHelperText } from '$lib/domain/plan/labels';
import { stepWhen } from '$lib/domain/plan/components/plan-view';
import { cvFeeds, experienceTitle } from '$lib/domain/trials/cv-feed';
import { attendeeTexts, newestFirst, pointIsOwn, pointText, whenText } from '$lib/domain/meeting/meeting-rules';
import { partHeading, partSymbol, questionLabel, questionSymbol, roleSymbol, wishLabel, wishSymbol } from '$lib/domain/meeting/labels';
import type { Meeting, MeetingPart } from '$lib/domain/meeting/schema';
import { callerAnswers, callerQuestionSymbol, type CallerAnswer } from '$lib/domain/meeting/caller-questions';

/** The newest meeting in a document, part by part as the meeting page shows it, in the reader's language. */
export function meetingSections(person: PersonEvidence, { locale, today }: SectionContext): DocSection[] {
	const x: Meeting | undefined = newestFirst(person.meetings)[0];
	if (!x) return [];
	const by = (part: MeetingPart) => x.partsBy[part];
	const groups: DocGroup[] = [];
	const add = (part: MeetingPart, lines: DocLine[]) => {
		if (lines.length) groups.push(docGroup(lines, partHeading(part, locale), partSymbol(part)));
	};
	const fact = (part: MeetingPart) => [`meetings/${x.id}#${part}`];
	const when = whenText(x, locale);
	add('date', [
		...(when ? [docLine(when, { symbol: 'doc_calendar', by: by('date'), facts: fact('date') }, locale)] : []),
		...(x.place ? [docLine(x.place, { symbol: 'meet_known_place' as SymbolId, by: by('place'), facts: fact('place') }, locale)] : [])
	]);
	add('who', x.attendees.flatMap((a) => attendeeTexts(a, locale).map((text) => docLine(text, { symbol: roleSymbol(a.role), by: by('who'), facts: fact('who') }, locale))));
	const sources = {
		planSteps: person.steps,
		trials: cvFeeds(person.trials, person.jobs, locale).map((feed) => ({ id: feed.trialId, title: experienceTitle(feed, person.jobs, locale), been: feed.experience.daysDone > 0 }))
	};
	add(
		'say',
		x.points.flatMap((p) => {
			const said = pointText(p, sources, locale);
			return said === null ? [] : [docLine(said, { symbol: (p.symbol ?? 'meet_say') as SymbolId, own: pointIsOwn(p, sources), by: by('say'), facts: [`meetings/${x.id}#say/${p.id}`] }, locale)];
		})
	);
	add('ask', [
		...x.questions.suggested.map((q) => docLine(questionLabel(q, locale), { symbol: questionSymbol(q), by: by('ask'), facts: fact('ask') }, locale)),
		...x.questions.own.map((q) => docLine(q, { symbol: 'meet_question' as SymbolId, own: true, by: by('ask'), facts: fact('ask') }, locale))
	]);
	add('how', x.wishes.map((w) => docLine(wishLabel(w, locale), { symbol: wishSymbol(w), by: by('how'), facts: fact('how') }, locale)));
	add('caller', callerAnswers(x, person.answers, locale).flatMap((a) => callerDocLines(x.id, a, locale)));
	if (x.after.agreed.trim()) add('agreed', [docLine(x.after.agreed.trim(), { own: true, by: by('agreed'), facts: fact('agreed') }, locale)]);
	add(
		'steps',
		x.after.steps
			.filter((s) => s.what.trim())
			.map((s) => docLine(s.what.trim(), { meta: `${stepWhen(s, locale, today)} ${stepHelperText(s.who, locale)}`, symbol: ROLE_SYMBOL[s.who.role], by: by('steps'), facts: fact('steps') }, locale))
	);
	if (x.after.nextDate) add('next', [docLine(formatDate(x.after.nextDate, locale), { symbol: 'doc_calendar', by: by('next'), facts: fact('next') }, locale)]);
	return groups.length ? [{ part: 'meeting', title: m.meeting_title({}, { locale }), symbol: 'doc_meeting', groups }] : [];
}

/**
 * "Spørsmål før møtet": each question from the one who calls the meeting, in bold, with the person's
 * answer under it, and who gave each answer when a helper did (the card and the words may differ).
 */
function callerDocLines(meetingId: string, a: CallerAnswer, locale: SectionContext['locale']): DocLine[] {
	const facts = [`meetings/${meetingId}#caller/${a.question.id}`];
	const symbol = callerQuestionSymbol(a.question);
	const title = a.question.text;
	const lines: DocLine[] = [];
	if (a.card) lines.push(docLine(a.card.text, { title, symbol: a.card.symbol, by: a.card.by, facts }, locale));
	if (a.words) lines.push(docLine(a.words.text, { ...(a.card ? {} : { title, symbol }), own: true, by: a.words.by, facts }, locale));
	if (a.voice && !a.card && !a.words) lines.push(docLine(m.meeting_voice_saved({}, { locale }), { title, symbol, facts }, locale));
	if (!lines.length) lines.push(docLine(m.meeting_caller_no_answer({}, { locale }), { title, symbol, facts }, locale));
	return lines;
}
