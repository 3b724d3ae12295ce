/**
 * Whole seconds left of a wait, counted down once a second while the screen shows it ("Prøv igjen om
 * 12 sekunder"). `left` says how many milliseconds are left now; the countdown asks it every second,
 * so the stored wait, not this timer, decides when it ends.
 */
export class Countdown {
	seconds = $state(0);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#left: () => number = () => 0;

	/** Starts (or restarts) the countdown; `done` runs when the wait is over. */
	start(left: () => number, done?: () => void): void {
		this.#left = left;
		clearTimeout(this.#timer);
		const tick = () => {
			this.seconds = Math.ceil(this.#left() / 1000);
			if (this.seconds > 0) this.#timer = setTimeout(tick, 1000);
			else done?.();
		};
		tick();
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.seconds = 0;
	}
}
