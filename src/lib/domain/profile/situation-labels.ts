import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { Situation } from './situation';

type Message = (inputs: Record<string, never>, options: { locale?: Locale }) => string;
const o = (locale?: Locale) => (locale ? { locale } : {});

// Spelled out (not looked up by a built key) so the build keeps only the messages in use.
const LABEL: Record<Situation, Message> = {
	school: m.situation_school,
	vta: m.situation_vta,
	day_centre: m.situation_day_centre,
	job: m.situation_job,
	none: m.situation_none
};

const LINE: Record<Exclude<Situation, 'none'>, Message> = {
	school: m.situation_line_school,
	vta: m.situation_line_vta,
	day_centre: m.situation_line_day_centre,
	job: m.situation_line_job
};

/** The choice as the person taps it: "Jeg går på dagsenter". */
export function situationLabel(situation: Situation, locale?: Locale): string {
	return LABEL[situation]({}, o(locale));
}

/** Where the person is now as a sentence in a document; nothing for "Ingen av disse". */
export function situationLine(situation: Situation, locale?: Locale): string | null {
	return situation === 'none' ? null : LINE[situation]({}, o(locale));
}
