/**
 * "Snakk inn": records a short voice answer from the microphone, for a person who would rather speak
 * than write, in a format the engine can record (WebKit, like Safari, records audio/mp4 only). The result
 * is bytes + type, never a Blob (docs/reliability.md, "Media as bytes, not Blobs").
 *
 * Pure pieces (chooseRecordingType, recorderFailure, normaliseRecordingType) are tested on their
 * own; Recorder takes its browser APIs through RecorderEnv, so tests can hand it fakes.
 */

/** The hard limit: a voice answer is short, and the recording stops by itself here. */
export const MAX_RECORDING_MS = 60_000;
/** Shorter than this is a slip of the finger, not an answer: treated as empty. */
export const MIN_RECORDING_MS = 300;

/**
 * Formats to ask for, best first. Opus in WebM is small and what Chromium and Firefox record;
 * MP4 (AAC) is all WebKit/Safari can record and plays everywhere we run; Ogg/Opus and plain WebM
 * are for engines that only know those names.
 */
export const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus', 'audio/webm'] as const;

/** The first type in RECORDING_TYPES the engine says it can record, or undefined when none. */
export function chooseRecordingType(isTypeSupported: (type: string) => boolean): string | undefined {
	return RECORDING_TYPES.find((type) => {
		try {
			return isTypeSupported(type);
		} catch {
			return false;
		}
	});
}

/** Why there is no recording. The screen says each one plainly and keeps writing open. */
export type RecorderFailureReason = 'unsupported' | 'denied' | 'no-microphone' | 'failed' | 'empty';

export class RecorderError extends Error {
	constructor(
		readonly reason: RecorderFailureReason,
		options?: { cause?: unknown }
	) {
		super(reason, options);
		this.name = 'RecorderError';
	}
}

/** Maps what getUserMedia or MediaRecorder threw to a reason a person can be told about. */
export function recorderFailure(error: unknown): RecorderFailureReason {
	if (error instanceof RecorderError) return error.reason;
	const name = error && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
	switch (name) {
		// The person or the browser said no (SecurityError: a page or policy that may not ask).
		case 'NotAllowedError':
		case 'PermissionDeniedError':
		case 'SecurityError':
			return 'denied';
		// No microphone at all, or none that fits.
		case 'NotFoundError':
		case 'DevicesNotFoundError':
		case 'OverconstrainedError':
		case 'ConstraintNotSatisfiedError':
			return 'no-microphone';
		// No mediaDevices (not a secure context) or no recorder for this stream.
		case 'NotSupportedError':
		case 'TypeError':
			return 'unsupported';
		default:
			// NotReadableError (the microphone is busy), AbortError and anything else.
			return 'failed';
	}
}

/**
 * The type to store for a finished recording. The recorder's own report wins (it may add the
 * codec); without one, the type we asked for. Stored types are lower case and always audio/…
 * (some engines say video/mp4 or video/webm for a sound-only recording).
 */
export function normaliseRecordingType(reported: string | undefined | null, asked: string): string {
	const type = (reported ?? '').trim() || asked;
	const semi = type.indexOf(';');
	const base = (semi < 0 ? type : type.slice(0, semi)).trim().toLowerCase();
	const params = semi < 0 ? '' : type.slice(semi).replace(/\s+/g, '');
	const subtype = base.split('/')[1];
	if (!subtype || !/^[a-z0-9.+-]+$/.test(subtype)) return asked;
	return `audio/${subtype}${params}`;
}

/** A finished recording: the bytes, their type (e.g. audio/mp4) and how long it is. */
export interface Recording {
	bytes: ArrayBuffer;
	type: string;
	durationMs: number;
}

/** A sound the voice recorder can play: a fresh recording, or a stored MediaRecord (it fits this shape). */
export interface VoiceSound {
	bytes: ArrayBuffer;
	type: string;
	/** Length in ms. Stored recordings have it; WebM from MediaRecorder carries none itself. */
	durationMs?: number;
}

/** The part of MediaRecorder the recorder uses (a fake in tests). */
export interface MediaRecorderLike {
	readonly state: 'inactive' | 'recording' | 'paused';
	readonly mimeType: string;
	ondataavailable: ((event: { data: Blob }) => void) | null;
	onstop: (() => void) | null;
	onerror: ((event: unknown) => void) | null;
	onstart: (() => void) | null;
	start(timeslice?: number): void;
	stop(): void;
}

