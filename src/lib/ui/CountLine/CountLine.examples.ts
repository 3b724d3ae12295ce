import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type CountLine from './CountLine.svelte';

export const countLineExamples: Example<ComponentProps<typeof CountLine>>[] = [
	{ name: 'with-symbol', props: () => ({ symbol: 'ui_done', text: m.plan_filled({ count: 2 }) }) },
	{ name: 'words', props: () => ({ text: m.me_filled({ count: 1 }) }) }
];
