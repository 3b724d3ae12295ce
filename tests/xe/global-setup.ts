import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private speech-dispatcher for this run (cross-engine.md gotcha 3),
 * but its pid and directory live in process.env (inherited by the workers and the teardown of this
 * run), not in a shared file in /tmp: two runs at once (this suite and tests/e2e) must not stop each
 * other's daemon, which made Chromium and Firefox see 0 voices halfway through a run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	const runtimeDir = mkdtempSync(join(tmpdir(), 'jobbvei-xe-speechd-'));
	const socketDir = join(runtimeDir, 'speech-dispatcher');
	mkdirSync(socketDir, { recursive: true });
	const socket = join(socketDir, 'speechd.sock');
	const pidFile = join(socketDir, 'speechd.pid');
	process.env.XDG_RUNTIME_DIR = runtimeDir;
	// libspeechd must never autospawn a second (shared, idle-timing-out) daemon.
	process.env.SPEECHD_ADDRESS = `unix_socket:${socket}`;

	// Started in its own process group (detached): the output modules (sd_espeak-ng) are forked before
	// the daemon detaches and stay in that group, so the teardown can kill them by group id.
	const starter = spawn('speech-dispatcher', ['-d', '-t', '0', '-c', 'unix_socket', '-S', socket, '-P', pidFile], {
		env: process.env,
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

	// Playwright runs the returned function as this run's teardown.
	return async () => {
		// SIGTERM makes speech-dispatcher 0.11.4 hang in "Terminating…": SIGKILL it, and its modules.
		if (group > 0) {
			try {
				process.kill(-group, 'SIGKILL');
			} catch {
				/* none left in the group */
			}
		}
		if (pid > 0) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
		}
		rmSync(runtimeDir, { recursive: true, force: true });
	};
}
