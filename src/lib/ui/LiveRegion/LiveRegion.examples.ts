import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type LiveRegion from './LiveRegion.svelte';

/** The app's one live region takes no props: it says what `announce()` was last given, unseen. */
export const liveRegionExamples: Example<ComponentProps<typeof LiveRegion>>[] = [{ name: 'region', props: () => ({}) }];
