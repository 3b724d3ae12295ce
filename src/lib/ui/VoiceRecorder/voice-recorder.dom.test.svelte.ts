import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { m } from '$lib/paraglide/messages';
import type { VoiceSound } from '$lib/media/recorder';
import { problemMessage, VoiceRecorderState, type VoiceControl, type VoicePlayer, type VoiceProblem } from './voice-recorder.svelte';
import { sampleSound } from './VoiceRecorder.examples';
import { domError, fakeEngine } from '../../../../tests/unit/fake-media';

// A .svelte.ts test: the state makes an $effect (the playback address), so it is built inside an
// effect root, as a component would build it.
const cleanups: (() => void)[] = [];
afterEach(() => {
	for (const c of cleanups.splice(0)) c();
});

/** Lets promises, microtasks and the state's effects run. */
const settle = async () => {
	for (let i = 0; i < 5; i++) {
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
	}
};

function make(options: { engine?: ReturnType<typeof fakeEngine>; value?: VoiceSound | null; onsave?: () => unknown; ondelete?: () => unknown; maxMs?: number } = {}) {
	const engine = options.engine ?? fakeEngine();
	const props = $state({ value: options.value ?? null });
	const focused: VoiceControl[] = [];
	const said: string[] = [];
	const onsave = vi.fn(options.onsave ?? (() => undefined));
	const ondelete = vi.fn(options.ondelete ?? (() => undefined));
	let voice!: VoiceRecorderState;
	cleanups.push(
		$effect.root(() => {
			voice = new VoiceRecorderState(
				{
					get value() {
						return props.value;
					},
					env: engine.env,
					maxMs: options.maxMs ?? 60_000,
					onsave: onsave as never,
					ondelete: ondelete as never
				},
				{ focus: (c) => focused.push(c), announce: (t) => said.push(t) }
			);
		})
	);
	voice.mount();
	flushSync();
	cleanups.push(() => voice.destroy());
	return { voice, engine, props, focused, said, onsave, ondelete };
}

/** A player that does what the test says: play() resolves, or rejects with an error of that name. */
function fakePlayer(fails?: string): VoicePlayer & { plays: number } {
	return {
		paused: true,
		duration: 2.4,
		currentTime: 0,
		plays: 0,
		play() {
			this.plays++;
			if (fails) return Promise.reject(domError(fails));
			(this as { paused: boolean }).paused = false;
			return Promise.resolve();
		},
		pause() {
			(this as { paused: boolean }).paused = true;
		}
	};
}

async function recordFor(voice: VoiceRecorderState, engine: ReturnType<typeof fakeEngine>, ms: number) {
	const done = voice.record();
	await settle();
	engine.advance(ms);
	voice.stop();
	await done;
	await settle();
}