export interface MediaRecorderClass {
	new (stream: MediaStream, options?: { mimeType?: string; audioBitsPerSecond?: number }): MediaRecorderLike;
	isTypeSupported?(type: string): boolean;
}

/** The browser APIs a Recorder needs. browserEnv() gives the real ones. */
export interface RecorderEnv {
	getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
	MediaRecorder?: MediaRecorderClass;
	now(): number;
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export function browserEnv(): RecorderEnv {
	const g = globalThis as unknown as { MediaRecorder?: MediaRecorderClass; navigator?: Navigator };
	const devices = g.navigator?.mediaDevices;
	return {
		getUserMedia: devices?.getUserMedia ? (c) => devices.getUserMedia(c) : undefined,
		MediaRecorder: g.MediaRecorder,
		now: () => performance.now(),
		setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
		clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
	};
}

/** The type this engine would record in, or undefined when it cannot record here at all. */
export function recordingTypeFor(env: RecorderEnv = browserEnv()): string | undefined {
	const Recorder = env.MediaRecorder;
	if (!env.getUserMedia || !Recorder || typeof Recorder.isTypeSupported !== 'function') return undefined;
	return chooseRecordingType((type) => Recorder.isTypeSupported!(type));
}

/** True when this engine can record a voice answer (the mic may still be refused on start). */
export function canRecord(env: RecorderEnv = browserEnv()): boolean {
	return recordingTypeFor(env) !== undefined;
}

export interface RecorderOptions {
	env?: RecorderEnv;
	/** @default MAX_RECORDING_MS */
	maxMs?: number;
	/** Called when the limit stopped the recording (so the screen can say why it stopped). */
	onLimit?: () => void;
}

type RecorderState = 'idle' | 'starting' | 'recording' | 'stopping' | 'done';

/**
 * One recording from the microphone: `start()`, then `stop()` (or the limit stops it). `finished`
 * settles once, with the Recording or a RecorderError. Every microphone track is stopped as soon
 * as recording ends, however it ends, so the browser's microphone indicator goes off.
 */
export class Recorder {
	readonly #env: RecorderEnv;
	readonly #maxMs: number;
	readonly #onLimit?: () => void;
	#state: RecorderState = 'idle';
	#stream: MediaStream | undefined;
	#recorder: MediaRecorderLike | undefined;
	#chunks: Blob[] = [];
	#type = '';
	#startedAt = 0;
	#stoppedAt = 0;
	#limit: unknown;
	#cancelled = false;
	#settle!: { resolve: (r: Recording) => void; reject: (e: RecorderError) => void };
	/** Settles when recording has ended: with the recording, or with a RecorderError. */
	readonly finished: Promise<Recording>;

