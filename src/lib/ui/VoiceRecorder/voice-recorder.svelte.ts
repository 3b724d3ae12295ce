import { m } from '$lib/paraglide/messages';
import {
	Recorder,
	browserEnv,
	canRecord,
	recorderFailure,
	type RecorderEnv,
	type RecorderFailureReason,
	type VoiceSound
} from '$lib/media/recorder';
import { mediaUrl } from '$lib/media/media-urls';
import { announce as announceToScreenReader } from '$lib/ui/announce.svelte';

/**
 * Where "Snakk inn" is for the person:
 * - `idle`: nothing recorded here yet, the big "Snakk inn" button;
 * - `asking`: the browser is asking for the microphone (one "Stopp" button from the start);
 * - `recording`: the seconds count up to the limit;
 * - `review`: a new recording to hear, keep, redo or delete;
 * - `saved`: the kept recording, to hear, redo or delete.
 * `saving` says a keep, delete or undo is being stored, and `problem` why the last try failed.
 */
export type VoicePhase = 'idle' | 'asking' | 'recording' | 'review' | 'saved';

/** Why there is no recording, or why the last tap did not work: each is said plainly on screen. */
export type VoiceProblem = RecorderFailureReason | 'save-failed' | 'full' | 'cannot-play';

/** The buttons focus moves to when the state changes (their `data-voice` names). */
export type VoiceControl = 'record' | 'stop' | 'play' | 'undo';

/** The part of an audio element playback needs (the component's hidden `<audio>`). */
export interface VoicePlayer {
	readonly paused: boolean;
	readonly duration: number;
	currentTime: number;
	play(): Promise<void> | undefined;
	pause(): void;
}

/** What a screen's save says back: `false` is "not stored, the device is full"; anything else is stored. */
export type VoiceSaved = boolean | void;

/** What the component hands on from its props; read each time, so a new value from the screen counts. */
export interface VoiceRecorderInput {
	readonly value: VoiceSound | null;
	readonly env: RecorderEnv | undefined;
	readonly maxMs: number;
	/** Stores the recording; `false` says it was not stored because the device is full. */
	onsave(bytes: ArrayBuffer, type: string, durationMs: number): VoiceSaved | Promise<VoiceSaved>;
	ondelete(): void | Promise<void>;
}

export interface VoiceRecorderHooks {
	/** Moves focus to a control of the new state, so keyboard and switch users are not lost. */
	focus?: (control: VoiceControl) => void;
	/** Tells screen readers what happened. @default the app's live region */
	announce?: (text: string) => void;
}

/** How a problem is said: its words, whether it offers "Prøv igjen", and how the message looks. */
export interface VoiceProblemMessage {
	title: string;
	text?: string;
	/** A recorder problem offers "Prøv igjen" instead of "Snakk inn". */
	retry: boolean;
	/** A browser that cannot record is news, not an error. */
	variant: 'error' | 'info';
	/** The microphone for what the microphone did; the message's own symbol for storing and playing. */
	symbol?: 'ui_microphone';
}

export function problemMessage(problem: VoiceProblem | null): VoiceProblemMessage | null {
	const microphone = { variant: 'error', symbol: 'ui_microphone' } as const;
	switch (problem) {
		case null:
			return null;
		case 'unsupported':
			return { title: m.voice_unsupported(), text: m.voice_write_instead(), retry: false, variant: 'info', symbol: 'ui_microphone' };
		case 'denied':
			return { title: m.voice_denied(), text: `${m.voice_write_instead()} ${m.voice_denied_help()}`, retry: true, ...microphone };
		case 'no-microphone':
			return { title: m.voice_no_microphone(), text: m.voice_write_instead(), retry: true, ...microphone };
		case 'empty':
			return { title: m.voice_empty(), text: m.voice_write_instead(), retry: true, ...microphone };
		case 'failed':
			return { title: m.voice_failed(), text: m.voice_write_instead(), retry: true, ...microphone };
		case 'cannot-play':
			return { title: m.voice_cannot_play(), retry: false, variant: 'error' };
		case 'full':
			return { title: m.problem_full(), retry: false, variant: 'error' };
		case 'save-failed':
			return { title: m.voice_save_failed(), retry: false, variant: 'error' };
	}
}

/**
 * One voice answer on screen: records with the Recorder from `$lib/media/recorder`, counts the
 * seconds, plays back from an object URL, keeps or deletes through the screen's callbacks and offers
 * "Angre" after a delete. Built while a component starts (it makes an `$effect` for the playback URL);
 * the component calls `mount()` when it can take taps and `destroy()` when it goes away.
 */
