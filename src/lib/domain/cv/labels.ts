import { m } from '$lib/paraglide/messages';
import { languageTag, type Locale } from '$lib/i18n/locale';
import { cardById, text } from '$lib/domain/interests/catalogue';
import type { CardField, CvSection, EntryKind } from './schema';

type Opt = { locale?: Locale };
type Message = (inputs: Record<string, never>, options: Opt) => string;
const o = (locale?: Locale): Opt => (locale ? { locale } : {});

export function sectionTitle(section: CvSection, locale?: Locale): string {
	return {
		contact: m.cv_section_contact,
		about: m.cv_section_about,
		skills: m.cv_section_skills,
		school: m.cv_section_school,
		experience: m.cv_section_experience,
		interests: m.cv_section_interests,
		languages: m.cv_section_languages,
		travel: m.cv_section_travel,
		references: m.cv_section_references
	}[section]({}, o(locale));
}

export function entryKindLabel(kind: EntryKind, locale?: Locale): string {
	return {
		placement: m.cv_entry_kind_placement,
		job: m.cv_entry_kind_job,
		course: m.cv_entry_kind_course,
		reference: m.cv_entry_kind_reference
	}[kind]({}, o(locale));
}

// Spelled out (not looked up by a built key) so the build keeps only the messages in use.
const OWN_LABELS: Record<CardField, Record<string, Message>> = {
	skills: { on_time: m.cv_skill_on_time, checklist: m.cv_skill_checklist, team: m.cv_skill_team },
	languages: { norwegian: m.cv_lang_norwegian, english: m.cv_lang_english, sign: m.cv_lang_sign },
	travel: {
		bus: m.cv_travel_bus,
		train: m.cv_travel_train,
		walk: m.cv_travel_walk,
		bike: m.cv_travel_bike,
		taxi: m.cv_travel_taxi,
		car: m.cv_travel_car,
		moped: m.cv_travel_moped,
		practice: m.cv_travel_practice
	}
};

/** A card's label: "Lage mat" (a catalogue task), "Norsk", "Jeg tar buss alene". */
export function cardLabel(field: CardField, id: string, locale: Locale): string {
	const own = OWN_LABELS[field][id];
	if (own) return own({}, o(locale));
	const card = cardById(id);
	return card ? text(card.label, locale) : id;
}

/** "Lage mat" → "lage mat", for inside a sentence; "PC" and names stay as they are. */
export function lowerFirst(words: string): string {
	const [first = '', second = ''] = words;
	return second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase() ? words : first.toLocaleLowerCase() + words.slice(1);
}

/** "a, b og c" in the language given. */
export function listOf(items: readonly string[], locale: Locale): string {
	try {
		return new Intl.ListFormat(locale === 'nn' ? 'nn' : locale === 'en' ? 'en' : 'nb', { style: 'long', type: 'conjunction' }).format(items);
	} catch {
		return items.join(', ');
	}
}

/** "august 2025" for a month, "14. august 2025" for a day. */
export function monthLabel(value: string, locale: Locale): string {
	const [y, mo, d] = value.split('-').map(Number);
	const tag = languageTag(locale);
	return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', ...(d ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(
		new Date(Date.UTC(y!, mo! - 1, d ?? 1))
	);
}

/** "august 2025 til juni 2026", or one end only. */
export function periodLabel(from: string | undefined, to: string | undefined, locale: Locale): string {
	if (from && to) return m.cv_years({ from: monthLabel(from, locale), to: monthLabel(to, locale) }, o(locale));
	if (from) return m.cv_from_year({ from: monthLabel(from, locale) }, o(locale));
	if (to) return monthLabel(to, locale);
	return '';
}
