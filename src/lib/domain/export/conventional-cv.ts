import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { cvAnswersFrom, type CvLine } from '$lib/domain/cv/cv-rules';
import type { CvSection } from '$lib/domain/cv/schema';
import { isAboutPart, type AboutPart } from '$lib/domain/about/schema';
import type { ConventionalCv } from './document';
import { cvLineMeta, cvOf, cvSectionsFor } from '$lib/domain/export/parts/cv-document';
import { loadPersonEvidence, type PersonEvidence } from '$lib/domain/evidence/person-evidence';
import { isIncluded } from './selection-rules';
import type { ExportChoice } from './selection-schema';

type Item = ConventionalCv['sections'][number]['items'][number];

const ABOUT_HEADING: Record<AboutPart, typeof m.export_ccv_about_support> = {
	liked_for: m.export_ccv_about_liked_for,
	important: m.export_ccv_about_important,
	support: m.export_ccv_about_support
};

/** The Om meg part of a CV line ("about:support:checklist" → "support"). */
function aboutPartOf(lineId: string): AboutPart | null {
	const part = lineId.split(':')[1];
	return isAboutPart(part) ? part : null;
}
const o = (locale: Locale) => ({ locale });

/** Ends a line with a full stop when it has none, so card labels read as sentences in running text. */
function sentence(text: string): string {
	const t = text.trim();
	return /[.!?]$/.test(t) ? t : `${t}.`;
}

function item(l: CvLine, choice: ExportChoice): Item {
	const meta = cvLineMeta(l, choice);
	const text = l.text.trim() || l.title || '';
	return { ...(l.text.trim() && l.title ? { title: l.title } : {}), ...(meta ? { meta } : {}), text };
}

/**
 * The same CV as an ordinary Norwegian CV: name and contact on top, then Om meg, Arbeidserfaring, Utdanning,
 * Kompetanse, Språk, Førerkort, Interesser, Referanser. Text only; hidden lines left out; contact
 * details (the person's and the references' phone numbers) only when "contact" is ticked; "Om meg"
 * and interests only when ticked, as in the easy-read export.
 */
export function composeConventionalCv(src: PersonEvidence, choice: ExportChoice, locale: Locale, today: string): ConventionalCv {
	const cv = cvOf(src, locale);
	const shown = new Set(cvSectionsFor(cv, choice));
	const lines = (s: CvSection): CvLine[] => (shown.has(s) ? cv.sections[s] : []);
	// Surname, where the person lives, phone and e-mail: each only when added, and all only with "contact".
	const withContact = isIncluded(choice, 'contact');
	const name = withContact ? cv.name : src.profile.name.trim();
	const contact: string[] = [];
	if (withContact) {
		const answers = cvAnswersFrom(src.answers);
		const value = (field: 'place' | 'phone' | 'email') => {
			const v = answers[field]?.value;
			return typeof v === 'string' ? v.trim() : '';
		};
		if (value('place')) contact.push(m.export_ccv_place({ place: value('place') }, o(locale)));
		if (value('phone')) contact.push(m.export_ccv_phone({ phone: value('phone') }, o(locale)));
		if (value('email')) contact.push(m.export_ccv_email({ email: value('email') }, o(locale)));
	}
	const sections: ConventionalCv['sections'] = [];
	const add = (title: string, items: Item[]) => {
		if (items.length) sections.push({ title, items });
	};
	// Name and contact head the page (the renderers put them under the name), so no "Personalia" repeats them.
	// Om meg: one paragraph per part, its cards and words as sentences.
	// The parts get an employer's headings: "Slik hjelper du meg best" becomes "Tilrettelegging som hjelper meg".
	const about = new Map<string, string[]>();
	for (const l of lines('about')) {
		const part = aboutPartOf(l.id);
		const title = part ? ABOUT_HEADING[part]({}, o(locale)) : (l.group ?? '');
		about.set(title, [...(about.get(title) ?? []), sentence(l.text)]);
	}
	add(
		m.export_ccv_about({}, o(locale)),
		[...about].map(([title, texts]) => ({ ...(title ? { title } : {}), text: texts.join(' ') }))
	);
	add(m.export_ccv_experience({}, o(locale)), lines('experience').map((l) => item(l, choice)));
	add(m.export_ccv_education({}, o(locale)), lines('school').map((l) => item(l, choice)));
	const licence = lines('travel').filter((l) => l.id === 'travel:car' || l.id === 'travel:moped');
	const travel = lines('travel').filter((l) => !licence.includes(l));
	add(m.export_ccv_skills({}, o(locale)), [...lines('skills'), ...travel].map((l) => ({ text: sentence(l.text) })));
	add(m.export_ccv_languages({}, o(locale)), lines('languages').map((l) => ({ text: l.text.trim() })));
	add(m.export_ccv_licence({}, o(locale)), licence.map((l) => ({ text: l.text.trim() })));
	add(m.export_ccv_interests({}, o(locale)), lines('interests').map((l) => ({ text: l.text.trim() })));
	add(m.export_ccv_references({}, o(locale)), lines('references').map((l) => item(l, choice)));
	return { locale, name, title: m.export_ccv_title({ name }, o(locale)), day: today, contact, sections };
}

export async function conventionalCv(profileId: string, choice: ExportChoice, locale: Locale, today: string): Promise<ConventionalCv> {
	return composeConventionalCv(await loadPersonEvidence(profileId), choice, locale, today);
}
