import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type StepProgress from './StepProgress.svelte';

export const stepProgressExamples: Example<ComponentProps<typeof StepProgress>>[] = [
	{ name: 'first', props: () => ({ current: 1, total: 3 }) },
	{ name: 'middle', props: () => ({ current: 2, total: 5 }) },
	{ name: 'last', props: () => ({ current: 5, total: 5 }) },
	// A day with many tasks: the dots wrap on a phone.
	{ name: 'many', props: () => ({ current: 7, total: 14 }) }
];
