import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type TextArea from './TextArea.svelte';

export const textAreaExamples: Example<ComponentProps<typeof TextArea>>[] = [
	{ name: 'own-words', props: () => ({ label: m.trial_text_label() }) },
	// A start for the sentence under the question.
	{ name: 'sentence-start', props: () => ({ label: m.trial_plan_find_out(), hint: m.trial_plan_find_out_start() }) },
	// The page heading asks the question; the label is for screen readers.
	{ name: 'label-hidden', props: () => ({ label: m.trial_plan_will_do(), labelHidden: true, value: m.dev_example_text() }) },
	// A helper's long sentence: the easy-read check says so under the box, and the words are kept all the same.
	{ name: 'note', props: () => ({ label: m.trial_text_label(), value: m.dev_example_text(), note: m.own_words_hint_long() }) },
	{ name: 'error', props: () => ({ label: m.trial_text_label(), error: m.new_name_missing(), rows: 3 }) }
];
