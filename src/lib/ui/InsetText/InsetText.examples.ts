import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type InsetText from './InsetText.svelte';

export const insetTextExamples: Example<ComponentProps<typeof InsetText>>[] = [
	{ name: 'own-words', props: () => ({ text: m.dev_example_text(), label: m.me_own_words() }) },
	// A helper's words: a dashed edge.
	{ name: 'helper', props: () => ({ text: m.dev_example_text(), label: m.me_own_words(), helper: true }) }
];
