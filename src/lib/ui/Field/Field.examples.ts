import { m } from '$lib/paraglide/messages';
import { createRawSnippet, type ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type Field from './Field.svelte';
import type { FieldControl } from './Field.svelte';

/** A plain input in the frame, wired as TextField wires it. */
const input = createRawSnippet((control: () => FieldControl) => ({
	render: () => {
		const { id, describedBy, invalid } = control();
		return `<input id="${id}" type="text"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${invalid ? ' aria-invalid="true"' : ''} />`;
	}
}));

export const fieldExamples: Example<ComponentProps<typeof Field>>[] = [
	{ name: 'hint', props: () => ({ label: m.helper_name_label(), hint: m.new_name_hint(), children: input }) },
	{ name: 'error', props: () => ({ label: m.new_name_label(), error: m.new_name_missing(), children: input }) },
	{ name: 'label-hidden', props: () => ({ label: m.new_name_label(), labelHidden: true, children: input }) }
];
