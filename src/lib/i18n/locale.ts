import { locales, type Locale as CatalogueLocale } from '$lib/paraglide/runtime';
import { z } from '$lib/storage/zod';

interface Language {
	/** Its own name, as its speakers look for it. */
	name: string;
	/** BCP 47 tag for dates, lists and a document's language. */
	tag: string;
	dir: 'ltr' | 'rtl';
	/**
	 * Which voice languages can read it aloud, best first. Bokmål and nynorsk fall back on any
	 * Norwegian voice (`no`): most devices have only one, and read-aloud must not need English.
	 */
	voices: readonly string[];
	/** Quotation marks around the person's own words in documents. */
	quotes: readonly [string, string];
}

/**
 * The languages the app speaks. A language is on this list because it has a catalogue in
 * `messages/` and is named in `project.inlang/settings.json`; this registry adds what the app needs
 * to show it: its own name in the language picker, the tag dates and documents are written with,
 * and which way its text runs. Adding a language is its catalogue, its line in the inlang settings
 * and one line here (README, "Add a language"); a missing line here fails the type check.
 */
const REGISTRY: Record<CatalogueLocale, Language> = {
	nb: { name: 'Norsk bokmål', tag: 'nb-NO', dir: 'ltr', voices: ['nb', 'no', 'nn'], quotes: ['«', '»'] },
	nn: { name: 'Norsk nynorsk', tag: 'nn-NO', dir: 'ltr', voices: ['nn', 'no', 'nb'], quotes: ['«', '»'] },
	en: { name: 'English', tag: 'en-GB', dir: 'ltr', voices: ['en'], quotes: ['“', '”'] }
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

/** The voice languages that can read `locale` aloud, best first; an unknown language only itself. */
export function voiceLanguages(locale: string): readonly string[] {
	return REGISTRY[locale as Locale]?.voices ?? [locale];
}

/** Quotation marks for the person's own words in `locale` («…» in Norwegian). */
export function quoteMarks(locale: string): readonly [string, string] {
	return REGISTRY[locale as Locale]?.quotes ?? ['“', '”'];
}
