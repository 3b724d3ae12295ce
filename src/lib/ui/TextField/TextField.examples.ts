import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type TextField from './TextField.svelte';

export const textFieldExamples: Example<ComponentProps<typeof TextField>>[] = [
	{ name: 'hint', props: () => ({ label: m.new_name_label(), hint: m.new_name_hint() }) },
	{ name: 'error', props: () => ({ label: m.new_name_label(), error: m.new_name_missing() }) },
	{ name: 'filled', props: () => ({ label: m.helper_name_label(), value: 'Kari', autocomplete: 'off' }) },
	// The phone shows its own date picker.
	{ name: 'date', props: () => ({ label: m.meeting_step_due(), type: 'date' }) }
];
