/**
 * Dates as easy-read asks: with the weekday, in words ("mandag 3. mars 2026"). The date is a
 * calendar day (YYYY-MM-DD) and is shown as that day everywhere, whatever the time zone.
 */
export function formatDate(day: string, locale: string, withYear = true): string {
	const [y, mo, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y!, mo! - 1, d!));
	const tag = locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn-NO' : 'nb-NO';
	return new Intl.DateTimeFormat(tag, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC'
	}).format(date);
}
