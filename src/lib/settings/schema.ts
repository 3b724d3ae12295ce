import { z } from '$lib/storage/zod';

export const THEMES = ['default', 'dark', 'contrast'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** Text size steps: 18, 22, 26 and 32 px body text (docs/easy-read.md, "Text size and layout": at least 18 px, up to 32 px). */
export const TEXT_SIZES = [1, 2, 3, 4] as const;
export const TextSize = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type TextSize = z.infer<typeof TextSize>;

export const SPEECH_RATES = ['slow', 'normal', 'fast'] as const;
export const SpeechRate = z.enum(SPEECH_RATES);
export type SpeechRate = z.infer<typeof SpeechRate>;

/** Each person's own way of seeing and hearing the app. */
export const ProfileSettings = z.object({
	theme: Theme,
	textSize: TextSize,
	speechRate: SpeechRate
});
export type ProfileSettings = z.infer<typeof ProfileSettings>;

export const DEFAULT_SETTINGS: ProfileSettings = { theme: 'default', textSize: 1, speechRate: 'normal' };
