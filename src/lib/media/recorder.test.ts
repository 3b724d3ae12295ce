import { describe, expect, it } from 'vitest';
import {
	MAX_RECORDING_MS,
	Recorder,
	RecorderError,
	canRecord,
	chooseRecordingType,
	normaliseRecordingType,
	recorderFailure
} from './recorder';
import { domError, fakeEngine } from '../../../tests/unit/fake-media';

describe('chooseRecordingType', () => {
	it('takes the first type in the documented order the engine can record', () => {
		// Chromium and Firefox record Opus in WebM.
		expect(chooseRecordingType((t) => ['audio/webm', 'audio/webm;codecs=opus', 'audio/mp4'].includes(t))).toBe(
			'audio/webm;codecs=opus'
		);
		// WebKit, like Safari, records audio/mp4 only (docs/cross-engine.md, "WebKit records audio/mp4 only").
		expect(chooseRecordingType((t) => t === 'audio/mp4')).toBe('audio/mp4');
		expect(chooseRecordingType((t) => t === 'audio/ogg;codecs=opus')).toBe('audio/ogg;codecs=opus');
		expect(chooseRecordingType((t) => t === 'audio/webm')).toBe('audio/webm');
	});

	it('gives undefined when the engine can record none of them, or throws when asked', () => {
		expect(chooseRecordingType(() => false)).toBeUndefined();
		expect(
			chooseRecordingType(() => {
				throw new Error('no');
			})
		).toBeUndefined();
	});
});

describe('recorderFailure', () => {
	it('maps what the browser throws to a reason the person can be told', () => {
		expect(recorderFailure(domError('NotAllowedError'))).toBe('denied');
		expect(recorderFailure(domError('SecurityError'))).toBe('denied');
		expect(recorderFailure(domError('NotFoundError'))).toBe('no-microphone');
		expect(recorderFailure(domError('OverconstrainedError'))).toBe('no-microphone');
		expect(recorderFailure(new TypeError('mediaDevices is undefined'))).toBe('unsupported');
		expect(recorderFailure(domError('NotSupportedError'))).toBe('unsupported');
		expect(recorderFailure(domError('NotReadableError'))).toBe('failed');
		expect(recorderFailure('weird')).toBe('failed');
		expect(recorderFailure(new RecorderError('empty'))).toBe('empty');
	});
});

describe('normaliseRecordingType', () => {
	it('keeps what the recorder reports, lower case and always audio/…', () => {
		expect(normaliseRecordingType('audio/webm;codecs=opus', 'audio/webm')).toBe('audio/webm;codecs=opus');
		expect(normaliseRecordingType('Audio/MP4', 'audio/mp4')).toBe('audio/mp4');
		expect(normaliseRecordingType('video/mp4; codecs=mp4a.40.2', 'audio/mp4')).toBe('audio/mp4;codecs=mp4a.40.2');
		expect(normaliseRecordingType('', 'audio/ogg;codecs=opus')).toBe('audio/ogg;codecs=opus');
		expect(normaliseRecordingType(undefined, 'audio/mp4')).toBe('audio/mp4');
		expect(normaliseRecordingType('nonsense', 'audio/mp4')).toBe('audio/mp4');
	});
});

