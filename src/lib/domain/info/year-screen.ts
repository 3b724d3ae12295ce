import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { YEAR_DATES, text } from './content';
import { packText, type ContentPack } from './pack-schema';
import type { RecurringDate, YearItem, YearWheel } from './year';
import type { Audience } from '../profile/situation';
import type { YearAudience } from './content-schema';
import { itemSource, itemWhen, monthHeading, monthName } from './year-labels';

/**
 * "Året mitt" as the screen shows it: the twelve month tiles at the top and, under them, each month
 * with its dates. Plain functions of the wheel (year.ts), so what a person sees can be tested
 * without a browser.
 */

/** The national dates in the language being read. */
export function nationalDates(locale: Locale): RecurringDate[] {
	return YEAR_DATES.map((d) => ({
		id: d.id,
		symbol: d.symbol,
		title: text(d.title, locale),
		text: text(d.text, locale),
		when: d.when,
		source: 'national',
		audience: d.audience,
		citation: d.source
	}));
}

/** The national date the adults' change meetings stand for; a pack's own weeks replace it. */
export const CHANGE_MEETINGS_ID = 'change_meetings';

/** A pack date's year: its own, else the year of the national date it replaces, else everybody's. */
function packAudience(d: ContentPack['dates'][number]): RecurringDate['audience'] {
	return d.audience ?? YEAR_DATES.find((n) => n.id === d.replaces)?.audience ?? 'all';
}

/** The weeks a pack gives the adults' change meetings, as dates on the adults' year. */
function changeMeetingDates(pack: ContentPack, locale: Locale): RecurringDate[] {
	const national = YEAR_DATES.find((n) => n.id === CHANGE_MEETINGS_ID);
	if (!pack.adults || !national) return [];
	return pack.adults.changeMeetingWeeks.map((week) => ({
		id: `${pack.id}_${CHANGE_MEETINGS_ID}_${week}`,
		symbol: national.symbol,
		title: m.info_year_change_week_title({}, { locale }),
		text: m.info_year_change_week_text({}, { locale }),
		when: { week },
		source: 'local',
		replaces: CHANGE_MEETINGS_ID,
		from: packText(pack.name, locale),
		audience: 'adult',
		...(pack.adults?.source ? { citation: pack.adults.source } : {})
	}));
}

/** The dates of the local content packs, each with the pack's name ("Fra Bærum (eksempel)"). */
export function packDates(packs: readonly { pack: ContentPack }[], locale: Locale): RecurringDate[] {
	return packs.flatMap(({ pack }) => [
		...pack.dates.map(
			(d): RecurringDate => ({
				id: `${pack.id}_${d.id}`,
				symbol: d.symbol,
				title: packText(d.title, locale),
				...(d.text ? { text: packText(d.text, locale) } : {}),
				when: d.when,
				source: 'local',
				...(d.replaces ? { replaces: d.replaces } : {}),
				from: packText(pack.name, locale),
				audience: packAudience(d),
				...(d.source ? { citation: d.source } : {})
			})
		),
		...changeMeetingDates(pack, locale)
	]);
}

/**
 * One part of "Året mitt": the school year or the adults' year. A pupil sees the school year, an adult
 * the adults' year; someone who has not said where they are (or no person chosen: a parent reading)
 * sees both, each under its heading. `prefix` keeps the two parts' anchors apart on one page.
 */
export interface YearPart {
	audience: YearAudience;
	heading: string | null;
	prefix: string;
	/** The person's own dates (jobbsmak, plan steps) go on the first part only, so they are shown once. */
	mine: boolean;
}

export function yearParts(audience: Audience, locale: Locale): YearPart[] {
	if (audience !== 'unknown') return [{ audience, heading: null, prefix: '', mine: true }];
	return [
		{ audience: 'pupil', heading: m.info_year_part_pupil({}, { locale }), prefix: '', mine: true },
		{ audience: 'adult', heading: m.info_year_part_adult({}, { locale }), prefix: 'adult-', mine: false }
	];
}

/** The recurring dates on one part's year. */
export function datesFor(dates: readonly RecurringDate[], audience: YearAudience): RecurringDate[] {
	return dates.filter((d) => (d.audience ?? 'all') === 'all' || d.audience === audience);
}

/** The same wheel with every item's key prefixed, so two wheels on one page never share an id. */
export function prefixWheel(wheel: YearWheel, prefix: string): YearWheel {
	if (!prefix) return wheel;
	const months = wheel.months.map((month) => ({ ...month, items: month.items.map((item) => ({ ...item, key: `${prefix}${item.key}` })) }));
	const next = wheel.next ? { ...wheel.next, key: `${prefix}${wheel.next.key}` } : null;
	return { months, next };
}

/** The hard words of the national dates on the wheel, each once: listed under it. */
export function yearWords(...wheels: YearWheel[]): string[] {
	const shown = new Set(wheels.flatMap((wheel) => wheel.months.flatMap((month) => month.items.map((i) => i.id))));
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

export function monthTiles(wheel: YearWheel, locale: Locale, prefix = ''): MonthTile[] {
	return wheel.months.map((month, i) => ({
		key: prefix + month.month.slice(0, 7),
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
	/** Where the fact comes from, for helpers ("nav.no"); shown as "Kilde: nav.no", not read aloud. */
	citation: string | null;
	/** What "Les opp" says: the badge, the title, when, the text and where it comes from. */
	spoken: string;
}

/** A month with dates, under its heading ("februar 2027"). Months without dates are left out. */
export interface MonthEvents {
	key: string;
	heading: string;
	events: YearEvent[];
}

export function monthEvents(wheel: YearWheel, locale: Locale, prefix = ''): MonthEvents[] {
	return wheel.months
		.filter((month) => month.items.length > 0)
		.map((month) => ({ key: prefix + month.month.slice(0, 7), heading: monthHeading(month.month, locale), events: month.items.map((item) => yearEvent(item, wheel, locale)) }));
}

function yearEvent(item: YearItem, wheel: YearWheel, locale: Locale): YearEvent {
	const next = wheel.next?.key === item.key;
	const badge = item.now ? { symbol: 'ui_info' as const, label: m.info_year_now({}, { locale }) } : next ? { symbol: 'ui_next' as const, label: m.info_year_next({}, { locale }) } : null;
	const when = itemWhen(item, locale);
	const source = itemSource(item, locale);
	return { item, badge, next, when, source, citation: item.citation ?? null, spoken: [badge?.label, item.title, when, item.text, source].filter(Boolean).join('. ') };
}
