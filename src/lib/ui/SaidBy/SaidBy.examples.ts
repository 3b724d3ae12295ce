import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { words, type Example } from '$lib/ui/examples';
import type SaidBy from './SaidBy.svelte';

export const saidByExamples: Example<ComponentProps<typeof SaidBy>>[] = [
	{ name: 'helper', props: () => ({ children: words(() => m.answered_by_helper({ helper: m.helper_teacher() })) }) },
	{ name: 'self', props: () => ({ testid: 'answered-by', children: words(() => m.answered_by_self()) }) }
];
