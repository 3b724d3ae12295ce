import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { formatDate } from '$lib/i18n/dates';
import { loadPersonEvidence, type PersonEvidence } from '$lib/domain/evidence/person-evidence';
import { personPhoto } from '$lib/domain/export/parts/about-document';
import type { DocSection, ExportDocument } from './document';
import { SECTION_WRITERS } from './section-registry';
import { isIncluded } from './selection-rules';
import type { ExportChoice } from './selection-schema';

/** "CV og plan – Nora", "CV – Nora", "Plan – Nora" or "Jobbvei – Nora": a title that reads the same for every name. */
export function documentTitle(name: string, choice: ExportChoice, locale: Locale): string {
	const cv = isIncluded(choice, 'cv');
	const plan = isIncluded(choice, 'plan');
	const msg = cv && plan ? m.export_doc_title_cv_plan : cv ? m.export_doc_title_cv : plan ? m.export_doc_title_plan : m.export_doc_title_other;
	return msg({ name }, { locale });
}

/**
 * [Note: what goes in] Composes the export from what the person ticked, in the export's language:
 * each ticked part writes its own sections from the person's evidence ([Note: section registry]);
 * a part not ticked is never asked. Photos and contact details only with their switches. Pure: the
 * stores are read by the caller.
 */
export function composeDocument(person: PersonEvidence, choice: ExportChoice, locale: Locale, today: string): ExportDocument {
	const ctx = { choice, locale, today };
	const sections: DocSection[] = SECTION_WRITERS.filter(({ part }) => isIncluded(choice, part)).flatMap(({ write }) => write(person, ctx));
	const photo = isIncluded(choice, 'photos') ? personPhoto(person, locale) : undefined;
	return {
		locale,
		title: documentTitle(person.profile.name, choice, locale),
		name: person.profile.name,
		day: today,
		dateText: formatDate(today, locale),
		...(photo ? { photo } : {}),
		sections
	};
}

export async function buildExportDocument(profileId: string, choice: ExportChoice, locale: Locale, today: string): Promise<ExportDocument> {
	return composeDocument(await loadPersonEvidence(profileId), choice, locale, today);
}
