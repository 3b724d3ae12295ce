import {
	baseLocale,
	isLocale,
	localStorageKey,
	overwriteGetLocale,
	overwriteSetLocale,
	type Locale
} from '$lib/paraglide/runtime';
import { textDirection } from './locale';

/**
 * Switches language at run time without a reload or a URL change (docs/toolchain.md, "Switching language without a reload"): getLocale()
 * reads a $state, so every {m.x()} on screen re-renders. Each profile stores its own language; the
 * last one used is cached in localStorage so the start screen paints in it.
 */
let current = $state<Locale>(baseLocale);

overwriteGetLocale(() => current);
overwriteSetLocale((next) => applyLocale(next));

export function applyLocale(next: string | null | undefined): void {
	if (!isLocale(next)) return;
	current = next;
	if (typeof document !== 'undefined') {
		document.documentElement.lang = next;
		document.documentElement.dir = textDirection(next);
		try {
			localStorage.setItem(localStorageKey, next);
		} catch {
			/* private mode: the profile still remembers the language */
		}
	}
}

export function initLocaleFromStorage(): void {
	try {
		applyLocale(localStorage.getItem(localStorageKey));
	} catch {
		/* no storage: bokmål */
	}
}

export function currentLocale(): Locale {
	return current;
}
