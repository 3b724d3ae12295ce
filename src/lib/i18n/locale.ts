import { locales, type Locale as CatalogueLocale } from '$lib/paraglide/runtime';
import { z } from '$lib/storage/zod';

/**
 * The languages the app speaks. A language is on this list because it has a catalogue in
 * `messages/` and is named in `project.inlang/settings.json`; this registry adds what the app needs
 * to show it: its own name in the language picker, the tag dates and documents are written with,
 * and which way its text runs. Adding a language is its catalogue, its line in the inlang settings
 * and one line here (README, "Add a language"); a missing line here fails the type check.
 */
const REGISTRY: Record<CatalogueLocale, { name: string; tag: string; dir: 'ltr' | 'rtl' }> = {
	nb: { name: 'Norsk bokmål', tag: 'nb-NO', dir: 'ltr' },
	nn: { name: 'Norsk nynorsk', tag: 'nn-NO', dir: 'ltr' },
	en: { name: 'English', tag: 'en-GB', dir: 'ltr' }
};

export const LOCALES = locales as readonly [CatalogueLocale, ...CatalogueLocale[]];
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** The language's name in itself ("Norsk nynorsk", "English"), so a person finds their own. */
export function languageName(locale: Locale): string {
	return REGISTRY[locale].name;
}

/** The BCP 47 tag for dates, numbers and a document's language ("nb-NO"). */
export function languageTag(locale: string): string {
	return REGISTRY[locale as Locale]?.tag ?? locale;
}

/** Right to left for Arabic, Urdu, Persian …; every layout uses logical CSS properties. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
	return REGISTRY[locale as Locale]?.dir ?? 'ltr';
}
