import { describe, expect, it, vi } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'svelte';
import { m } from '$lib/paraglide/messages';
import ChoiceGroup from '$lib/ui/ChoiceGroup/ChoiceGroup.svelte';
import StepProgress from '$lib/ui/StepProgress/StepProgress.svelte';
import ExplainWord from '$lib/ui/ExplainWord/ExplainWord.svelte';
import Message from '$lib/ui/Message/Message.svelte';
import SelectField from '$lib/ui/SelectField/SelectField.svelte';
import TextArea from '$lib/ui/TextArea/TextArea.svelte';
import TextField from '$lib/ui/TextField/TextField.svelte';
import { choiceGroupExamples } from '$lib/ui/ChoiceGroup/ChoiceGroup.examples';
import { selectFieldExamples } from '$lib/ui/SelectField/SelectField.examples';
import VoiceRecorder from '$lib/ui/VoiceRecorder/VoiceRecorder.svelte';
import { voiceRecorderExamples, sampleSound } from '$lib/ui/VoiceRecorder/VoiceRecorder.examples';
import { KIT } from './kit';
import { announcer } from './announce.svelte';
import { domError, fakeEngine } from '../../../tests/unit/fake-media';
import { mounter } from '../../../tests/unit/mount';

const render = mounter();

const CONTROLS = 'button, a[href], input:not([type=hidden]), select, textarea';

/** The name a screen reader gives a control, from its label, aria-label(ledby) or its own text. */
function accessibleName(el: Element): string {
	const byIds = el.getAttribute('aria-labelledby');
	if (byIds) return byIds.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
	const aria = el.getAttribute('aria-label');
	if (aria) return aria.trim();
	if (el.matches('input, select, textarea')) {
		const label = (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label');
		return label?.textContent?.trim() ?? '';
	}
	return el.textContent?.trim() ?? '';
}

describe('the kit as GOV.UK Frontend keeps it', () => {
	it('every part folder has its examples file and a line in KIT, and every part has examples', () => {
		const folders = readdirSync(__dirname, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
		expect(KIT.map((p) => p.name).sort()).toEqual(folders);
		for (const part of folders) expect(existsSync(join(__dirname, part, `${part}.examples.ts`)), part).toBe(true);
		for (const part of KIT) {
			expect(part.examples.length, part.name).toBeGreaterThan(0);
			expect(new Set(part.examples.map((e) => e.name)).size, `${part.name}: example names are unique`).toBe(part.examples.length);
		}
	});

	const cases = KIT.flatMap((part) => part.examples.map((example) => ({ part: part.name, name: example.name, component: part.component, example })));
	it.each(cases)('$part/$name renders, and every control is named, real and reachable', async ({ part, component, example }) => {
		// The recorder gets a fake microphone unless the example brings its own browser.
		const props = { ...(part === 'VoiceRecorder' ? { env: fakeEngine().env } : {}), ...example.props() };
		const el = render(component as never, props);
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
		expect(el.children.length).toBeGreaterThan(0);

		const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids are unique').toEqual([]);
		for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
			for (const node of el.querySelectorAll(`[${attr}]`)) {
				for (const id of node.getAttribute(attr)!.split(' ')) expect(document.getElementById(id), `${attr}="${id}"`).not.toBeNull();
			}
		}
		for (const label of el.querySelectorAll('label[for]')) expect(document.getElementById(label.getAttribute('for')!), 'label for').not.toBeNull();

		for (const control of el.querySelectorAll<HTMLElement>(CONTROLS)) {
			const what = control.outerHTML.slice(0, 80);
			expect(accessibleName(control), `${what} has a name`).not.toBe('');
			if (control.tagName === 'BUTTON') expect(control.getAttribute('type'), `${what} says its type`).toMatch(/^(button|submit)$/);
			// Tab order is the reading order: no positive tabindex, and nothing taken out of it.
			expect(control.tabIndex, `${what} is in the Tab order`).toBe(0);
		}
		// Symbols stand beside words: hidden from screen readers.
		for (const symbol of el.querySelectorAll('.jv-symbol')) expect(symbol.getAttribute('aria-hidden')).toBe('true');
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

	it.each(choiceGroupExamples)('ChoiceGroup $name: native radios in a fieldset, each with a speaker button', (example) => {
		let changed: string | undefined;
		const props = example.props();
		const el = render(ChoiceGroup as never, { ...props, onValueChange: (v: string) => (changed = v) });
		expect(el.querySelector('fieldset legend')?.textContent).toBe(props.legend);
		const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
		expect(radios).toHaveLength(props.choices.length);
		expect(radios.find((r) => r.checked)?.value).toBe(props.value);
		expect(el.querySelectorAll('button[aria-label]')).toHaveLength(props.choices.length);
		radios[0]!.click();
		flushSync();
		expect(changed).toBe(props.choices[0]!.value);
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

	it('TextArea wires its label and hint to the box, hides the label when asked, and binds the words', () => {
		const el = render(TextArea as never, { label: 'Hva vil du finne ut?', labelHidden: true, hint: 'Jeg vil finne ut om …', value: 'om jeg liker hester' });
		const area = el.querySelector('textarea')!;
		const label = el.querySelector(`label[for="${area.id}"]`)!;
		expect(label.textContent).toBe('Hva vil du finne ut?');
		expect(label.classList.contains('jv-visually-hidden')).toBe(true);
		expect(document.getElementById(area.getAttribute('aria-describedby')!)?.textContent).toBe('Jeg vil finne ut om …');
		expect(area.value).toBe('om jeg liker hester');
		expect(area.maxLength).toBe(2000);
	});

	it.each(selectFieldExamples)('SelectField $name: a native select named by its label that hands on the choice', (example) => {
		const chosen: string[] = [];
		const props = example.props();
		const el = render(SelectField as never, { ...props, onValueChange: (v: string) => chosen.push(v) });
		const select = el.querySelector('select')!;
		expect(el.querySelector(`label[for="${select.id}"]`)?.textContent).toBe(props.label);
		expect([...select.options].map((o) => o.textContent)).toEqual(props.options.map((o) => o.label));
		if (props.value) expect(select.value).toBe(props.value);
		select.value = 'parent';
		select.dispatchEvent(new Event('change', { bubbles: true }));
		expect(chosen).toEqual(['parent']);
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
		const props = { env: fakeEngine().env, ...example.props() };
		const el = render(VoiceRecorder as never, props);
		await settle();
		const group = el.querySelector('[role="group"]')!;
		expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe(props.label);
		for (const b of el.querySelectorAll('button')) {
			if (b.hasAttribute('aria-label')) continue; // the speaker buttons of messages
			expect(b.getAttribute('type')).toBe('button');
			expect(b.textContent?.trim()).not.toBe('');
		}
		if (example.name === 'unsupported') {
			expect(el.textContent).toContain(m.voice_unsupported());
			expect(el.textContent).toContain(m.voice_write_instead());
			expect(button(el, m.voice_record())).toBeUndefined();
		} else if (props.value) {
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
			onsave: async () => false
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
