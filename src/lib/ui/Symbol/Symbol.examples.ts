import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type Symbol from './Symbol.svelte';

/** Symbols stand beside words and are hidden from screen readers; the sizes a screen uses. */
export const symbolExamples: Example<ComponentProps<typeof Symbol>>[] = [
	{ name: 'small', props: () => ({ id: 'ui_listen', size: 'small' }) },
	{ name: 'normal', props: () => ({ id: 'doc_plan' }) },
	{ name: 'large', props: () => ({ id: 'doc_meeting', size: 'large' }) }
];
