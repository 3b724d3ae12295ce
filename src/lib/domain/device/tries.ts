/**
 * [Note: wrong tries wait] After 5 wrong picture codes (or adult codes) the person waits 30 s before
 * the next try: guessing a code on a shared tablet takes hours, not a break time, and nobody is locked
 * out for long. The tries are stored, so a reload does not give 5 new tries at once.
 *
 * They are counted in epoch ms (Date.now()), the only clock that survives a reload. Class tablets have
 * wrong clocks (reset to 1970, or running ahead), so:
 * - a last wrong try "in the future" means the clock went back: the wait is counted again from now,
 *   once, and never longer than one full wait;
 * - a clock that jumps ahead may end the wait early. That only helps the person, who knows the code.
 */
export const MAX_TRIES = 5;
export const WAIT_MS = 30_000;

/** Wrong tries so far and when the last one happened (epoch ms). */
export interface TryLog {
	failures: number;
	lastFailureAt: number;
}

export const NO_TRIES: TryLog = { failures: 0, lastFailureAt: 0 };

/** Milliseconds left to wait before the next try; 0 when the person may try now. Never negative, never over WAIT_MS. */
export function waitLeft(log: TryLog, now: number): number {
	if (log.failures < MAX_TRIES) return 0;
	const left = log.lastFailureAt + WAIT_MS - now;
	return left > WAIT_MS ? WAIT_MS : Math.max(0, left);
}

/** The log with one more wrong try at `now`. After a full wait, a new round of 5 tries starts. */
export function recordFailure(log: TryLog, now: number): TryLog {
	const settled = settleClock(log, now);
	const failures = settled.failures >= MAX_TRIES ? 1 : settled.failures + 1;
	return { failures, lastFailureAt: now };
}

/**
 * The log as this clock sees it: a last wrong try after `now` (the clock went back) moves to `now`, so
 * the wait ends 30 s from here instead of whenever the clock catches up (a year, for a tablet reset to 1970).
 * Returns the same object when nothing changes, so callers can tell whether to store it.
 */
export function settleClock(log: TryLog, now: number): TryLog {
	return log.lastFailureAt > now ? { ...log, lastFailureAt: now } : log;
}
