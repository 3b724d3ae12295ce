import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type SpokenText from './SpokenText.svelte';

export const spokenTextExamples: Example<ComponentProps<typeof SpokenText>>[] = [
	{ name: 'sentences', props: () => ({ sentences: [m.info_intro(), m.info_options_intro()], testid: 'example-spoken' }) },
	// A single text is one sentence.
	{ name: 'one', props: () => ({ sentences: [m.info_roles_intro()] }) }
];
