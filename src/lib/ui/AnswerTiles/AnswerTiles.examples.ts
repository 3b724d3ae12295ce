import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { nothing, type Example } from '$lib/ui/examples';
import type AnswerTiles from './AnswerTiles.svelte';

const likes = () =>
	[
		{ id: 'like', symbol: 'feel_like', label: m.answer_like() },
		{ id: 'unsure', symbol: 'feel_maybe', label: m.answer_unsure() },
		{ id: 'dislike', symbol: 'feel_dislike', label: m.answer_dislike() }
	] as const;

export const answerTilesExamples: Example<ComponentProps<typeof AnswerTiles>>[] = [
	// Three answers with their keys; the screen moves on after a tap, so none shows as chosen.
	{ name: 'three-with-keys', props: () => ({ label: m.dev_example_choice(), cards: likes(), keys: true, onchoose: nothing }) },
	// Two answers, one given: "valgt" for screen readers, a thicker edge for the eyes.
	{ name: 'two-one-chosen', props: () => ({ label: m.dev_example_choice(), cards: likes().slice(0, 2), chosen: 'like', onchoose: nothing }) }
];
