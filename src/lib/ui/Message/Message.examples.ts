import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type Message from './Message.svelte';
import { tryAgain } from './Message.snippets.svelte';

export const messageExamples: Example<ComponentProps<typeof Message>>[] = [
	{ name: 'error', props: () => ({ variant: 'error', title: m.problem_full() }) },
	// An error always says what to do: here with a button for it.
	{ name: 'error-action', props: () => ({ variant: 'error', symbol: 'ui_microphone', title: m.voice_failed(), text: m.voice_write_instead(), action: tryAgain }) },
	{ name: 'success', props: () => ({ variant: 'success', title: m.code_setup_saved() }) },
	{ name: 'info', props: () => ({ variant: 'info', title: m.update_available() }) },
	{ name: 'empty', props: () => ({ variant: 'empty', title: m.start_empty_title(), text: m.start_empty_text() }) }
];