export class VoiceRecorderState {
	readonly #input: VoiceRecorderInput;
	readonly #focus: (control: VoiceControl) => void;
	readonly #announce: (text: string) => void;
	#active: Recorder | undefined;
	#ticker: ReturnType<typeof setInterval> | undefined;

	/** False until the page can take taps: before that a tap on the prerendered button would be lost. */
	mounted = $state(false);
	/** False when this browser cannot record at all (nothing went wrong; writing stays open). */
	supported = $state(true);
	phase = $state<VoicePhase>('idle');
	/** A keep, delete or undo is being stored: those buttons wait. */
	saving = $state(false);
	problem = $state<VoiceProblem | null>(null);
	/** The last deleted recording, for "Angre"; `wasKept` says whether it was stored. */
	undo = $state.raw<{ sound: VoiceSound; wasKept: boolean } | null>(null);
	elapsedMs = $state(0);
	playing = $state(false);
	/** The limit ended the last recording: the screen says so, not only the screen reader. */
	reachedLimit = $state(false);
	/** The hidden audio element (bound by the component). */
	player = $state.raw<VoicePlayer>();
	/** The object URL the sound plays from while it is on screen. */
	url = $state<string | undefined>();
	/** How long the sound is, read from the audio when the sound itself does not say. */
	#metaDurationMs = $state<number | undefined>();
	/** The kept recording: the screen's `value` until the person keeps or deletes one here. */
	kept: VoiceSound | null;
	/** A new recording the person has not kept yet. */
	take = $state.raw<VoiceSound | null>(null);

	constructor(input: VoiceRecorderInput, hooks: VoiceRecorderHooks = {}) {
		this.#input = input;
		this.#focus = hooks.focus ?? (() => undefined);
		this.#announce = hooks.announce ?? announceToScreenReader;
		this.kept = $derived<VoiceSound | null>(input.value ?? null);

		// The sound is played from an object URL, made when the sound changes and revoked when it changes
		// again or the recorder goes away, so no bytes stay held in memory.
		$effect(() => {
			const current = this.sound;
			this.#metaDurationMs = undefined;
			if (!current) {
				this.url = undefined;
				return;
			}
			const made = mediaUrl(current);
			this.url = made;
			return () => URL.revokeObjectURL(made);
		});
	}

	/** What is heard on "Hør": the new recording, else the kept one. */
	get sound(): VoiceSound | null {
		return this.take ?? this.kept;
	}

	/** The phase the screen shows: a kept recording arriving from the screen shows as saved. */
	get shown(): VoicePhase {
		if (this.phase === 'idle' && this.kept) return 'saved';
		if (this.phase === 'saved' && !this.kept) return 'idle';
		return this.phase;
	}

