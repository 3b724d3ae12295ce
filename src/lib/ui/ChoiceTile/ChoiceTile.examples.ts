import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { nothing, type Example } from '$lib/ui/examples';
import type ChoiceTile from './ChoiceTile.svelte';

export const choiceTileExamples: Example<ComponentProps<typeof ChoiceTile>>[] = [
	// A plain tile: a tap answers and the screen moves on.
	{ name: 'plain', props: () => ({ symbol: 'feel_like', label: m.answer_like(), onclick: nothing }) },
	// Answered with a key too: the number sits small in the corner.
	{ name: 'with-key', props: () => ({ symbol: 'feel_maybe', label: m.answer_unsure(), shortcut: 2, pressed: false, onclick: nothing }) },
	// On, among tiles where several can be on: a tick for the eyes and "valgt" for screen readers.
	{ name: 'on-with-tick', props: () => ({ symbol: 'me_kind', label: m.me_card_liked_for_kind(), pressed: true, tick: true, onclick: nothing }) }
];
