import { m } from '$lib/paraglide/messages';
import { announce } from '$lib/ui/announce.svelte';
import { adultCodeProblem, sameEntry, type AdultCodeEntry, type AdultCodeKind } from './adult-code';
import { adultCode } from './adult-code.svelte';

/** What went wrong with an entry on the setup screen; each has an easy-read message. */
export type SetupProblem = NonNullable<ReturnType<typeof adultCodeProblem>> | 'mismatch';

const PROBLEM_TEXT: Record<SetupProblem, () => string> = {
	'not-digits': m.adult_setup_not_digits,
	'too-short': m.adult_setup_too_short,
	'too-long': m.adult_setup_too_long,
	pictures: m.adult_setup_pictures,
	mismatch: m.adult_setup_mismatch
};

/** The two kinds of adult code, as the screen offers them. */
export const ADULT_CODE_KINDS: readonly { value: AdultCodeKind; label: () => string; symbol: 'ui_digits' | 'ui_lock' }[] = [
	{ value: 'digits', label: m.adult_kind_digits, symbol: 'ui_digits' },
	{ value: 'pictures', label: m.adult_kind_pictures, symbol: 'ui_lock' }
];

/**
 * "Lag hjelperkode": choose digits or pictures, enter the code, enter it again. Nothing is stored
 * until both entries are the same. The screen opens only after the current code, if there is one.
 */
export class AdultCodeSetup {
	kind = $state<AdultCodeKind>('digits');
	/** The first entry, once it was a good code: the screen then asks for it again. */
	first = $state.raw<AdultCodeEntry | null>(null);
	problem = $state<SetupProblem | null>(null);
	/** What went wrong, in words. */
	problemText = $derived(this.problem ? PROBLEM_TEXT[this.problem]() : undefined);
	/** What the code pad asks for now: the code, or the same code again. */
	label = $derived(
		this.kind === 'digits'
			? this.first ? m.adult_setup_digits_repeat() : m.adult_setup_digits()
			: this.first ? m.adult_setup_pictures_repeat() : m.adult_setup_pictures()
	);

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

	/**
	 * One entry on the screen: the first becomes the new code, the second must be the same. Says what
	 * comes next (or what went wrong); true once the code is stored.
	 */
	async enter(entry: AdultCodeEntry): Promise<boolean> {
		if (!this.first) {
			this.choose(entry);
		} else if (await this.confirm(entry)) {
			announce(m.adult_code_saved());
			return true;
		}
		announce(this.problemText ?? this.label);
		return false;
	}
}
