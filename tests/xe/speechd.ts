import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpeechDispatcher {
	/** What a browser needs in its environment to talk to this daemon (and never autospawn another). */
	env: { XDG_RUNTIME_DIR: string; SPEECHD_ADDRESS: string };
	stop(): Promise<void>;
}

/**
 * Starts a private speech-dispatcher (docs/cross-engine.md, "A private speech-dispatcher"). Each engine gets a fresh one: after
 * Chromium has spoken into a machine with no sound card, the espeak-ng module of that daemon can stay
 * busy, and Firefox, started later against the same daemon, was then told there are 0 voices.
 */
export async function startSpeechDispatcher(): Promise<SpeechDispatcher> {
	const runtimeDir = mkdtempSync(join(tmpdir(), 'jobbvei-speechd-'));
	const socketDir = join(runtimeDir, 'speech-dispatcher');
	mkdirSync(socketDir, { recursive: true });
	const socket = join(socketDir, 'speechd.sock');
	const pidFile = join(socketDir, 'speechd.pid');
	const env = { XDG_RUNTIME_DIR: runtimeDir, SPEECHD_ADDRESS: `unix_socket:${socket}` };

	// Started in its own process group (detached): the output modules (sd_espeak-ng) are forked before
	// the daemon detaches and stay in that group, so stop() can kill them by group id.
	const starter = spawn('speech-dispatcher', ['-d', '-t', '0', '-c', 'unix_socket', '-S', socket, '-P', pidFile], {
		env: { ...process.env, ...env },
		stdio: 'ignore',
		detached: true
	});
	const group = starter.pid ?? 0;
	const code = await new Promise<number | null>((ok) => {
		starter.once('exit', ok);
		starter.once('error', () => ok(-1));
	});
	if (code !== 0) console.warn(`speech-dispatcher did not start (exit ${code}); read-aloud checks will say so`);
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline && !(existsSync(pidFile) && existsSync(socket))) {
		await new Promise((r) => setTimeout(r, 100));
	}
	const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;

	return {
		env,
		async stop() {
			// SIGTERM makes speech-dispatcher 0.11.4 hang in "Terminating…": SIGKILL it, and its modules.
			for (const target of [-group, pid]) {
				if (target === 0) continue;
				try {
					process.kill(target, 'SIGKILL');
				} catch {
					/* already gone */
				}
			}
			rmSync(runtimeDir, { recursive: true, force: true });
		}
	};
}
