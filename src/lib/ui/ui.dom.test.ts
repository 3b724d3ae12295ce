import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { createRawSnippet } from 'svelte';
import { m } from '$lib/paraglide/messages';
import Button from './Button.svelte';
import ChoiceGroup from './ChoiceGroup.svelte';
import StepProgress from './StepProgress.svelte';
import ExplainWord from './ExplainWord.svelte';
import Message from './Message.svelte';
import TextField from './TextField.svelte';
import { buttonExamples } from './Button.examples';
import { choiceGroupExamples } from './ChoiceGroup.examples';

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
