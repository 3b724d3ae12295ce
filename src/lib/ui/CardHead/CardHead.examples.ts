import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type CardHead from './CardHead.svelte';

export const cardHeadExamples: Example<ComponentProps<typeof CardHead>>[] = [
	{ name: 'card', props: () => ({ level: 3, headingId: 'example-card-head', symbol: 'doc_calendar', title: m.info_year(), spoken: m.info_year_text() }) },
	// A card under an h3 ("Tilbud"): a smaller heading.
	{ name: 'level-4', props: () => ({ level: 4, symbol: 'doc_work', title: m.info_local_offers(), spoken: m.info_local_text() }) }
];
