import { languageTag } from '$lib/i18n/locale';
/**
 * Dates as easy-read asks: with the weekday, in words ("mandag 3. mars 2026"). The date is a
 * calendar day (YYYY-MM-DD) and is shown as that day everywhere, whatever the time zone.
 */
export function formatDate(day: string, locale: string, withYear = true): string {
	const [y, mo, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y!, mo! - 1, d!));
	const tag = languageTag(locale);
	return new Intl.DateTimeFormat(tag, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC'
	}).format(date);
}

/**
 * Today on the device, as YYYY-MM-DD in the local calendar (the day the person sees on their phone).
 * Shown and used for reminders only: order always comes from revisions, never the clock.
 */
export function localToday(now: Date = new Date()): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
