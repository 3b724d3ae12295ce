import { pictureCodeTries } from './device-repo';
import { CODE_MAX, codeMatches, hashCode } from './picture-code';
import { WrongTries, type TryResult } from './wrong-tries';

/** A person's stored picture code, as the profile keeps it. */
export interface StoredCode {
	hash: string;
	length: number;
	salt?: string | undefined;
}

/**
 * Checking, setting and forgetting a person's picture code, with the wrong tries each person has left.
 * Only the unlock and picture-code screens need it, so the start screen loads it when a person with a
 * code is tapped, not with the list of names. See [Note: picture code is a curtain] and [Note: wrong tries wait].
 */
class PictureCodeLock {
	/** Per person, kept for the app's life so the countdown reads the same log the last try wrote. */
	#tries = new Map<string, WrongTries>();

	/** Tries a code, unless the person must wait first. */
	attempt(id: string, code: StoredCode, attempt: readonly string[], now = Date.now()): Promise<TryResult> {
		return this.tries(id).attempt(() => codeMatches(id, code, attempt), now);
	}

	/** What a new code is stored as. */
	async codeFor(id: string, code: readonly string[]): Promise<StoredCode> {
		return { hash: await hashCode(id, code), length: Math.min(code.length, CODE_MAX) };
	}

	/** The person's wrong tries (stored, so a reload does not reset them). */
	tries(id: string): WrongTries {
		let tries = this.#tries.get(id);
		if (!tries) this.#tries.set(id, (tries = new WrongTries(pictureCodeTries(id))));
		return tries;
	}
}

export const pictureCodeLock = new PictureCodeLock();
