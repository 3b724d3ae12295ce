import { ADULT_CODE_ITERATIONS, adultCodeMatches, makeAdultCode, type AdultCodeEntry, type AdultCodeKind } from './adult-code';
import { adultCodeTries, readAdultCode, removeAdultCode, saveAdultCode } from './device-repo';
import type { AdultCode } from './schema';
import { WrongTries, type TryResult } from './wrong-tries';

/** What a screen may know of the adult code: its kind and length, never more. */
export interface AdultCodeShape {
	kind: AdultCodeKind;
	length: number;
}

/** The device's adult code. See [Note: adult code]. */
export class AdultCodeState {
	/** The code's kind and length, or null when the device has none (a personal phone). */
	current = $state.raw<AdultCodeShape | null>(null);
	/** True once the device has been read. */
	loaded = $state(false);
	#stored: AdultCode | undefined;
	#iterations: number;
	readonly tries = new WrongTries(adultCodeTries);

	/** `iterations`: PBKDF2 rounds for a new code (tests use fewer, to stay quick). */
	constructor(iterations = ADULT_CODE_ITERATIONS) {
		this.#iterations = iterations;
	}

	/** Reads the code again: another tab may have set or removed it. */
	async load(): Promise<void> {
		this.#use(await readAdultCode());
		this.loaded = true;
	}

	/** Checks a try; 5 wrong tries mean a 30 s wait ([Note: wrong tries wait]). No code set: always right. */
	async check(entry: AdultCodeEntry, now = Date.now()): Promise<TryResult> {
		await this.load();
		const stored = this.#stored;
		if (!stored) return 'right';
		return this.tries.attempt(() => adultCodeMatches(stored, entry), now);
	}

	/** Sets a new code. Screens call this only through an AdultGate, so a set code is asked for first. */
	async set(entry: AdultCodeEntry): Promise<void> {
		this.#use(await saveAdultCode(await makeAdultCode(entry, this.#iterations)));
		await this.tries.clear();
	}

	/** Removes the code (through an AdultGate): the device is a personal one again. */
	async remove(): Promise<void> {
		await removeAdultCode();
		await this.tries.clear();
		this.#use(undefined);
	}

	#use(stored: AdultCode | undefined) {
		this.#stored = stored;
		const same = stored && this.current?.kind === stored.kind && this.current.length === stored.length;
		if (!same) this.current = stored ? { kind: stored.kind, length: stored.length } : null;
	}
}

export const adultCode = new AdultCodeState();

/** One action that waits for the adult code, and why it is asked (said on screen). */
export interface GuardedAction {
	reason: string;
	run: () => unknown;
}

/**
 * Guards the actions a pupil must not do alone on a shared tablet. A screen makes one gate and calls
 * `ask(reason, run)`: without an adult code `run` happens at once; with one, AskAdultCode shows the
 * entry, and `run` happens only after the right code. One place decides, for every guarded action.
 */
export class AdultGate {
	/** The action waiting for the code, or null. */
	pending = $state.raw<GuardedAction | null>(null);
	#code: AdultCodeState;

	constructor(code: AdultCodeState = adultCode) {
		this.#code = code;
	}

	async ask(reason: string, run: () => unknown): Promise<void> {
		await this.#code.load();
		if (!this.#code.current) {
			this.pending = null;
			await run();
			return;
		}
		this.pending = { reason, run };
	}

	/** Checks the code; on the right one the waiting action runs. */
	async submit(entry: AdultCodeEntry): Promise<TryResult> {
		const pending = this.pending;
		if (!pending) return 'wrong';
		const result = await this.#code.check(entry);
		if (result === 'right') {
			// Another action may have been asked for while the code was checked: that one still waits.
			if (this.pending === pending) this.pending = null;
			await pending.run();
		}
		return result;
	}

	cancel(): void {
		this.pending = null;
	}
}
