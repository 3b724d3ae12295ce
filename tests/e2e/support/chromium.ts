import { spawn, type ChildProcess } from 'node:child_process';

/** The Chromium flags every e2e browser uses (docs/toolchain.md, "Playwright with Debian's Chromium"). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	// Real voices through speech-dispatcher + espeak-ng (docs/toolchain.md, "Real voices in headless Chromium"; global-setup starts the daemon).
	'--enable-speech-dispatcher',
	'--use-fake-ui-for-media-stream',
	'--use-fake-device-for-media-stream'
];

export interface OwnChromium {
	process: ChildProcess;
	wsEndpoint: string;
	/** SIGKILL to the whole process group, like a power cut; resolves once the browser has exited. */
	kill(): Promise<void>;
}

/**
 * Starts Chromium ourselves on a persistent profile, so a test can kill it hard and start it again on
 * the same data (docs/reliability.md, "A crash can empty the database").
 */
export async function launchOwnChromium(userDataDir: string): Promise<OwnChromium> {
	const child = spawn(
		CHROMIUM_PATH,
		['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, ...CHROMIUM_ARGS, 'about:blank'],
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const wsEndpoint = await new Promise<string>((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
		child.stderr!.setEncoding('utf8');
		child.stderr!.on('data', (chunk: string) => {
			seen += chunk;
			const match = seen.match(/DevTools listening on (ws:\/\/\S+)/);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]!);
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited (${code}) before it listened:\n${seen}`));
		});
	});
	// Keep draining stderr so Chromium never blocks on a full pipe.
	child.stderr!.resume();
	return {
		process: child,
		wsEndpoint,
		async kill() {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				/* already gone */
			}
			await exited;
		}
	};
}
