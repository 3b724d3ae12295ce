import { helperHint } from '$lib/domain/answers/helper-hint';
import { sessionState } from '$lib/domain/profile/session.svelte';

/** The pause in typing after which the words are saved and checked. */
const PAUSE_MS = 600;

/**
 * Words in a box, saved while they are typed (after a short pause) and when the box is left, so
 * closing the app keeps them ([Note: autosave]). There is no "Lagre" button to forget.
 *
 * [Note: helper lint hint] A helper's sentences get the easy-read check as a gentle hint after the
 * pause; never blocking, never about the person's own words.
 */
export class TypedWords {
	/** What is in the box now. */
	draft = $state('');
	/** The words at the last pause: what the check reads, so the hint does not change at every key. */
	#checked = $state('');
	#saved: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #store: (text: string) => unknown;
	readonly #stored: (() => string) | undefined;
	readonly #lint: boolean;

	/**
	 * @param stored where the screen keeps the words, when it has them: a save that did not take is
	 *   tried again when the box is left. Without it, the words last handed to `store` count as saved.
	 * @param lint whether a helper's words get the easy-read check (several lines; not a name or a phone).
	 */
	constructor(initial: string, store: (text: string) => unknown, options: { stored?: () => string; lint?: boolean } = {}) {
		this.draft = initial;
		this.#checked = initial;
		this.#saved = initial;
		this.#store = store;
		this.#stored = options.stored;
		this.#lint = options.lint ?? true;
	}

	/** The gentle easy-read hint on a helper's words, or null. */
	get hint(): string | null {
		return this.#lint ? helperHint(this.#checked, sessionState.helper) : null;
	}

	/** Each key: the save waits for a pause. */
	typed = (): void => {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(this.save, PAUSE_MS);
	};

	/** The pause, or the box is left: saves what changed. */
	save = (): void => {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#checked = this.draft;
		if (this.draft === (this.#stored?.() ?? this.#saved)) return;
		this.#saved = this.draft;
		void this.#store(this.draft);
	};

	/** Leaving the screen in the middle of a pause still saves the last words. */
	leave(): void {
		if (this.#timer !== undefined) this.save();
	}
}
