import type { TriesStore } from './device-repo';
import { NO_TRIES, settleClock, waitLeft, type TryLog } from './tries';

/** What one try of a code came to. */
export type TryResult = 'right' | 'wrong' | 'wait';

/**
 * The wrong tries of one code (a person's picture code, or the device's adult code), as a screen uses
 * them: ask before a try whether the person must wait, and count the try. Every try reads the stored
 * count first, so neither a reload nor a second tab gives 5 new tries. See [Note: wrong tries wait].
 */
export class WrongTries {
	#store: TriesStore;
	#log: TryLog = NO_TRIES;

	constructor(store: TriesStore) {
		this.#store = store;
	}

	/** Reads the stored tries (when a screen opens); returns the milliseconds left to wait. */
	async refresh(now = Date.now()): Promise<number> {
		this.#log = await this.#store.read(now);
		return waitLeft(this.#log, now);
	}

	/** Milliseconds left to wait, for a countdown on screen. */
	waitFor(now = Date.now()): number {
		const settled = settleClock(this.#log, now);
		if (settled !== this.#log) {
			// The clock went back while the person waited: count from now, and store that.
			this.#log = settled;
			void this.#store.read(now);
		}
		return waitLeft(this.#log, now);
	}

	/** Tries a code with `check`, unless the person must wait. A right code clears the count. */
	async attempt(check: () => Promise<boolean>, now = Date.now()): Promise<TryResult> {
		if ((await this.refresh(now)) > 0) return 'wait';
		if (await check()) {
			this.#log = NO_TRIES;
			await this.#store.clear();
			return 'right';
		}
		this.#log = await this.#store.fail(now);
		return 'wrong';
	}

	/** The code was removed or replaced: its wrong tries no longer count. */
	async clear(): Promise<void> {
		this.#log = NO_TRIES;
		await this.#store.clear();
	}
}
