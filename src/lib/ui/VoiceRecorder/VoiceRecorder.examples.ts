import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { RecorderEnv, VoiceSound } from '$lib/media/recorder';
import { nothing, type Example } from '$lib/ui/examples';
import type VoiceRecorder from './VoiceRecorder.svelte';

/**
 * Named examples for the dev gallery (/dev/components) and the dom tests. Without `env` the
 * recorder uses the browser's microphone (the tests hand it a fake); `kept` starts with a kept
 * recording (a short tone); `unsupported` is a browser without MediaRecorder, so the gallery shows
 * that message too.
 */
export const voiceRecorderExamples: Example<ComponentProps<typeof VoiceRecorder>>[] = [
	{ name: 'empty', props: () => ({ label: m.dev_example_voice(), onsave: nothing, ondelete: nothing }) },
	{ name: 'kept', props: () => ({ label: m.dev_example_voice(), value: sampleSound(), onsave: nothing, ondelete: nothing }) },
	{ name: 'unsupported', props: () => ({ label: m.dev_example_voice(), env: unsupportedEnv }) }
];

/** A browser that cannot record: no getUserMedia, no MediaRecorder. */
export const unsupportedEnv: RecorderEnv = {
	now: () => performance.now(),
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** A quiet 440 Hz tone as a WAV file: every engine plays it, so the gallery needs no stored recording. */
export function sampleSound(ms = 1500, rate = 8000): VoiceSound {
	const samples = Math.round((rate * ms) / 1000);
	const buffer = new ArrayBuffer(44 + samples * 2);
	const view = new DataView(buffer);
	const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
	text(0, 'RIFF');
	view.setUint32(4, 36 + samples * 2, true);
	text(8, 'WAVE');
	text(12, 'fmt ');
	view.setUint32(16, 16, true); // PCM header size
	view.setUint16(20, 1, true); // PCM
	view.setUint16(22, 1, true); // mono
	view.setUint32(24, rate, true);
	view.setUint32(28, rate * 2, true); // bytes per second
	view.setUint16(32, 2, true); // bytes per frame
	view.setUint16(34, 16, true); // bits per sample
	text(36, 'data');
	view.setUint32(40, samples * 2, true);
	for (let i = 0; i < samples; i++) {
		view.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 3000), true);
	}
	return { bytes: buffer, type: 'audio/wav', durationMs: ms };
}
