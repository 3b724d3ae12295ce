import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { cardById, text } from '$lib/domain/interests/catalogue';

/** "Det jeg liker": the cards liked on the results board and the jobs starred "Vil prøve", in the reader's language. */
export function interestsSections(person: PersonEvidence, { locale }: SectionContext): DocSection[] {
	const groups: DocGroup[] = [];
	const liked = person.liked.flatMap(({ cardId, by }) => {
		const card = cardById(cardId);
		return card ? [docLine(text(card.label, locale), { symbol: card.symbol as SymbolId, by, facts: [`interests/like#${cardId}`] }, locale)] : [];
	});
	if (liked.length) groups.push(docGroup(liked, m.export_interests_liked({}, { locale }), 'feel_like' as SymbolId));
	const starred = person.starred.flatMap(({ jobId, by }) => {
		const job = person.jobs.find((j) => j.id === jobId);
		return job ? [docLine(text(job.title, locale), { symbol: job.symbol as SymbolId, by, facts: [`interests/star#${jobId}`] }, locale)] : [];
	});
	if (starred.length) groups.push(docGroup(starred, m.export_interests_starred({}, { locale }), 'doc_star'));
	return groups.length ? [{ part: 'interests', title: m.export_part_interests({}, { locale }), symbol: 'cv_interests', groups }] : [];
}
