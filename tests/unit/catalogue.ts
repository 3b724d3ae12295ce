import { readFileSync } from 'node:fs';

export type Catalogue = Record<string, unknown>;

export function loadCatalogue(locale: string): Catalogue {
	const raw = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Catalogue;
	delete raw.$schema;
	return raw;
}

/** Every text variant of a message: a plain string, or each branch of a plural/select message. */
export function variants(message: unknown): string[] {
	if (typeof message === 'string') return [message];
	if (Array.isArray(message)) return message.flatMap((v) => Object.values((v as { match: Record<string, string> }).match));
	return [];
}

export function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
