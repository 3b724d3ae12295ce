import { voiceLanguages } from '$lib/i18n/locale';

/** The parts of SpeechSynthesisVoice the app uses; lets unit tests pass plain objects. */
export interface VoiceLike {
	lang: string;
	name: string;
	localService?: boolean;
	default?: boolean;
}


function languageOf(voice: VoiceLike): string {
	return voice.lang.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

/** Picks the best voice for an app language, or undefined when the device has none. */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], locale: string): V | undefined {
	const accepted = voiceLanguages(locale);
	for (const lang of accepted) {
		const matching = voices.filter((v) => languageOf(v) === lang);
		if (matching.length === 0) continue;
		// Prefer a voice on the device (works offline), then the system default, then the first.
		return (
			matching.find((v) => v.localService && v.default) ??
			matching.find((v) => v.localService) ??
			matching.find((v) => v.default) ??
			matching[0]
		);
	}
	return undefined;
}

/** Speech rates for the three speed steps in settings. */
export const RATES = { slow: 0.7, normal: 0.9, fast: 1.2 } as const;
