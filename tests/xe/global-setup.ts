import { startSpeechDispatcher } from './speechd';

/**
 * A private speech-dispatcher for this run (docs/cross-engine.md, "A private speech-dispatcher"), for the Chromium journeys in
 * tests/e2e. Its address lives in process.env (inherited by the workers), not in a shared file in
 * /tmp: two runs at once must not stop each other's daemon. The cross-engine projects start a fresh
 * daemon per engine on top of this (tests/xe/engines.ts).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	const daemon = await startSpeechDispatcher();
	Object.assign(process.env, daemon.env);
	// Playwright runs the returned function as this run's teardown.
	return () => daemon.stop();
}
