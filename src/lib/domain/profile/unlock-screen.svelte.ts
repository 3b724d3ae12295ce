import { m } from '$lib/paraglide/messages';
import { Countdown } from '$lib/ui/countdown.svelte';
import { announce } from '$lib/ui/announce.svelte';
import { adultCode, AdultGate } from '$lib/domain/device/adult-code.svelte';
import { pictureCodeLock } from '$lib/domain/device/picture-code-lock';
import { sessionState } from './session.svelte';

/**
 * "Skriv bildekoden din": the code pad for one person, the wait after too many wrong tries, and
 * "Jeg har glemt koden". See [Note: picture code is a curtain] and [Note: wrong tries wait].
 */
export class UnlockScreen {
	personId = $state<string | null>(null);
	/** The pictures tapped so far. */
	code = $state<string[]>([]);
	wrong = $state(false);
	/** "Jeg har glemt koden" is open. */
	forgot = $state(false);
	readonly wait = new Countdown();
	readonly gate = new AdultGate();

	profile = $derived(sessionState.profiles.find((p) => p.id === this.personId) ?? null);
	/** The person is gone (deleted in another tab, a wrong address): the screen goes back to the start. */
	gone = $derived(sessionState.ready && this.personId !== null && !this.profile);

	/** Opens the screen for one person. A wait from wrong tries before a reload is still a wait. */
	open(id: string | null): void {
		this.personId = id;
		void adultCode.load();
		if (id) void pictureCodeLock.tries(id).refresh().then((left) => left > 0 && this.#waitNow(id));
	}

	close(): void {
		this.wait.stop();
	}

	#waitNow(id: string): void {
		this.wait.start(() => pictureCodeLock.tries(id).waitFor(), () => (this.wrong = false));
		announce(m.unlock_wait({ seconds: this.wait.seconds }));
	}

	/** Checks a full code; true when the person's screens are open. */
	async check(attempt: string[]): Promise<boolean> {
		const id = this.personId;
		if (!id) return false;
		const result = await sessionState.unlock(id, attempt);
		this.code = [];
		if (result === 'open') return true;
		this.wrong = true;
		if (pictureCodeLock.tries(id).waitFor() > 0) this.#waitNow(id);
		else announce(m.unlock_wrong());
		return false;
	}

	/** Removes a forgotten code, after the adult code on a shared tablet; `then` runs once it is gone. */
	removeCode(then: () => Promise<unknown>): void {
		const id = this.personId;
		if (!id) return;
		void this.gate.ask(m.adult_why_picture_code(), async () => {
			await sessionState.removeForgottenCode(id);
			announce(m.code_removed());
			sessionState.choose(id);
			await then();
		});
	}
}
