import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type CardGrid from './CardGrid.svelte';
import { threeCards } from './CardGrid.snippets.svelte';

export const cardGridExamples: Example<ComponentProps<typeof CardGrid>>[] = [
	{ name: 'cards', props: () => ({ children: threeCards }) },
	// Named for screen readers when a page has more than one list of cards.
	{ name: 'named', props: () => ({ label: m.home_plan(), children: threeCards }) },
	// Wider cards for ones that hold a lot.
	{ name: 'wide', props: () => ({ wide: true, children: threeCards }) }
];
