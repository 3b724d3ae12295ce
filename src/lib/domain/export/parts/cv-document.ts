import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { aboutFrom } from '$lib/domain/about/about-rules';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocGroup, DocLine, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { isIncluded } from '$lib/domain/export/selection-rules';
import type { ExportChoice } from '$lib/domain/export/selection-schema';
import { changeFrom, nowOf } from '$lib/domain/change/change-rules';
import { buildCv, cvAnswersFrom, filledSections, finished, type Cv, type CvLine } from '$lib/domain/cv/cv-rules';
import { SECTION_SYMBOL, cvKey, type CvSection } from '$lib/domain/cv/schema';
import { sectionTitle } from '$lib/domain/cv/labels';

/** The CV of the person in `locale`, hidden lines left out. */
export function cvOf(person: PersonEvidence, locale: Locale): Cv {
	return finished(
		buildCv({
			name: person.profile.name,
			answers: cvAnswersFrom(person.answers),
			about: aboutFrom(person.answers),
			trials: person.trials,
			jobs: person.jobs,
			liked: person.liked,
			entries: person.entries,
			now: nowOf(changeFrom(person.answers)),
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

/** "Min CV" in the easy-read document; Om meg and interests have sections of their own when ticked. */
export function cvSections(person: PersonEvidence, { choice, locale }: SectionContext): DocSection[] {
	const cv = cvOf(person, locale);
	const groups: DocGroup[] = [];
	for (const section of cvSectionsFor(cv, choice)) {
		if (section === 'about' || section === 'interests') continue; // shown as "Om meg" and "Det jeg liker"
		const lines = cv.sections[section].map((l) =>
			docLine(l.text || l.title || '', { title: l.text ? l.title : undefined, meta: cvLineMeta(l, choice), symbol: l.symbol, own: (!l.generated && l.id.endsWith(':text')) || l.edited, by: l.by, facts: l.facts }, locale)
		);
		groups.push(docGroup(lines, sectionTitle(section, locale), SECTION_SYMBOL[section]));
	}
	return groups.length ? [{ part: 'cv', title: m.cv_title({}, { locale }), symbol: 'doc_cv', groups }] : [];
}

/**
 * Where the person lives, phone and e-mail: only what they added, as the CV shows it. The export
 * asks for this part only with "contact".
 */
export function contactSections(person: PersonEvidence, { locale }: SectionContext): DocSection[] {
	const cv = cvOf(person, locale);
	const lines: DocLine[] = cv.sections.contact.map((l) => docLine(l.text, { title: l.title, symbol: l.symbol, by: l.by, facts: l.facts }, locale));
	if (cv.name !== person.profile.name.trim()) lines.unshift(docLine(cv.name, { title: m.cv_name({}, { locale }), symbol: 'doc_me', facts: [cvKey('surname')] }, locale));
	return lines.length ? [{ part: 'contact', title: m.export_contact_title({}, { locale }), symbol: 'doc_phone', groups: [docGroup(lines)] }] : [];
}
