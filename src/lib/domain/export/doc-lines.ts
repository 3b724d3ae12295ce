import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { DocGroup, DocLine, DocPhoto } from './document';

/** "Kari, lærer" in the export's language. */
function helperNameIn(by: Extract<AnsweredBy, { kind: 'helper' }>, locale: Locale): string {
	const o = { locale };
	const role = { parent: m.helper_parent, teacher: m.helper_teacher, job_coach: m.helper_job_coach, other: m.helper_other }[by.role]({}, o);
	return by.name ? m.helper_named({ name: by.name, role: role.toLocaleLowerCase() }, o) : role;
}

/**
 * "Svart med hjelp av Kari, lærer", only when a helper gave it (undefined for the person's own
 * answers and for what the app wrote), so the person's own voice shows on the page.
 */
export function byText(by: AnsweredBy | null | undefined, locale: Locale): string | undefined {
	return by?.kind === 'helper' ? m.answered_by_helper({ helper: helperNameIn(by, locale) }, { locale }) : undefined;
}

export type LineExtra = Omit<DocLine, 'text' | 'by'> & { by?: AnsweredBy | null };

/** One document line; empty extras are left out, so every renderer sees only what is said. */
export function docLine(text: string, extra: LineExtra, locale: Locale): DocLine {
	const { by, ...rest } = extra;
	const mark = byText(by, locale);
	const out: DocLine = { text };
	for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== '' && v !== false) (out as unknown as Record<string, unknown>)[k] = v;
	if (mark) out.by = mark;
	return out;
}

export function docGroup(lines: DocLine[], heading?: string, symbol?: SymbolId, photos: DocPhoto[] = []): DocGroup {
	return { ...(heading ? { heading } : {}), ...(symbol ? { symbol } : {}), lines, photos };
}
