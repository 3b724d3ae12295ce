/** A piece of one person's state that screens share: made once, loaded once, dropped on a switch. */
interface PersonState {
	readonly profileId: string;
	load(): Promise<void>;
}

/**
 * Keeps one state object for the person using the app ("Om meg", interests, trials): every screen
 * that asks for the same person gets the same object, and switching person starts a fresh one, so
 * Nora's answers are never shown to Ola.
 *
 * The state is created in its own effect root: screens call this from a $derived, and state created
 * there would belong to (and die with) the first screen that asked, leaving the next screen with dead
 * $deriveds. Outside the browser (unit tests in Node) effect roots do not run; nothing needs owning there.
 */
export function perProfile<T extends PersonState>(create: (profileId: string) => T): (profileId: string) => T {
	let cached: T | null = null;
	let dispose: (() => void) | undefined;
	return (profileId) => {
		if (cached?.profileId !== profileId) {
			const previous = dispose;
			let created: T | null = null;
			dispose = $effect.root(() => {
				created = create(profileId);
			});
			previous?.();
			const state: T = created ?? create(profileId);
			cached = state;
			void state.load();
		}
		return cached;
	};
}
