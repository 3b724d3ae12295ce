import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocPhoto, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { ABOUT_PARTS, ABOUT_PHOTO_KEY, aboutCard, aboutKey } from '$lib/domain/about/schema';
import { PART_SYMBOL, cardLabel, partTitle } from '$lib/domain/about/labels';

/** "Om meg" in a document: each part's cards in the reader's language, then the person's own words. */
export function aboutSections(person: PersonEvidence, { locale }: SectionContext): DocSection[] {
	const page = aboutFrom(person.answers);
	const groups: DocGroup[] = [];
	for (const part of ABOUT_PARTS) {
		const a = page[part];
		const lines = a.cards.map((id) => docLine(cardLabel(part, id, locale), { symbol: aboutCard(part, id)!.symbol, by: a.cardsBy, facts: [`${aboutKey(part)}#${id}`] }, locale));
		if (a.text.trim()) lines.push(docLine(a.text.trim(), { own: true, by: a.textBy, facts: [aboutKey(part, 'text')] }, locale));
		if (lines.length) groups.push(docGroup(lines, partTitle(part, locale), PART_SYMBOL[part]));
	}
	return groups.length ? [{ part: 'about', title: m.me_title({}, { locale }), symbol: 'doc_me', groups }] : [];
}

/** The person's photo for the front: "Et bilde av meg", else the profile's own photo. */
export function personPhoto(person: PersonEvidence, locale: Locale): DocPhoto | undefined {
	const about = person.answers.find((a) => a.key === ABOUT_PHOTO_KEY)?.value;
	const mediaId = typeof about === 'string' && about ? about : person.profile.picture.kind === 'photo' ? person.profile.picture.mediaId : null;
	return mediaId ? { mediaId, alt: m.me_photo_alt({ name: person.profile.name }, { locale }) } : undefined;
}
