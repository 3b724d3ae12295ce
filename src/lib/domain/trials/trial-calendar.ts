import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { buildIcs, compactDate, type IcsEvent } from '$lib/calendar/ics';
import { plainFileName } from '$lib/files/file-name';
import type { Trial } from './schema';

/** The event id of one trial day: the same trial and day give the same id in every file. */
export function trialEventUid(trialId: string, day: string): string {
	return `${trialId}-${compactDate(day)}@jobbvei`;
}

/** How long a trial day lasts in the calendar when the plan has only a start time. */
export const TRIAL_DAY_MINUTES = 4 * 60;

/**
 * The calendar file for a trial, with texts in `locale`: "Jobbsmak: Scandic Bergen", where to be,
 * whom to meet, their phone number and what the person will do there.
 */
export function trialIcs(
	trial: Trial,
	options: { locale: Locale; dtstamp: Date; kindLabel: string; jobTitle?: string | null; durationMinutes?: number }
): string {
	const o = { locale: options.locale };
	// The job is named with the place: "Jobbsmak: stallhjelp på Bogstad gård".
	const job = options.jobTitle?.trim() || null;
	const summary =
		trial.workplace && job
			? m.trial_ics_title_job({ kind: options.kindLabel, job, place: trial.workplace }, o)
			: trial.workplace || job
				? m.trial_ics_title({ kind: options.kindLabel, place: (trial.workplace || job)! }, o)
				: options.kindLabel;
	const description = ([
		trial.contact ? m.trial_ics_contact({ name: trial.contact.name }, o) : null,
		trial.contact?.phone ? m.trial_ics_phone({ phone: trial.contact.phone }, o) : null,
		trial.willDo?.trim() ? m.trial_ics_will_do({ text: trial.willDo.trim() }, o) : null
	] as (string | null)[])
		.filter((x): x is string => x !== null)
		.join('\n');
	const events = trial.days.map(
		(day): IcsEvent => ({
			uid: trialEventUid(trial.id, day),
			day,
			...(trial.startTime ? { startTime: trial.startTime } : {}),
			// A work day at a trial: half a day unless the plan says otherwise (the person can change it in the calendar).
			durationMinutes: options.durationMinutes ?? TRIAL_DAY_MINUTES,
			summary,
			...(trial.workplace ? { location: trial.workplace } : {}),
			...(description ? { description } : {})
		})
	);
	return buildIcs(events, options.dtstamp);
}

/** "jobbsmak-scandic-bergen.ics": the kind of trial and the place, in plain letters. */
export function icsFileName(trial: Pick<Trial, 'workplace'>, locale: Locale): string {
	return plainFileName([m.trial_ics_file_name({}, { locale }), trial.workplace ?? ''], 'ics');
}
