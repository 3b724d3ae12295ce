import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type ButtonGroup from './ButtonGroup.svelte';
import { choices } from './ButtonGroup.snippets.svelte';

export const buttonGroupExamples: Example<ComponentProps<typeof ButtonGroup>>[] = [{ name: 'choices', props: () => ({ children: choices }) }];
