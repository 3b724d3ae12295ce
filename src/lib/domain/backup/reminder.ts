import { daysBetween } from '$lib/calendar/day';

/**
 * [Note: backup reminder] The home screen gently reminds the person to make a backup when none is
 * newer than 30 days — only once there is something to lose, and not again for 30 days after "Ikke
 * nå". Dates are the device's (YYYY-MM-DD) and only decide a reminder, so a wrong clock costs nothing.
 */
export const BACKUP_LAST_KEY = 'backup/last';
export const BACKUP_REMINDER_KEY = 'backup/reminder-later';
export const REMIND_AFTER_DAYS = 30;
/** Fewer answers than this is hardly anything to lose yet. */
export const REMIND_FROM_ANSWERS = 5;

export function shouldRemind(input: { today: string; lastBackup?: string; laterOn?: string; answerCount: number }): boolean {
	if (input.answerCount < REMIND_FROM_ANSWERS) return false;
	const recent = (day?: string) => day !== undefined && Math.abs(daysBetween(day, input.today)) < REMIND_AFTER_DAYS;
	return !recent(input.lastBackup) && !recent(input.laterOn);
}
