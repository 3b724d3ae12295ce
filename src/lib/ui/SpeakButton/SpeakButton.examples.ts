import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type SpeakButton from './SpeakButton.svelte';

export const speakButtonExamples: Example<ComponentProps<typeof SpeakButton>>[] = [{ name: 'sentence', props: () => ({ text: m.dev_example_text() }) }];
