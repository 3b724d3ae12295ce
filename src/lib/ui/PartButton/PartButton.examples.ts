import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type PartButton from './PartButton.svelte';

export const partButtonExamples: Example<ComponentProps<typeof PartButton>>[] = [
	{ name: 'empty', props: () => ({ href: '/about', title: m.me_part_important(), filled: false, fill: m.me_fill(), change: m.me_change() }) },
	{ name: 'filled', props: () => ({ href: '/about', title: m.me_part_liked_for(), filled: true, fill: m.me_fill(), change: m.me_change() }) }
];
