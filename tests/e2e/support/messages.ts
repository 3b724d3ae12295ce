import { readFileSync } from 'node:fs';

/**
 * The app's own message catalogues, so the tests find screens by the same names people hear.
 * When a text in messages/*.json changes, the tests follow it.
 */
export type Locale = 'nb' | 'nn' | 'en';
export const LOCALES: Locale[] = ['nb', 'nn', 'en'];

interface PluralVariant {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}
type Entry = string | PluralVariant[];
type Catalogue = Record<string, Entry>;

function load(locale: Locale): Catalogue {
	return JSON.parse(readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), 'utf8')) as Catalogue;
}

const catalogues: Record<Locale, Catalogue> = { nb: load('nb'), nn: load('nn'), en: load('en') };

type Params = Record<string, string | number>;

function template(locale: Locale, key: string, params: Params): string {
	const entry = catalogues[locale][key];
	if (entry === undefined) throw new Error(`No message "${key}" in messages/${locale}.json`);
	if (typeof entry === 'string') return entry;
	// Plural messages (inlang message format): pick the variant the way Intl.PluralRules would.
	const variant = entry[0];
	if (!variant) throw new Error(`Empty message "${key}" in messages/${locale}.json`);
	const keys: string[] = [];
	for (const selector of variant.selectors) {
		const local = variant.declarations.find((d) => d.startsWith(`local ${selector} =`));
		const input = local?.match(/=\s*(\w+):\s*plural/)?.[1];
		const value = input !== undefined ? params[input] : undefined;
		const category = typeof value === 'number' ? new Intl.PluralRules(locale).select(value) : 'other';
		keys.push(`${selector}=${category}`);
	}
	return variant.match[keys.join(',')] ?? Object.values(variant.match).at(-1) ?? '';
}

/** The text of a message with its {placeholders} filled in. */
export function t(locale: Locale, key: string, params: Params = {}): string {
	return template(locale, key, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
		params[name] !== undefined ? String(params[name]) : whole
	);
}

/**
 * A language's name in itself ("Norsk nynorsk"), as the language picker shows it: read from the
 * registry in src/lib/i18n/locale.ts, where the names live (they are not messages).
 */
export function languageName(locale: Locale): string {
	const registry = readFileSync(new URL('../../../src/lib/i18n/locale.ts', import.meta.url), 'utf8');
	const name = new RegExp(`\\b${locale}: \\{ name: '([^']+)'`).exec(registry)?.[1];
	if (!name) throw new Error(`No language "${locale}" in src/lib/i18n/locale.ts`);
	return name;
}

/** Bokmål, the base language. */
export function nb(key: string, params: Params = {}): string {
	return t('nb', key, params);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a message whose placeholders are not known in advance (e.g. seconds left).
 * Known params are filled in; the rest match any text. `plural` picks which variant to use.
 */
export function pattern(locale: Locale, key: string, params: Params = {}, pluralValue = 2): RegExp {
	const source = template(locale, key, { ...pluralInputs(locale, key, pluralValue), ...params });
	const parts = source.split(/(\{\w+\})/);
	return new RegExp(
		parts
			.map((part) => {
				const name = part.match(/^\{(\w+)\}$/)?.[1];
				if (!name) return escape(part);
				return params[name] !== undefined ? escape(String(params[name])) : '.+?';
			})
			.join('')
	);
}

function pluralInputs(locale: Locale, key: string, value: number): Params {
	const entry = catalogues[locale][key];
	if (typeof entry === 'string' || !entry?.[0]) return {};
	const inputs = entry[0].declarations.filter((d) => d.startsWith('input ')).map((d) => d.slice('input '.length).trim());
	return Object.fromEntries(inputs.map((name) => [name, value]));
}
