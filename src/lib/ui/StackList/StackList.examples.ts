import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type StackList from './StackList.svelte';
import { boxes, lines } from './StackList.snippets.svelte';

export const stackListExamples: Example<ComponentProps<typeof StackList>>[] = [
	{ name: 'boxes', props: () => ({ children: boxes }) },
	// Short lines close together (the hard words of a screen).
	{ name: 'small-gap', props: () => ({ gap: 'small', children: lines }) }
];