describe('VoiceRecorderState', () => {
	it('starts idle, or saved when the screen gives a kept recording, and makes a playback address for it', async () => {
		expect(make().voice.shown).toBe('idle');
		const { voice, props } = make({ value: sampleSound() });
		await settle();
		expect(voice.shown).toBe('saved');
		expect(voice.url).toMatch(/^blob:/);
		expect(voice.lengthMs).toBe(1500);
		// The screen takes it away (stored elsewhere): back to "Snakk inn", and the address goes.
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		const old = voice.url;
		props.value = null;
		await settle();
		expect(voice.shown).toBe('idle');
		expect(voice.url).toBeUndefined();
		expect(revoke).toHaveBeenCalledWith(old);
		revoke.mockRestore();
	});

	it('asks, records, counts seconds and the bar, and turns the microphone off when stopped', async () => {
		const { voice, engine, focused, said } = make();
		const done = voice.record();
		expect(voice.phase).toBe('asking');
		expect(focused).toEqual(['stop']);
		await settle();
		expect(voice.phase).toBe('recording');
		expect(said).toEqual([m.voice_recording()]);
		engine.advance(3_000);
		await vi.waitFor(() => expect(voice.seconds).toBe(3));
		expect(voice.percent).toBe(5);
		expect(voice.maxSeconds).toBe(60);
		voice.stop();
		await done;
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(voice.phase).toBe('review');
		expect(voice.take?.durationMs).toBe(3000);
		expect(voice.reachedLimit).toBe(false);
		expect(focused).toEqual(['stop', 'play']);
	});

	it('stops by itself at the limit and says why, on screen and to screen readers', async () => {
		const { voice, engine, said } = make({ maxMs: 10_000 });
		const done = voice.record();
		await settle();
		engine.advance(10_000);
		await done;
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(voice.phase).toBe('review');
		expect(voice.reachedLimit).toBe(true);
		expect(said).toContain(m.voice_limit());
	});

	it('"Behold" hands the bytes to the screen, then shows the kept recording', async () => {
		const { voice, engine, onsave, said } = make({ engine: fakeEngine({ bytes: 4000 }) });
		await recordFor(voice, engine, 2_000);
		await voice.keep();
		expect(onsave).toHaveBeenCalledWith(expect.any(ArrayBuffer), 'audio/webm;codecs=opus', 2000);
		expect(voice.phase).toBe('saved');
		expect(voice.take).toBeNull();
		expect(voice.kept?.bytes.byteLength).toBe(4000);
		expect(said.at(-1)).toBe(m.voice_kept());
		expect(voice.saving).toBe(false);
	});

	it('a full device (the screen answers false) keeps the new recording on screen and says so', async () => {
		const { voice, engine, said } = make({ onsave: async () => false });
		await recordFor(voice, engine, 2_000);
		await voice.keep();
		expect(voice.phase).toBe('review');
		expect(voice.take).not.toBeNull();
		expect(voice.kept).toBeNull();
		expect(voice.problem).toBe('full');
		expect(voice.message?.title).toBe(m.problem_full());
		expect(voice.message?.retry).toBe(false);
		expect(said).not.toContain(m.voice_kept());
		expect(voice.saving).toBe(false);
	});

	it('a screen that answers true, or nothing, has stored it', async () => {
		for (const answer of [true, undefined]) {
			const { voice, engine } = make({ onsave: async () => answer });
			await recordFor(voice, engine, 2_000);
			await voice.keep();
			expect(voice.phase).toBe('saved');
			expect(voice.problem).toBeNull();
		}
	});

	it('"Angre" on a full device keeps the deleted recording ready to bring back, and says so', async () => {
		const { voice, onsave } = make({ value: sampleSound(), onsave: async () => false });
		await voice.remove();
		const undo = voice.undo;
		await voice.undoRemove();
		expect(onsave).toHaveBeenCalledTimes(1);
		expect(voice.shown).toBe('idle');
		expect(voice.undo).toBe(undo);
		expect(voice.problem).toBe('full');
	});

	it('a thrown save, of any kind, says it was not saved: only false means a full device', async () => {
		const { voice, engine } = make({
			onsave: async () => {
				throw Object.assign(new Error('full'), { name: 'StorageFullError' });
			}
		});
		await recordFor(voice, engine, 2_000);
		await voice.keep();
		expect(voice.problem).toBe('save-failed');
	});

	it('deleting a new recording asks nothing, and "Angre" brings it back to hear again', async () => {
		const { voice, engine, ondelete, focused } = make();
		await recordFor(voice, engine, 2_000);
		const take = voice.take;
		await voice.remove();
		expect(ondelete).not.toHaveBeenCalled();
		expect(voice.shown).toBe('idle');
		expect(voice.undo).toEqual({ sound: take, wasKept: false });
		expect(focused.at(-1)).toBe('undo');
		await voice.undoRemove();
		expect(voice.phase).toBe('review');
		expect(voice.take).toBe(take);
		expect(voice.undo).toBeNull();
	});

	it('deleting a kept recording calls ondelete, and "Angre" stores it again through onsave', async () => {
		const sample = sampleSound();
		const { voice, onsave, ondelete, said } = make({ value: sample });
		await voice.remove();
		expect(ondelete).toHaveBeenCalledTimes(1);
		expect(voice.shown).toBe('idle');
		expect(said).toEqual([m.voice_deleted()]);
		await voice.undoRemove();
		expect(onsave).toHaveBeenCalledWith(sample.bytes, 'audio/wav', 1500);
		expect(voice.shown).toBe('saved');
	});

	it('a delete that cannot be stored keeps the recording and says so', async () => {
		const { voice } = make({
			value: sampleSound(),
			ondelete: async () => {
				throw new Error('disk');
			}
		});
		await voice.remove();
		expect(voice.shown).toBe('saved');
		expect(voice.undo).toBeNull();
		expect(voice.problem).toBe('save-failed');
	});

	it('a refused microphone is a problem with "Prøv igjen" in place of "Snakk inn"', async () => {
		const engine = fakeEngine({
			gum: async () => {
				throw domError('NotAllowedError');
			}
		});
		const { voice } = make({ engine });
		await voice.record();
		expect(voice.shown).toBe('idle');
		expect(voice.problem).toBe('denied');
		expect(voice.retryInstead).toBe(true);
		expect(voice.message?.text).toBe(`${m.voice_write_instead()} ${m.voice_denied_help()}`);
	});

	it('a recorder that refuses the stream means this browser cannot record', async () => {
		const engine = fakeEngine({ constructorError: 'NotSupportedError' });
		const { voice } = make({ engine });
		await voice.record();
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(voice.supported).toBe(false);
		expect(voice.problem).toBeNull();
	});

	it('a browser without MediaRecorder is unsupported from the start', () => {
		const engine = fakeEngine();
		engine.env.MediaRecorder = undefined;
		expect(make({ engine }).voice.supported).toBe(false);
	});

	it('"Stopp" while the browser still asks is no problem: back to "Snakk inn" with focus on it', async () => {
		let answer!: () => void;
		const engine = fakeEngine({ gum: () => new Promise<void>((r) => (answer = r)) });
		const { voice, focused } = make({ engine });
		const done = voice.record();
		await settle();
		voice.stop();
		answer();
		await done;
		expect(voice.shown).toBe('idle');
		expect(voice.problem).toBeNull();
		expect(focused).toEqual(['stop', 'record']);
		expect(engine.tracks[0]!.stopped).toBe(true);
	});

	it('leaving the screen mid-recording turns the microphone off and throws the recording away', async () => {
		const { voice, engine } = make();
		const done = voice.record();
		await settle();
		voice.destroy();
		await done;
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(voice.take).toBeNull();
	});

	it('"Hør" plays and stops; a sound that cannot play says so, an interrupted one does not', async () => {
		const { voice } = make({ value: sampleSound() });
		await settle();
		const player = fakePlayer();
		voice.player = player;
		voice.togglePlay();
		expect(player.plays).toBe(1);
		expect(voice.playing).toBe(true);
		voice.togglePlay();
		expect(player.paused).toBe(true);
		expect(voice.playing).toBe(false);

		voice.player = fakePlayer('NotSupportedError');
		voice.togglePlay();
		await settle();
		expect(voice.playing).toBe(false);
		expect(voice.problem).toBe('cannot-play');

		voice.problem = null;
		voice.player = fakePlayer('AbortError');
		voice.togglePlay();
		await settle();
		expect(voice.problem).toBeNull();
	});

	it('takes the length from the audio when the sound does not carry it (WebM)', async () => {
		const { voice } = make({ value: { bytes: new ArrayBuffer(10), type: 'audio/webm' } });
		await settle();
		expect(voice.lengthMs).toBeUndefined();
		voice.player = fakePlayer();
		voice.metadataLoaded();
		expect(voice.lengthMs).toBe(2400);
	});
});

describe('problemMessage', () => {
	it.each<[VoiceProblem, boolean, 'error' | 'info']>([
		['unsupported', false, 'info'],
		['denied', true, 'error'],
		['no-microphone', true, 'error'],
		['empty', true, 'error'],
		['failed', true, 'error'],
		['cannot-play', false, 'error'],
		['full', false, 'error'],
		['save-failed', false, 'error']
	])('%s: retry %s, %s', (problem, retry, variant) => {
		const message = problemMessage(problem)!;
		expect(message.title).not.toBe('');
		expect(message.retry).toBe(retry);
		expect(message.variant).toBe(variant);
		// Only what the microphone did carries the microphone.
		expect(message.symbol === 'ui_microphone').toBe(!['cannot-play', 'full', 'save-failed'].includes(problem));
	});

	it('no problem, no message', () => {
		expect(problemMessage(null)).toBeNull();
	});
});
