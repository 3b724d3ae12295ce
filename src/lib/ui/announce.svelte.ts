/**
 * One live region for the whole app (Designsystemet): screens call announce() instead of adding
 * their own aria-live areas, so a screen reader never hears two things at once.
 */
export const announcer = $state({ text: '' });

let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
	// Clear first, then set after a short pause, so the same text said twice is still spoken.
	announcer.text = '';
	clearTimeout(timer);
	timer = setTimeout(() => {
		announcer.text = text;
	}, 100);
}