	get maxSeconds(): number {
		return Math.round(this.#input.maxMs / 1000);
	}

	get seconds(): number {
		return Math.min(this.maxSeconds, Math.floor(this.elapsedMs / 1000));
	}

	/** How far the recording is towards the limit, 0–100 (the bar). */
	get percent(): number {
		return Math.min(100, (this.elapsedMs / this.#input.maxMs) * 100);
	}

	/** The length to say ("3 sekunder"), when it is known. */
	get lengthMs(): number | undefined {
		return this.sound?.durationMs ?? this.#metaDurationMs;
	}

	get message(): VoiceProblemMessage | null {
		return problemMessage(this.problem);
	}

	/** A recorder problem replaces the big "Snakk inn" button with its own "Prøv igjen". */
	get retryInstead(): boolean {
		return this.shown === 'idle' && !!this.message?.retry;
	}

	mount(): void {
		this.supported = canRecord(this.#input.env ?? browserEnv());
		this.mounted = true; // before this, a tap on the prerendered button would be lost (docs/toolchain.md, "Taps before hydration are lost")
	}

	/** Leaving the screen mid-recording turns the microphone off and throws the half recording away. */
	destroy(): void {
		this.#active?.cancel();
		this.#active = undefined;
		clearInterval(this.#ticker);
		this.player?.pause();
	}

	/** The audio says how long it is (a WebM recording does not carry its length itself). */
	metadataLoaded(): void {
		if (this.player && Number.isFinite(this.player.duration)) this.#metaDurationMs = this.player.duration * 1000;
	}

	#stopPlayback(): void {
		const player = this.player;
		if (player && !player.paused) player.pause();
		if (player) player.currentTime = 0;
		this.playing = false;
	}

	/** "Snakk inn", "Ta opp på nytt" and "Prøv igjen": a new recording. */
	async record(): Promise<void> {
		const env = this.#input.env;
		const maxMs = this.#input.maxMs;
		this.#stopPlayback();
		this.problem = null;
		this.undo = null;
		this.take = null;
		this.elapsedMs = 0;
		this.reachedLimit = false;
		let limited = false;
		const recorder = new Recorder({ env, maxMs, onLimit: () => (limited = true) });
		this.#active = recorder;
		this.phase = 'asking';
		this.#focus('stop');
		try {
			await recorder.start();
		} catch (error) {
			if (this.#active !== recorder) return;
			this.#active = undefined;
			this.phase = this.kept ? 'saved' : 'idle';
			// 'empty' here means the person pressed Stopp while the browser was still asking: nothing to say.
			const reason = recorderFailure(error);
			if (reason === 'unsupported') this.supported = false; // the same plain message as on arrival
			else if (reason !== 'empty') this.problem = reason;
			else this.#focus('record');
			return;
		}
		this.phase = 'recording';
		this.#announce(m.voice_recording());
		// Never counts back when the engine says it began a moment late (the Recorder restarts its clock then).
		this.#ticker = setInterval(() => (this.elapsedMs = Math.max(this.elapsedMs, recorder.elapsedMs)), 200);
		try {
			const result = await recorder.finished;
			if (this.#active !== recorder) return;
			this.take = result;
			this.elapsedMs = result.durationMs;
			this.phase = 'review';
			this.reachedLimit = limited;
			if (limited) this.#announce(m.voice_limit());
			this.#focus('play');
		} catch (error) {
			if (this.#active !== recorder) return;
			this.phase = this.kept ? 'saved' : 'idle';
			this.problem = recorderFailure(error);
		} finally {
			clearInterval(this.#ticker);
			if (this.#active === recorder) this.#active = undefined;
		}
	}

	/** "Stopp": the rest happens in record(), once the recording is finished. */
	stop(): void {
		void this.#active?.stop();
	}

	/** "Hør" and its "Stopp". */
	togglePlay(): void {
		const player = this.player;
		if (!player || !this.url) return;
		if (!player.paused) {
			this.#stopPlayback();
			return;
		}
		this.problem = null;
		// play() is called inside the tap itself: iOS Safari only lets a user-activated element play.
		const started = player.play();
		this.playing = true;
		started?.catch((error: unknown) => {
			this.playing = false;
			if ((error as { name?: string })?.name !== 'AbortError') this.problem = 'cannot-play';
		});
	}

	/** "Behold": the screen stores the new recording; it replaces the kept one. */
	async keep(): Promise<void> {
		const current = this.take;
		if (!current || this.saving) return;
		this.#stopPlayback();
		this.saving = true;
		this.problem = null;
		try {
			if ((await this.#input.onsave(current.bytes, current.type, Math.round(current.durationMs ?? 0))) === false) {
				this.problem = 'full';
				return;
			}
			this.kept = current;
			this.take = null;
			this.phase = 'saved';
			this.#announce(m.voice_kept());
			this.#focus('play');
		} catch {
			this.problem = 'save-failed';
		} finally {
			this.saving = false;
		}
	}

	/** "Slett": asks nothing, and offers "Angre". */
	async remove(): Promise<void> {
		if (this.saving) return;
		this.#stopPlayback();
		this.problem = null;
		if (this.take) {
			// A recording not kept yet: only this screen knows it.
			this.undo = { sound: this.take, wasKept: false };
			this.take = null;
			this.phase = this.kept ? 'saved' : 'idle';
		} else if (this.kept) {
			const old = this.kept;
			this.saving = true;
			try {
				await this.#input.ondelete();
			} catch {
				this.problem = 'save-failed';
				return;
			} finally {
				this.saving = false;
			}
			this.kept = null;
			this.undo = { sound: old, wasKept: true };
			this.phase = 'idle';
		}
		this.#announce(m.voice_deleted());
		this.#focus('undo');
	}

	/** "Angre" after "Slett": a kept recording is stored again through onsave. */
	async undoRemove(): Promise<void> {
		const last = this.undo;
		if (!last || this.saving) return;
		this.undo = null;
		if (!last.wasKept) {
			this.take = last.sound;
			this.phase = 'review';
			this.#focus('play');
			return;
		}
		this.saving = true;
		try {
			if ((await this.#input.onsave(last.sound.bytes, last.sound.type, Math.round(last.sound.durationMs ?? 0))) === false) {
				this.undo = last;
				this.problem = 'full';
				return;
			}
			this.kept = last.sound;
			this.phase = 'saved';
			this.#announce(m.voice_kept());
			this.#focus('play');
		} catch {
			this.undo = last;
			this.problem = 'save-failed';
		} finally {
			this.saving = false;
		}
	}
}
