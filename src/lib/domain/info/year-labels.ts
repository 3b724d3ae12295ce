import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/i18n/dates';
import { languageTag, type Locale } from '$lib/i18n/locale';
import type { YearIcsEvent } from './year-ics';
import type { Occurrence, YearItem, YearWhen } from './year';

const tag = languageTag;

/** "oktober": a month (1–12) by name. */
export function monthName(month: number, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

/** "november 2026": the heading of a month on the wheel (YYYY-MM-01). */
export function monthHeading(month: string, locale: string): string {
	const [y, mo] = month.split('-').map(Number);
	return new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, mo! - 1, 1)));
}

/**
 * When it is, the way easy-read says dates (with the weekday): "søndag 1. februar",
 * "Uke 41: mandag 5. oktober til fredag 9. oktober", "Fra oktober til november", "I juni".
 */
export function whenLabel(when: YearWhen, occurrence: Occurrence, locale: Locale): string {
	const o = { locale };
	if ('date' in when) return formatDate(occurrence.start, locale, false);
	if ('week' in when) return m.info_year_week({ week: when.week, first: formatDate(occurrence.start, locale, false), last: formatDate(occurrence.end, locale, false) }, o);
	const [from, to] = when.months;
	if (from === to) return m.info_year_in_month({ month: monthName(from, locale) }, o);
	return m.info_year_months({ from: monthName(from, locale), to: monthName(to, locale) }, o);
}

/** "tirsdag 1. desember og onsdag 2. desember": a person's days in one month. */
export function daysLabel(days: readonly string[], locale: Locale): string {
	return new Intl.ListFormat(tag(locale), { type: 'conjunction' }).format(days.map((d) => formatDate(d, locale, false)));
}

/** The item's date line on the wheel. */
export function itemWhen(item: YearItem, locale: Locale): string {
	if (item.days) return daysLabel(item.days, locale);
	return item.when ? whenLabel(item.when, item, locale) : formatDate(item.start, locale, false);
}

/** "Fra Bærum (eksempel)", "Din jobbsmak": where the date on the wheel comes from; nothing for national dates. */
export function itemSource(item: YearItem, locale: Locale): string | null {
	const o = { locale };
	if (item.source === 'trial') return m.info_year_mine_trial({}, o);
	if (item.source === 'plan') return m.info_year_mine_plan({}, o);
	if (item.source === 'local' && item.from) return m.info_year_from({ name: item.from }, o);
	return null;
}

/** The calendar event for a recurring date or a plan step (a trial uses its own file: trialIcs). */
export function itemIcsEvent(item: YearItem, locale: Locale): YearIcsEvent {
	const description = [item.text, itemWhen(item, locale), itemSource(item, locale)].filter((x): x is string => !!x).join('\n');
	return {
		id: item.id,
		occurrence: { start: item.start, end: item.end },
		...(item.when && 'months' in item.when ? { reminderOnly: true } : {}),
		summary: item.title,
		description
	};
}