	constructor(options: RecorderOptions = {}) {
		this.#env = options.env ?? browserEnv();
		this.#maxMs = options.maxMs ?? MAX_RECORDING_MS;
		this.#onLimit = options.onLimit;
		this.finished = new Promise<Recording>((resolve, reject) => (this.#settle = { resolve, reject }));
		// A caller that only awaits start() must not see an unhandled rejection.
		this.finished.catch(() => undefined);
	}

	get state(): RecorderState {
		return this.#state;
	}

	/** The type asked for (empty before start). */
	get type(): string {
		return this.#type;
	}

	/** How long it has recorded so far, in ms (0 before it started). */
	get elapsedMs(): number {
		if (this.#state === 'idle' || this.#state === 'starting') return 0;
		const end = this.#state === 'recording' ? this.#env.now() : this.#stoppedAt;
		return Math.min(this.#maxMs, Math.max(0, end - this.#startedAt));
	}

	/**
	 * Asks for the microphone and starts recording. Resolves when recording has begun; rejects with a
	 * RecorderError ('unsupported', 'denied', 'no-microphone', 'failed') when it cannot.
	 */
	async start(): Promise<void> {
		if (this.#state !== 'idle') throw new Error('Recorder.start() called twice');
		this.#state = 'starting';
		const type = recordingTypeFor(this.#env);
		if (!type) throw this.#fail(new RecorderError('unsupported'));
		this.#type = type;
		let stream: MediaStream;
		try {
			stream = await this.#env.getUserMedia!({ audio: { echoCancellation: true, noiseSuppression: true }, video: false });
		} catch (error) {
			throw this.#fail(new RecorderError(recorderFailure(error), { cause: error }));
		}
		this.#stream = stream;
		// stop() or cancel() while the browser was still asking: the microphone goes off again at once.
		if (this.#cancelled) throw this.#fail(new RecorderError('empty'));
		try {
			const recorder = new this.#env.MediaRecorder!(stream, { mimeType: type });
			this.#recorder = recorder;
			recorder.ondataavailable = (event) => {
				if (event.data && event.data.size > 0) this.#chunks.push(event.data);
			};
			recorder.onerror = (event) => {
				this.#fail(new RecorderError('failed', { cause: (event as { error?: unknown })?.error ?? event }));
			};
			recorder.onstop = () => void this.#finish();
			// An engine can begin capturing a moment after start() (WebKit's media pipeline; on a busy phone up to
			// a second later). The seconds on screen and the stored length count from when it really began, so
			// "2 sekunder" on screen is two seconds of voice in the file.
			recorder.onstart = () => {
				if (this.#state === 'recording') this.#startedAt = this.#env.now();
			};
			// No timeslice: the data comes in one piece at the end, which every engine writes as a whole file.
			recorder.start();
		} catch (error) {
			throw this.#fail(new RecorderError(recorderFailure(error) === 'unsupported' ? 'unsupported' : 'failed', { cause: error }));
		}
		this.#startedAt = this.#env.now();
		this.#state = 'recording';
		this.#limit = this.#env.setTimeout(() => {
			if (this.#state !== 'recording') return;
			this.#onLimit?.();
			void this.stop();
		}, this.#maxMs);
	}

	/** Stops recording. Returns `finished`. Safe to call more than once, and before start() is done. */
	stop(): Promise<Recording> {
		if (this.#state === 'starting') {
			this.#cancelled = true;
		} else if (this.#state === 'recording') {
			this.#state = 'stopping';
			this.#stoppedAt = this.#env.now();
			this.#env.clearTimeout(this.#limit);
			try {
				if (this.#recorder && this.#recorder.state !== 'inactive') this.#recorder.stop();
				else void this.#finish();
			} catch (error) {
				this.#fail(new RecorderError('failed', { cause: error }));
			}
		} else if (this.#state === 'idle') {
			this.#fail(new RecorderError('empty'));
		}
		return this.finished;
	}

	/** Stops and throws the recording away (the person leaves the screen). */
	cancel(): void {
		this.#cancelled = true;
		if (this.#state === 'starting') return; // start() turns the microphone off when it gets it
		if (this.#state === 'recording') {
			this.#stoppedAt = this.#env.now();
			try {
				this.#recorder?.stop();
			} catch {
				/* already stopped */
			}
		}
		this.#fail(new RecorderError('empty'));
	}

	async #finish(): Promise<void> {
		if (this.#state === 'done') return;
		this.#env.clearTimeout(this.#limit);
		this.#stopTracks();
		// The recorder can also stop by itself (the microphone was unplugged): then it ends now.
		if (!this.#stoppedAt) this.#stoppedAt = this.#env.now();
		const durationMs = Math.round(Math.min(this.#maxMs, this.#stoppedAt - this.#startedAt));
		const type = normaliseRecordingType(this.#recorder?.mimeType || this.#chunks[0]?.type, this.#type);
		let bytes: ArrayBuffer;
		try {
			bytes = await new Blob(this.#chunks, { type }).arrayBuffer();
		} catch (error) {
			this.#fail(new RecorderError('failed', { cause: error }));
			return;
		}
		// cancel() or an error may have ended it while the bytes were read.
		if ((this.#state as RecorderState) === 'done') return;
		if (this.#cancelled || bytes.byteLength === 0 || durationMs < MIN_RECORDING_MS) {
			this.#fail(new RecorderError('empty'));
			return;
		}
		this.#state = 'done';
		this.#chunks = [];
		this.#settle.resolve({ bytes, type, durationMs });
	}

	/** Ends the recording with an error: the microphone goes off and `finished` rejects (once). */
	#fail(error: RecorderError): RecorderError {
		this.#env.clearTimeout(this.#limit);
		this.#stopTracks();
		if (this.#state !== 'done') {
			if (!this.#stoppedAt && this.#startedAt) this.#stoppedAt = this.#env.now();
			this.#state = 'done';
			this.#chunks = [];
			this.#settle.reject(error);
		}
		return error;
	}

	/** Turns the microphone off (and its indicator in the browser and the phone's status bar). */
	#stopTracks(): void {
		for (const track of this.#stream?.getTracks() ?? []) {
			try {
				track.stop();
			} catch {
				/* already ended */
			}
		}
		this.#stream = undefined;
	}
}
