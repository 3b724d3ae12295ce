import type { MediaRecorderLike, RecorderEnv } from '$lib/media/recorder';

/**
 * A fake microphone and MediaRecorder for unit and dom tests: no real audio, a clock the test moves,
 * and tracks that remember whether they were stopped (the browser's microphone indicator).
 */
export const domError = (name: string) => Object.assign(new Error(name), { name });

export class FakeTrack {
	stopped = false;
	stop() {
		this.stopped = true;
	}
}

export interface FakeEngineOptions {
	/** Types isTypeSupported says yes to. @default ['audio/webm;codecs=opus', 'audio/webm'] */
	supported?: string[];
	/** How many bytes a recording has. @default 1200 */
	bytes?: number;
	/** What the recorder reports as mimeType (default: the type asked for). */
	reportType?: string;
	/** Runs inside getUserMedia: throw to refuse, or wait to act as a permission prompt. */
	gum?: () => Promise<void>;
	/** The recorder's start event comes this many ms after start() (a slow media pipeline); none when unset. */
	startsAfterMs?: number;
	/** The MediaRecorder constructor throws a DOMException with this name (e.g. NotSupportedError). */
	constructorError?: string;
}

export function fakeEngine(options: FakeEngineOptions = {}) {
	const supported = options.supported ?? ['audio/webm;codecs=opus', 'audio/webm'];
	const tracks: FakeTrack[] = [];
	const recorders: FakeRecorder[] = [];
	let clock = 0;
	const timers = new Map<number, { at: number; fn: () => void }>();
	let nextTimer = 1;

	class FakeRecorder implements MediaRecorderLike {
		state: 'inactive' | 'recording' | 'paused' = 'inactive';
		mimeType: string;
		ondataavailable: ((event: { data: Blob }) => void) | null = null;
		onstop: (() => void) | null = null;
		onerror: ((event: unknown) => void) | null = null;
		onstart: (() => void) | null = null;
		constructor(
			readonly stream: MediaStream,
			readonly init?: { mimeType?: string }
		) {
			if (options.constructorError) throw domError(options.constructorError);
			if (init?.mimeType && !supported.includes(init.mimeType)) throw domError('NotSupportedError');
			this.mimeType = options.reportType ?? init?.mimeType ?? '';
			recorders.push(this);
		}
		static isTypeSupported(type: string) {
			return supported.includes(type);
		}
		start() {
			this.state = 'recording';
			if (options.startsAfterMs !== undefined) env.setTimeout(() => this.onstart?.(), options.startsAfterMs);
		}
		stop() {
			if (this.state === 'inactive') return;
			this.state = 'inactive';
			// Like the engines: data first, then stop, each a little later.
			queueMicrotask(() => {
				this.ondataavailable?.({ data: new Blob([new Uint8Array(options.bytes ?? 1200)], { type: this.mimeType }) });
				queueMicrotask(() => this.onstop?.());
			});
		}
	}

	const env: RecorderEnv = {
		getUserMedia: async () => {
			await options.gum?.();
			const track = new FakeTrack();
			tracks.push(track);
			return { getTracks: () => [track] } as unknown as MediaStream;
		},
		MediaRecorder: FakeRecorder,
		now: () => clock,
		setTimeout: (fn, ms) => {
			const id = nextTimer++;
			timers.set(id, { at: clock + ms, fn });
			return id;
		},
		clearTimeout: (id) => void timers.delete(id as number)
	};

	return {
		env,
		tracks,
		recorders,
		/** Moves the clock on and runs the timers that are due. */
		advance(ms: number) {
			clock += ms;
			for (const [id, t] of [...timers]) {
				if (t.at <= clock) {
					timers.delete(id);
					t.fn();
				}
			}
		},
		pendingTimers: () => timers.size
	};
}
