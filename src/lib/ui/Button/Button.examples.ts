import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { nothing, words, type Example } from '$lib/ui/examples';
import type Button from './Button.svelte';

export const buttonExamples: Example<ComponentProps<typeof Button>>[] = [
	{ name: 'primary-large', props: () => ({ variant: 'primary', symbol: 'ui_next', large: true, onclick: nothing, children: words(() => m.next()) }) },
	{ name: 'secondary', props: () => ({ variant: 'secondary', symbol: 'ui_save', onclick: nothing, children: words(() => m.save()) }) },
	{ name: 'quiet', props: () => ({ variant: 'quiet', onclick: nothing, children: words(() => m.cancel()) }) },
	{ name: 'danger', props: () => ({ variant: 'danger', symbol: 'ui_delete', onclick: nothing, children: words(() => m.settings_delete()) }) },
	// Stays on once tapped (a star): a thicker edge and a tick.
	{ name: 'pressed', props: () => ({ symbol: 'doc_star', 'aria-pressed': true, onclick: nothing, children: words(() => m.star_add()) }) },
	// A link that looks like a button: it goes somewhere instead of doing something.
	{ name: 'link', props: () => ({ href: '/about', symbol: 'ui_info', children: words(() => m.home_about()) }) },
	// Waits for something (a save under way); dashed, so it is not colour alone.
	{ name: 'disabled', props: () => ({ variant: 'primary', symbol: 'ui_done', disabled: true, children: words(() => m.done()) }) }
];
