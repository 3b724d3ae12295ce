import { m } from '$lib/paraglide/messages';
import { announce } from '$lib/ui/announce.svelte';
import { CODE_MIN, isValidCode } from '$lib/domain/device/picture-code';
import { sessionState } from './session.svelte';

/**
 * "Lag bildekode": tap the pictures, then the same again. Nothing is stored until both are the same;
 * another code starts over. See [Note: picture code is a curtain].
 */
export class PictureCodeSetup {
	/** The first code, once it was long enough: the screen then asks for it again. */
	first = $state<string[] | null>(null);
	/** The pictures tapped so far. */
	code = $state<string[]>([]);
	error = $state<string>();

	/** Step 1: the new code ("Neste"). */
	chooseFirst(): void {
		if (this.code.length < CODE_MIN) {
			this.error = m.code_setup_too_short();
			announce(this.error);
			return;
		}
		this.first = this.code;
		this.code = [];
		this.error = undefined;
		announce(m.code_setup_repeat());
	}

	/** Step 2: the same code again, then it is kept. True once it is. */
	async confirm(repeat: string[]): Promise<boolean> {
		if (!this.first || repeat.join() !== this.first.join() || !isValidCode(repeat)) {
			this.first = null;
			this.code = [];
			this.error = m.code_setup_mismatch();
			announce(this.error);
			return false;
		}
		await sessionState.setPictureCode(repeat);
		announce(m.code_setup_saved());
		return true;
	}
}
