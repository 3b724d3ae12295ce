import { DEFAULT_SETTINGS, type ProfileSettings, type Theme, type TextSize } from './schema';

/**
 * [Note: first paint] Theme and text size must be right before any JavaScript runs, or the screen
 * flashes. The active person's display settings are copied to localStorage (no names) and applied by
 * the boot script inlined in src/app.html, which the CSP allows by its hash (svelte.config.js).
 */
export const DISPLAY_KEY = 'jobbvei:display';

/** What the screen looks like now; symbols read the theme to pick the high-contrast drawings. */
export const display = $state<{ theme: Theme; textSize: TextSize }>({
	theme: DEFAULT_SETTINGS.theme,
	textSize: DEFAULT_SETTINGS.textSize
});

export function applyDisplay(settings: Pick<ProfileSettings, 'theme' | 'textSize'>): void {
	display.theme = settings.theme;
	display.textSize = settings.textSize;
	if (typeof document === 'undefined') return;
	const root = document.documentElement;
	root.dataset.theme = settings.theme;
	root.dataset.textSize = String(settings.textSize);
	try {
		localStorage.setItem(DISPLAY_KEY, JSON.stringify({ theme: settings.theme, textSize: settings.textSize }));
	} catch {
		/* the profile keeps the real settings */
	}
}

/** Reads what the boot script applied, so the state matches the screen after a reload. */
export function readDisplayFromDocument(): void {
	if (typeof document === 'undefined') return;
	const root = document.documentElement;
	const theme = root.dataset.theme;
	if (theme === 'default' || theme === 'dark' || theme === 'contrast') display.theme = theme;
	const size = Number(root.dataset.textSize);
	if (size >= 1 && size <= 4) display.textSize = size as TextSize;
}
