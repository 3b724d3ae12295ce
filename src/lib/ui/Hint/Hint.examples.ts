import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { words, type Example } from '$lib/ui/examples';
import type Hint from './Hint.svelte';

export const hintExamples: Example<ComponentProps<typeof Hint>>[] = [
	{ name: 'hint', props: () => ({ children: words(() => m.meeting_who_hint()) }) },
	// With an id, so a question can point to it (aria-describedby).
	{ name: 'with-id', props: () => ({ id: 'example-hint', children: words(() => m.new_name_hint()) }) }
];
