import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { createRawSnippet } from 'svelte';
import { m } from '$lib/paraglide/messages';
import Button from '$lib/ui/Button/Button.svelte';
import ChoiceGroup from '$lib/ui/ChoiceGroup/ChoiceGroup.svelte';
import StepProgress from '$lib/ui/StepProgress/StepProgress.svelte';
import ExplainWord from '$lib/ui/ExplainWord/ExplainWord.svelte';
import Message from '$lib/ui/Message/Message.svelte';
import TextField from '$lib/ui/TextField/TextField.svelte';
import { buttonExamples } from '$lib/ui/Button/Button.examples';
import { choiceGroupExamples } from '$lib/ui/ChoiceGroup/ChoiceGroup.examples';
import VoiceRecorder from '$lib/ui/VoiceRecorder/VoiceRecorder.svelte';
import { voiceRecorderExamples, sampleSound, unsupportedEnv } from '$lib/ui/VoiceRecorder/VoiceRecorder.examples';
import { announcer } from './announce.svelte';
import { domError, fakeEngine } from '../../../tests/unit/fake-media';

let mounted: ReturnType<typeof mount>[] = [];
function render<P extends Record<string, unknown>>(component: never, props: P) {
	const target = document.createElement('div');
	document.body.append(target);
	const instance = mount(component, { target, props });
	mounted.push(instance);
	flushSync();
	return target;
}
afterEach(() => {
	for (const i of mounted) unmount(i);
	mounted = [];
	document.body.innerHTML = '';
});

const text = (t: string) => createRawSnippet(() => ({ render: () => `<span>${t}</span>` }));

