import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from './voices';
import { Speech } from './speech.svelte';

const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, ...extra });

describe('chooseVoice', () => {
	it('gives bokmål a Norwegian voice, falling back on any "no" voice', () => {
		expect(chooseVoice([voice('en-GB'), voice('nb-NO')], 'nb')?.lang).toBe('nb-NO');
		expect(chooseVoice([voice('en-GB'), voice('no')], 'nb')?.lang).toBe('no');
		expect(chooseVoice([voice('en-GB'), voice('nb_NO')], 'nn')?.lang).toBe('nb_NO');
	});

	it('prefers a voice on the device, then the default', () => {
		const voices = [voice('nb-NO', 'online'), voice('nb-NO', 'local', { localService: true })];
		expect(chooseVoice(voices, 'nb')?.name).toBe('local');
	});

	it('never gives an English voice to Norwegian text', () => {
		expect(chooseVoice([voice('en-US'), voice('sv-SE')], 'nb')).toBeUndefined();
	});
});

class FakeUtterance {
	lang = '';
	voice: unknown = null;
	rate = 1;
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(readonly text: string) {}
}

function fakeSynth(voices: VoiceLike[]) {
	const spoken: FakeUtterance[] = [];
	return {
		spoken,
		getVoices: () => voices,
		speak: (u: FakeUtterance) => {
			spoken.push(u);
			u.onstart?.();
		},
		cancel: () => {},
		addEventListener: () => {},
		removeEventListener: () => {}
	};
}

describe('Speech', () => {
	it('reads with a matching voice at the chosen speed', async () => {
		const synth = fakeSynth([voice('nb-NO', 'Norsk')]);
		const speech = new Speech(synth as never, FakeUtterance as never);
		expect(await speech.say('Hei', 'nb', 'slow')).toBe(true);
		expect(synth.spoken[0]?.text).toBe('Hei');
		expect(synth.spoken[0]?.lang).toBe('nb-NO');
		expect(synth.spoken[0]?.rate).toBeLessThan(1);
		expect(speech.speaking).toBe(true);
		synth.spoken[0]?.onend?.();
		expect(speech.speaking).toBe(false);
	});

	it('says plainly when there is no voice, and does not hang', async () => {
		const synth = fakeSynth([voice('en-GB')]);
		const speech = new Speech(synth as never, FakeUtterance as never);
		const started = Date.now();
		expect(await speech.say('Hei', 'nb')).toBe(false);
		expect(speech.missingVoice).toBe('nb');
		expect(Date.now() - started).toBeLessThan(4000);
		expect(synth.spoken).toHaveLength(0);
	});

	it('knows when the browser cannot speak at all', async () => {
		const speech = new Speech(undefined, undefined);
		expect(await speech.say('Hei', 'nb')).toBe(false);
		expect(speech.missingVoice).toBe('unsupported');
	});
});