describe('Recorder', () => {
	it('records, stops and gives bytes, type and duration; the microphone goes off', async () => {
		const engine = fakeEngine({ bytes: 2000 });
		const recorder = new Recorder({ env: engine.env });
		await recorder.start();
		expect(recorder.state).toBe('recording');
		expect(recorder.type).toBe('audio/webm;codecs=opus');
		expect(engine.tracks[0]!.stopped).toBe(false);
		engine.advance(2_000);
		expect(recorder.elapsedMs).toBe(2_000);
		const result = await recorder.stop();
		expect(result.type).toBe('audio/webm;codecs=opus');
		expect(result.bytes).toBeInstanceOf(ArrayBuffer);
		expect(result.bytes.byteLength).toBe(2000);
		expect(result.durationMs).toBe(2_000);
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(engine.pendingTimers()).toBe(0);
	});

	it('counts the length from when the engine really began recording, not from the tap', async () => {
		const engine = fakeEngine({ startsAfterMs: 1_000 });
		const recorder = new Recorder({ env: engine.env });
		await recorder.start();
		engine.advance(1_000);
		expect(recorder.elapsedMs).toBe(0);
		engine.advance(2_000);
		expect(recorder.elapsedMs).toBe(2_000);
		expect((await recorder.stop()).durationMs).toBe(2_000);
	});

	it('records audio/mp4 where that is all the engine can do (WebKit, Safari)', async () => {
		const engine = fakeEngine({ supported: ['audio/mp4'] });
		const recorder = new Recorder({ env: engine.env });
		await recorder.start();
		expect(engine.recorders[0]!.init?.mimeType).toBe('audio/mp4');
		engine.advance(1_000);
		expect((await recorder.stop()).type).toBe('audio/mp4');
	});

	it('stops by itself at 60 seconds and says so', async () => {
		const engine = fakeEngine();
		let limited = 0;
		const recorder = new Recorder({ env: engine.env, onLimit: () => limited++ });
		await recorder.start();
		engine.advance(MAX_RECORDING_MS - 1);
		expect(recorder.state).toBe('recording');
		engine.advance(1);
		expect(limited).toBe(1);
		const result = await recorder.finished;
		expect(result.durationMs).toBe(MAX_RECORDING_MS);
		expect(engine.tracks[0]!.stopped).toBe(true);
		// Later time does not make it longer.
		engine.advance(10_000);
		expect(recorder.elapsedMs).toBe(MAX_RECORDING_MS);
	});

	it('refuses an empty recording, and one too short to be an answer', async () => {
		const empty = fakeEngine({ bytes: 0 });
		const a = new Recorder({ env: empty.env });
		await a.start();
		empty.advance(1_000);
		await expect(a.stop()).rejects.toMatchObject({ name: 'RecorderError', reason: 'empty' });
		expect(empty.tracks[0]!.stopped).toBe(true);

		const short = fakeEngine();
		const b = new Recorder({ env: short.env });
		await b.start();
		short.advance(100);
		await expect(b.stop()).rejects.toMatchObject({ reason: 'empty' });
	});

	it('says "denied" when the microphone is refused, and leaves nothing on', async () => {
		const engine = fakeEngine({
			gum: async () => {
				throw domError('NotAllowedError');
			}
		});
		const recorder = new Recorder({ env: engine.env });
		await expect(recorder.start()).rejects.toMatchObject({ reason: 'denied' });
		await expect(recorder.finished).rejects.toMatchObject({ reason: 'denied' });
		expect(engine.tracks).toHaveLength(0);
	});

	it('says "no-microphone" when there is none', async () => {
		const engine = fakeEngine({
			gum: async () => {
				throw domError('NotFoundError');
			}
		});
		await expect(new Recorder({ env: engine.env }).start()).rejects.toMatchObject({ reason: 'no-microphone' });
	});

	it('says "unsupported" without MediaRecorder, getUserMedia or a type it can record', async () => {
		const engine = fakeEngine({ supported: ['audio/wav'] });
		expect(canRecord(engine.env)).toBe(false);
		await expect(new Recorder({ env: engine.env }).start()).rejects.toMatchObject({ reason: 'unsupported' });
		expect(engine.tracks).toHaveLength(0); // never asked for the microphone

		const noRecorder = { ...fakeEngine().env, MediaRecorder: undefined };
		expect(canRecord(noRecorder)).toBe(false);
		await expect(new Recorder({ env: noRecorder }).start()).rejects.toMatchObject({ reason: 'unsupported' });

		const noDevices = { ...fakeEngine().env, getUserMedia: undefined };
		expect(canRecord(noDevices)).toBe(false);
		expect(canRecord(fakeEngine().env)).toBe(true);
	});

	it('turns the microphone off when stopped while the browser was still asking', async () => {
		let allow!: () => void;
		const engine = fakeEngine({ gum: () => new Promise<void>((ok) => (allow = ok)) });
		const recorder = new Recorder({ env: engine.env });
		const starting = recorder.start();
		const finished = recorder.stop();
		allow();
		await expect(starting).rejects.toMatchObject({ reason: 'empty' });
		await expect(finished).rejects.toMatchObject({ reason: 'empty' });
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(engine.recorders).toHaveLength(0);
	});

	it('cancel() throws the recording away and turns the microphone off', async () => {
		const engine = fakeEngine();
		const recorder = new Recorder({ env: engine.env });
		await recorder.start();
		engine.advance(5_000);
		recorder.cancel();
		await expect(recorder.finished).rejects.toMatchObject({ reason: 'empty' });
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(engine.pendingTimers()).toBe(0);
	});

	it('a recorder error ends the recording as "failed"', async () => {
		const engine = fakeEngine();
		const recorder = new Recorder({ env: engine.env });
		await recorder.start();
		engine.recorders[0]!.onerror?.({ error: domError('UnknownError') });
		await expect(recorder.finished).rejects.toMatchObject({ reason: 'failed' });
		expect(engine.tracks[0]!.stopped).toBe(true);
	});
});
