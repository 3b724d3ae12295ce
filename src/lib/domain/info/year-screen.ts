import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { YEAR_DATES, text } from './content';
import { packText, type ContentPack } from './pack-schema';
import type { RecurringDate, YearItem, YearWheel } from './year';
import { itemSource, itemWhen, monthHeading, monthName } from './year-labels';

/**
 * "Året mitt" as the screen shows it: the twelve month tiles at the top and, under them, each month
 * with its dates. Plain functions of the wheel (year.ts), so what a person sees can be tested
 * without a browser.
 */

/** The national dates in the language being read. */
export function nationalDates(locale: Locale): RecurringDate[] {
	return YEAR_DATES.map((d) => ({ id: d.id, symbol: d.symbol, title: text(d.title, locale), text: text(d.text, locale), when: d.when, source: 'national' }));
}

/** The dates of the local content packs, each with the pack's name ("Fra Bærum (eksempel)"). */
export function packDates(packs: readonly { pack: ContentPack }[], locale: Locale): RecurringDate[] {
	return packs.flatMap(({ pack }) =>
		pack.dates.map(
			(d): RecurringDate => ({
				id: `${pack.id}_${d.id}`,
				symbol: d.symbol,
				title: packText(d.title, locale),
				...(d.text ? { text: packText(d.text, locale) } : {}),
				when: d.when,
				source: 'local',
				...(d.replaces ? { replaces: d.replaces } : {}),
				from: packText(pack.name, locale)
			})
		)
	);
}

/** The hard words of the national dates on the wheel, each once: listed under it. */
export function yearWords(wheel: YearWheel): string[] {
	const shown = new Set(wheel.months.flatMap((month) => month.items.map((i) => i.id)));
	return [...new Set(YEAR_DATES.filter((d) => shown.has(d.id)).flatMap((d) => d.words))];
}

/** One month at the top of the wheel. A month with dates links to them further down. */
export interface MonthTile {
	/** YYYY-MM: also the anchor of the month's dates. */
	key: string;
	name: string;
	year: string;
	/** The year is written on the first month and on January; on the others only a screen reader says it. */
	yearShown: boolean;
	/** The symbols of its first three dates. */
	symbols: { key: string; symbol: SymbolId }[];
	/** The month holds the next thing to come. */
	next: boolean;
	empty: boolean;
}

export function monthTiles(wheel: YearWheel, locale: Locale): MonthTile[] {
	return wheel.months.map((month, i) => ({
		key: month.month.slice(0, 7),
		name: monthName(Number(month.month.slice(5, 7)), locale),
		year: month.month.slice(0, 4),
		yearShown: i === 0 || month.month.endsWith('-01-01'),
		symbols: month.items.slice(0, 3).map((item) => ({ key: item.key, symbol: item.symbol as SymbolId })),
		next: month.items.some((item) => item.key === wheel.next?.key),
		empty: month.items.length === 0
	}));
}

/** One date as its card says it. */
export interface YearEvent {
	item: YearItem;
	/** "Nå" for what has begun, "Neste" for the next thing to come. */
	badge: { symbol: SymbolId; label: string } | null;
	next: boolean;
	when: string;
	source: string | null;
	/** What "Les opp" says: the badge, the title, when, the text and where it comes from. */
	spoken: string;
}

/** A month with dates, under its heading ("februar 2027"). Months without dates are left out. */
export interface MonthEvents {
	key: string;
	heading: string;
	events: YearEvent[];
}

export function monthEvents(wheel: YearWheel, locale: Locale): MonthEvents[] {
	return wheel.months
		.filter((month) => month.items.length > 0)
		.map((month) => ({ key: month.month.slice(0, 7), heading: monthHeading(month.month, locale), events: month.items.map((item) => yearEvent(item, wheel, locale)) }));
}

function yearEvent(item: YearItem, wheel: YearWheel, locale: Locale): YearEvent {
	const next = wheel.next?.key === item.key;
	const badge = item.now ? { symbol: 'ui_info' as const, label: m.info_year_now({}, { locale }) } : next ? { symbol: 'ui_next' as const, label: m.info_year_next({}, { locale }) } : null;
	const when = itemWhen(item, locale);
	const source = itemSource(item, locale);
	return { item, badge, next, when, source, spoken: [badge?.label, item.title, when, item.text, source].filter(Boolean).join('. ') };
}
