import { adultCodeProblem, sameEntry, type AdultCodeEntry, type AdultCodeKind } from './adult-code';
import { adultCode } from './adult-code.svelte';

/** What went wrong with an entry on the setup screen; each has an easy-read message. */
export type SetupProblem = NonNullable<ReturnType<typeof adultCodeProblem>> | 'mismatch';

/**
 * "Lag voksenkode": choose digits or pictures, enter the code, enter it again. Nothing is stored
 * until both entries are the same. The screen opens only after the current code, if there is one.
 */
export class AdultCodeSetup {
	kind = $state<AdultCodeKind>('digits');
	/** The first entry, once it was a good code: the screen then asks for it again. */
	first = $state.raw<AdultCodeEntry | null>(null);
	problem = $state<SetupProblem | null>(null);

	setKind(kind: AdultCodeKind): void {
		this.kind = kind;
		this.first = null;
		this.problem = null;
	}

	/** Step 1: the new code. Returns true when it is good, and the screen asks for it again. */
	choose(entry: AdultCodeEntry): boolean {
		this.problem = adultCodeProblem(entry);
		if (this.problem) return false;
		this.first = entry;
		return true;
	}

	/** Step 2: the same code again, then it is stored. Another code starts over at step 1. */
	async confirm(entry: AdultCodeEntry): Promise<boolean> {
		if (!this.first || !sameEntry(this.first, entry)) {
			this.first = null;
			this.problem = 'mismatch';
			return false;
		}
		await adultCode.set(entry);
		this.first = null;
		this.problem = null;
		return true;
	}
}