describe('Button examples', () => {
	it.each(buttonExamples)('$name is a real button named by its visible text', (example) => {
		const el = render(Button as never, { variant: example.variant, symbol: example.symbol, large: example.large, children: text(m[example.label]()) });
		const button = el.querySelector('button')!;
		expect(button.getAttribute('type')).toBe('button');
		expect(button.textContent?.trim()).toBe(m[example.label]());
		// The symbol is decoration next to the text, hidden from screen readers.
		for (const svg of button.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
	});
});

describe('ChoiceGroup examples', () => {
	it.each(choiceGroupExamples)('$name: native radios in a fieldset, each with a speaker button', (example) => {
		let changed: string | undefined;
		const el = render(ChoiceGroup as never, {
			legend: 'Farger',
			name: example.name,
			choices: example.choices.map((c) => ({ ...c, label: m[c.label]() })),
			value: example.value,
			onValueChange: (v: string) => (changed = v)
		});
		expect(el.querySelector('fieldset legend')?.textContent).toBe('Farger');
		const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
		expect(radios).toHaveLength(example.choices.length);
		expect(radios.find((r) => r.checked)?.value).toBe(example.value);
		for (const radio of radios) expect(el.querySelector(`label[for="${radio.id}"]`)).not.toBeNull();
		expect(el.querySelectorAll('button[aria-label]')).toHaveLength(example.choices.length);
		radios[0]!.click();
		flushSync();
		expect(changed).toBe(example.choices[0]!.value);
	});
});

describe('other parts', () => {
	it('StepProgress says "Steg 2 av 5" in words', () => {
		const el = render(StepProgress as never, { current: 2, total: 5 });
		expect(el.textContent).toContain(m.step_progress({ current: 2, total: 5 }, { locale: 'nb' }));
	});

	it('ExplainWord opens its one-sentence explanation on tap', () => {
		const el = render(ExplainWord as never, { word: 'NAV', explanation: 'NAV hjelper deg med jobb.' });
		const button = el.querySelector('button[aria-expanded]')!;
		const panel = el.querySelector('[role=note]')!;
		expect(panel.hasAttribute('hidden')).toBe(true);
		(button as HTMLButtonElement).click();
		flushSync();
		expect(button.getAttribute('aria-expanded')).toBe('true');
		expect(panel.hasAttribute('hidden')).toBe(false);
		expect(panel.textContent).toContain('NAV hjelper deg med jobb.');
	});

	it('an error message starts with a hidden "Feil:" for screen readers', () => {
		const el = render(Message as never, { variant: 'error', title: 'Telefonen er full.' });
		expect(el.querySelector('.jv-visually-hidden')?.textContent).toContain('Feil');
	});

	it('TextField wires its label, hint and error to the input', () => {
		const el = render(TextField as never, { label: 'Hva heter du?', hint: 'Fornavn', error: 'Skriv navnet ditt først.' });
		const input = el.querySelector('input')!;
		expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Hva heter du?');
		expect(input.getAttribute('aria-invalid')).toBe('true');
		const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
		expect(described.join(' ')).toContain('Fornavn');
		expect(described.join(' ')).toContain('Skriv navnet ditt først.');
	});
});

describe('VoiceRecorder', () => {
	const button = (el: HTMLElement, name: string) =>
		[...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
	const names = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent?.trim()).filter(Boolean);
	/** Lets promises, microtasks and Svelte's updates run. */
	const settle = async () => {
		for (let i = 0; i < 5; i++) {
			await new Promise((r) => setTimeout(r, 0));
			flushSync();
		}
	};

	it.each(voiceRecorderExamples)('$name: a group named by its question, every button with visible text', async (example) => {
		const el = render(VoiceRecorder as never, {
			label: m[example.label](),
			value: example.value === 'sample' ? sampleSound() : null,
			env: example.env === 'unsupported' ? unsupportedEnv : fakeEngine().env
		});
		await settle();
		const group = el.querySelector('[role="group"]')!;
		expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe(m[example.label]());
		for (const b of el.querySelectorAll('button')) {
			if (b.hasAttribute('aria-label')) continue; // the speaker buttons of messages
			expect(b.getAttribute('type')).toBe('button');
			expect(b.textContent?.trim()).not.toBe('');
		}
		if (example.env === 'unsupported') {
			expect(el.textContent).toContain(m.voice_unsupported());
			expect(el.textContent).toContain(m.voice_write_instead());
			expect(button(el, m.voice_record())).toBeUndefined();
		} else if (example.value) {
			expect(names(el)).toEqual(expect.arrayContaining([m.voice_play(), m.voice_redo(), m.voice_delete()]));
		} else {
			expect(button(el, m.voice_record())?.disabled).toBe(false);
		}
	});

	it('records, shows seconds and a bar while recording, then keeps it through onsave', async () => {
		const engine = fakeEngine({ bytes: 4000 });
		const saved: [number, string, number][] = [];
		const el = render(VoiceRecorder as never, {
			label: 'Hva gjorde du?',
			env: engine.env,
			onsave: (bytes: ArrayBuffer, type: string, ms: number) => void saved.push([bytes.byteLength, type, ms])
		});
		await settle();
		button(el, m.voice_record())!.click();
		await settle();
		expect(button(el, m.voice_stop())).toBeDefined();
		expect(document.activeElement).toBe(button(el, m.voice_stop()));
		expect(engine.tracks[0]!.stopped).toBe(false);
		engine.advance(3_000);
		await vi.waitFor(() => {
			flushSync();
			expect(el.querySelector('[data-voice="seconds"]')?.textContent).toBe(m.voice_seconds({ seconds: 3, max: 60 }));
		});
		expect(el.querySelector<HTMLElement>('.jv-voice__fill')!.style.inlineSize).toBe('5%');
		button(el, m.voice_stop())!.click();
		await settle();
		// The microphone is off as soon as the recording is done.
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(names(el)).toEqual(expect.arrayContaining([m.voice_play(), m.voice_keep(), m.voice_redo(), m.voice_delete()]));
		expect(el.querySelector('audio')?.getAttribute('src')).toMatch(/^blob:/);
		expect(el.textContent).toContain(m.voice_length({ seconds: 3 }));
		button(el, m.voice_keep())!.click();
		await settle();
		expect(saved).toEqual([[4000, 'audio/webm;codecs=opus', 3000]]);
		expect(button(el, m.voice_keep())).toBeUndefined();
		expect(names(el)).toEqual(expect.arrayContaining([m.voice_play(), m.voice_redo(), m.voice_delete()]));
	});

	it('stops by itself at 60 seconds and says why', async () => {
		const engine = fakeEngine();
		const el = render(VoiceRecorder as never, { label: 'Hva gjorde du?', env: engine.env });
		await settle();
		button(el, m.voice_record())!.click();
		await settle();
		engine.advance(60_000);
		await settle();
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(button(el, m.voice_keep())).toBeDefined();
		expect(el.textContent).toContain(m.voice_limit());
		await vi.waitFor(() => expect(announcer.text).toBe(m.voice_limit()));
	});

	it('deleting a kept recording asks nothing, calls ondelete, and "Angre" stores it again', async () => {
		const onsave = vi.fn();
		const ondelete = vi.fn();
		const sample = sampleSound();
		const el = render(VoiceRecorder as never, { label: 'Hva gjorde du?', value: sample, env: fakeEngine().env, onsave, ondelete });
		await settle();
		button(el, m.voice_delete())!.click();
		await settle();
		expect(ondelete).toHaveBeenCalledTimes(1);
		expect(el.textContent).toContain(m.voice_deleted());
		expect(button(el, m.voice_record())).toBeDefined();
		button(el, m.undo())!.click();
		await settle();
		expect(onsave).toHaveBeenCalledWith(sample.bytes, 'audio/wav', 1500);
		expect(button(el, m.voice_play())).toBeDefined();
		expect(button(el, m.undo())).toBeUndefined();
	});

	it('says plainly when the microphone is refused, and offers to try again', async () => {
		const engine = fakeEngine({
			gum: async () => {
				throw domError('NotAllowedError');
			}
		});
		const el = render(VoiceRecorder as never, { label: 'Hva gjorde du?', env: engine.env });
		await settle();
		button(el, m.voice_record())!.click();
		await settle();
		expect(el.textContent).toContain(m.voice_denied());
		expect(el.textContent).toContain(m.voice_write_instead());
		expect(button(el, m.voice_record())).toBeUndefined();
		expect(button(el, m.voice_try_again())).toBeDefined();
	});

	it('a recorder that refuses the stream turns the mic off and says recording is not possible here', async () => {
		const engine = fakeEngine({ constructorError: 'NotSupportedError' });
		const el = render(VoiceRecorder as never, { label: 'Hva gjorde du?', env: engine.env });
		await settle();
		button(el, m.voice_record())!.click();
		await settle();
		expect(engine.tracks[0]!.stopped).toBe(true);
		expect(el.textContent).toContain(m.voice_unsupported());
		expect(el.textContent).toContain(m.voice_write_instead());
		expect(button(el, m.voice_record())).toBeUndefined();
	});

	it('a full device keeps the recording on screen and says what to do', async () => {
		const engine = fakeEngine();
		const el = render(VoiceRecorder as never, {
			label: 'Hva gjorde du?',
			env: engine.env,
			onsave: async () => {
				throw Object.assign(new Error('full'), { name: 'StorageFullError' });
			}
		});
		await settle();
		button(el, m.voice_record())!.click();
		await settle();
		engine.advance(2_000);
		button(el, m.voice_stop())!.click();
		await settle();
		button(el, m.voice_keep())!.click();
		await settle();
		expect(el.textContent).toContain(m.problem_full());
		expect(button(el, m.voice_keep())).toBeDefined();
	});
});
