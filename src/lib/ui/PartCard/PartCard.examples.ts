import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type PartCard from './PartCard.svelte';
import { cvPart, dreamJob } from './PartCard.snippets.svelte';

export const partCardExamples: Example<ComponentProps<typeof PartCard>>[] = [
	{ name: 'part', props: () => ({ headingId: 'example-part-dream', symbol: 'doc_star', title: m.plan_part_dream_job(), spoken: m.plan_part_dream_job(), children: dreamJob }) },
	// A long text for adults (a CV): a normal symbol, more room for words, no "Les opp".
	{ name: 'wide', props: () => ({ headingId: 'example-part-support', symbol: 'sup_help', symbolSize: 'normal', wide: true, title: m.me_part_support(), children: cvPart }) },
	// Under a heading of its own (a meeting's page): the part's heading is one level down.
	{ name: 'level-3', props: () => ({ headingId: 'example-part-level', symbol: 'doc_goal', title: m.plan_part_this_year(), spoken: m.plan_part_this_year(), level: 3, children: dreamJob }) }
];
