import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type ExplainWord from './ExplainWord.svelte';

export const explainWordExamples: Example<ComponentProps<typeof ExplainWord>>[] = [
	{ name: 'word', props: () => ({ word: m.word_backup(), explanation: m.word_backup_explained() }) },
	// With a link to the word's own page in "Ord og forklaringer".
	{ name: 'read-more', props: () => ({ word: m.word_backup(), explanation: m.word_backup_explained(), more: { href: '/about', label: m.info_word_more({ word: m.word_backup() }) } }) }
];
