import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { APPLY_STAGES, optionById, text } from './content';
import type { ApplyItem } from './content-schema';

/**
 * "Hva skal vi søke om, hvor og når?" as the page shows it: each stage of the way (16, 17, 18, the
 * last school year, after school) with what to apply for, where, when and the source, in the reader's
 * language. Plain functions of the content, so what a parent reads can be tested without a browser.
 */

export interface ApplyItemView {
	id: string;
	symbol: SymbolId;
	title: string;
	what: string;
	/** "Hvor: NAV". */
	where: string;
	/** "Når: Før 1. februar". */
	when: string;
	/** The option page about the same thing. */
	more?: { href: string; label: string };
	source: string;
	/** What "Les opp" says: everything but the source. */
	spoken: string;
}

export interface ApplyStageView {
	id: string;
	symbol: SymbolId;
	title: string;
	items: ApplyItemView[];
}

const WHERE: Record<ApplyItem['where'], (o: { locale: Locale }) => string> = {
	nav: (o) => m.info_apply_where_nav({}, o),
	municipality: (o) => m.info_apply_where_municipality({}, o),
	school: (o) => m.info_apply_where_school({}, o),
	county: (o) => m.info_apply_where_county({}, o),
	place: (o) => m.info_apply_where_place({}, o)
};

function itemView(item: ApplyItem, locale: Locale): ApplyItemView {
	const o = { locale };
	const title = text(item.title, locale);
	const what = text(item.what, locale);
	const where = m.info_apply_where({ place: WHERE[item.where](o) }, o);
	const when = m.info_apply_when({ when: text(item.when, locale) }, o);
	const option = item.option ? optionById(item.option) : undefined;
	return {
		id: item.id,
		symbol: item.symbol as SymbolId,
		title,
		what,
		where,
		when,
		...(option ? { more: { href: `/info/option?id=${option.id}`, label: m.info_word_option({ title: text(option.title, locale) }, o) } } : {}),
		source: item.source,
		spoken: [title, what, where, when].join('. ')
	};
}

export function applyStages(locale: Locale): ApplyStageView[] {
	return APPLY_STAGES.map((stage) => ({
		id: stage.id,
		symbol: stage.symbol as SymbolId,
		title: text(stage.title, locale),
		items: stage.items.map((item) => itemView(item, locale))
	}));
}
