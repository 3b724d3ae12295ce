import { experimentalStaticLocale, getLocale, locales } from '$lib/paraglide/runtime';

/** One language's text of a message: plain, or filled in from the message's inputs. */
export type LocaleText = string | ((inputs: Record<string, unknown>) => string);

/**
 * A message written once per language in the order of `locales` (bokmål first). The build turns each
 * simple generated message into one call of this (see message-modules.ts), so the code that picks a
 * language is stored once on the person's phone instead of once per message. It answers exactly as the
 * generated message does: the language asked for, else the current one.
 */
export function textIn(...texts: [LocaleText, ...LocaleText[]]) {
	return (inputs: object = {}, options: { locale?: string } = {}): string => {
		const locale = experimentalStaticLocale ?? options.locale ?? getLocale();
		const text = texts[locales.indexOf(locale as (typeof locales)[number])] ?? texts[0];
		return typeof text === 'function' ? text(inputs as Record<string, unknown>) : text;
	};
}
