import type { Locale } from '$lib/i18n/locale';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import { aboutSections } from '$lib/domain/export/parts/about-document';
import { contactSections, cvSections } from '$lib/domain/export/parts/cv-document';
import { interestsSections } from '$lib/domain/export/parts/interests-document';
import { planSections } from '$lib/domain/export/parts/plan-document';
import { trialSections } from '$lib/domain/export/parts/trial-document';
import { changeSections } from '$lib/domain/export/parts/change-document';
import { meetingSections } from '$lib/domain/export/parts/meeting-document';
import type { DocSection } from './document';
import type { ExportChoice, ExportPart } from './selection-schema';

/** What a part's sections are written for: the ticks, the reader's language and the day. */
export interface SectionContext {
	choice: ExportChoice;
	locale: Locale;
	today: string;
}

/**
 * [Note: section registry] Each domain part writes its own document sections from the person's
 * evidence, in the reader's language; the export only asks them in order. A part is asked only when
 * the person ticked it, so what they did not tick is never read. A new part (or a new format reading
 * `ExportDocument`) plugs in here without touching the others.
 */
export type SectionWriter = (person: PersonEvidence, ctx: SectionContext) => DocSection[];

export const SECTION_WRITERS: readonly { part: ExportPart; write: SectionWriter }[] = [
	{ part: 'contact', write: contactSections },
	{ part: 'about', write: aboutSections },
	{ part: 'cv', write: cvSections },
	{ part: 'interests', write: interestsSections },
	{ part: 'plan', write: planSections },
	{ part: 'trials', write: trialSections },
	{ part: 'change', write: changeSections },
	{ part: 'meeting', write: meetingSections }
];
