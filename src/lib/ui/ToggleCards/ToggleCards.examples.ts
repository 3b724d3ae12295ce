import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { nothing, type Example } from '$lib/ui/examples';
import type ToggleCards from './ToggleCards.svelte';

const cards = () =>
	[
		{ id: 'kind', symbol: 'me_kind', label: m.me_card_liked_for_kind() },
		{ id: 'helpful', symbol: 'me_helpful', label: m.me_card_liked_for_helpful() },
		{ id: 'funny', symbol: 'me_funny', label: m.me_card_liked_for_funny() }
	] as const;

export const toggleCardsExamples: Example<ComponentProps<typeof ToggleCards>>[] = [
	{ name: 'none-chosen', props: () => ({ label: m.me_part_liked_for(), items: cards(), chosen: [], ontoggle: nothing }) },
	// A tick for the eyes and "valgt" for screen readers: never colour alone.
	{ name: 'some-chosen', props: () => ({ label: m.me_part_liked_for(), items: cards(), chosen: ['kind', 'funny'], ontoggle: nothing }) }
];
