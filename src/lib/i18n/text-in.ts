import { experimentalStaticLocale, getLocale, locales } from '$lib/paraglide/runtime';

/**
 * A message without inputs, written once per language in the order of `locales` (bokmål first).
 * The build turns each such generated message into one call of this (see message-modules.ts), so the
 * code that picks a language is stored once on the person's phone instead of once per message.
 * It answers exactly as the generated message does: the language asked for, else the current one.
 */
export function textIn(...texts: [string, ...string[]]) {
	return (_inputs: object = {}, options: { locale?: string } = {}): string => {
		const locale = experimentalStaticLocale ?? options.locale ?? getLocale();
		const i = locales.indexOf(locale as (typeof locales)[number]);
		return texts[i] ?? texts[0];
	};
}
