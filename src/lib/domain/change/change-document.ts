import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { changeFrom, changeRequest } from './change-rules';
import { CHANGE_PART_SYMBOL, changePartTitle } from './labels';
import { CHANGE_PARTS } from './schema';

/**
 * "Jeg vil prøve noe annet" in a document, part by part as on the screen, with "Dette har jeg prøvd":
 * the trials the person has been at are part of the request itself (their names and dates; what was
 * said there goes in only with the trials ticked).
 */
export function changeSections(person: PersonEvidence, { locale }: SectionContext): DocSection[] {
	const request = changeRequest(changeFrom(person.answers), person.profile.name, person.trials, person.jobs, locale);
	const groups: DocGroup[] = [];
	for (const part of [...CHANGE_PARTS.slice(0, 3), 'tried', 'help'] as const) {
		const lines = request.sections[part].map((l) => docLine(l.text, { symbol: l.symbol, meta: l.meta, own: l.own, by: l.by, facts: l.facts }, locale));
		if (lines.length) groups.push(docGroup(lines, changePartTitle(part, locale), CHANGE_PART_SYMBOL[part]));
	}
	// The request is the person's: with nothing said yet, their trials alone make no request.
	if (!CHANGE_PARTS.some((part) => request.sections[part].length > 0)) return [];
	const opening = docGroup([docLine(request.opening, { symbol: 'doc_me' }, locale)]);
	return [{ part: 'change', title: m.change_title({}, { locale }), symbol: 'chg_why' as SymbolId, groups: [opening, ...groups] }];
}
