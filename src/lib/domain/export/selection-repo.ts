import { getAnswer, saveAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { listTrials } from '$lib/domain/trials/trials-repo';
import { Locale } from '$lib/i18n/locale';
import { decodeChoice, defaultChoice, encodeChoice, withKnownTrials } from './selection-rules';
import { ExportChoice, Preset } from './selection-schema';

/**
 * [Note: export keys] What the person chose for each recipient is kept as ordinary answers (so who
 * chose it is recorded, and a backup carries it):
 *   export/choice/<preset>   ['about', 'trials', 'trial:<id>', …]
 *   export/preset            the last recipient chosen
 *   export/locale            the language of the last export (may differ from the app's)
 */
export const EXPORT_PREFIX = 'export/';
export const choiceKey = (preset: Preset): string => `${EXPORT_PREFIX}choice/${preset}`;
export const PRESET_KEY = `${EXPORT_PREFIX}preset`;
export const LOCALE_KEY = `${EXPORT_PREFIX}locale`;

/** The stored choice for a recipient, parsed at the edge; anything unknown or broken gives the defaults. */
export async function loadChoice(profileId: string, preset: Preset): Promise<ExportChoice> {
	const [stored, trials] = await Promise.all([getAnswer(profileId, choiceKey(preset)), listTrials(profileId)]);
	const trialIds = trials.map((t) => t.id);
	const parsed = ExportChoice.safeParse(decodeChoice(stored?.value));
	if (!parsed.success) return defaultChoice(preset, trialIds);
	return withKnownTrials(parsed.data, trialIds);
}

export async function saveChoice(profileId: string, preset: Preset, choice: ExportChoice, by: AnsweredBy): Promise<void> {
	await saveAnswer(profileId, choiceKey(preset), encodeChoice(ExportChoice.parse(choice)), by);
}

/** The last recipient and export language, or null when none was chosen (or the stored value is broken). */
export async function loadLast(profileId: string): Promise<{ preset: Preset | null; locale: Locale | null }> {
	const [preset, locale] = await Promise.all([getAnswer(profileId, PRESET_KEY), getAnswer(profileId, LOCALE_KEY)]);
	const p = Preset.safeParse(preset?.value);
	const l = Locale.safeParse(locale?.value);
	return { preset: p.success ? p.data : null, locale: l.success ? l.data : null };
}

export async function savePreset(profileId: string, preset: Preset, by: AnsweredBy): Promise<void> {
	await saveAnswer(profileId, PRESET_KEY, preset, by);
}

export async function saveLocale(profileId: string, locale: Locale, by: AnsweredBy): Promise<void> {
	await saveAnswer(profileId, LOCALE_KEY, locale, by);
}
