import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { changeFrom, changeRequest, filledParts } from '$lib/domain/change/change-rules';
import { CHANGE_PART_SYMBOL, changePartTitle } from '$lib/domain/change/labels';
import { CHANGE_PARTS } from '$lib/domain/change/schema';

/**
 * "Jeg vil prøve noe annet" in a document, part by part as on the screen, with "Dette har jeg prøvd":
 * the trials the person has been at are part of the request itself (their names and dates; what was
 * said there goes in only with the trials ticked).
 */
export function changeSections(person: PersonEvidence, { locale }: SectionContext): DocSection[] {
	const support = aboutFrom(person.answers).support;
	const known = { support: { cards: support.cards, by: support.cardsBy }, liked: person.liked, situation: person.profile.situation };
	const page = changeFrom(person.answers);
	// The request is the person's: with nothing said in it yet, what is known from other parts makes no request.
	if (filledParts(page) === 0) return [];
	const request = changeRequest(page, person.profile.name, person.trials, person.jobs, locale, known);
	const groups: DocGroup[] = [];
	for (const part of [...CHANGE_PARTS.slice(0, 3), 'tried', 'help'] as const) {
		const lines = request.sections[part].map((l) => docLine(l.text, { symbol: l.symbol, meta: l.meta, own: l.own, by: l.by, facts: l.facts }, locale));
		if (lines.length) groups.push(docGroup(lines, changePartTitle(part, locale), CHANGE_PART_SYMBOL[part]));
	}
	const opening = docGroup([docLine(request.opening, { symbol: 'doc_me' }, locale)]);
	return [{ part: 'change', title: m.change_title({}, { locale }), symbol: 'chg_why' as SymbolId, groups: [opening, ...groups] }];
}
