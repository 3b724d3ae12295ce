import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type PageFrame from './PageFrame.svelte';
import { body, next } from './PageFrame.snippets.svelte';

/**
 * A PageFrame is a whole page (its bar, main and heading), so the gallery shows each example on a
 * page of its own: /dev/components/frame?example=<name>.
 */
export const pageFrameExamples: Example<ComponentProps<typeof PageFrame>>[] = [
	{ name: 'page', props: () => ({ title: m.dev_title(), symbol: 'ui_settings', back: '/dev/components', children: body, actions: next }) },
	// One step of several, with the person's "Bytt person".
	{ name: 'step', props: () => ({ title: m.meeting_part_who(), symbol: 'doc_people_table', back: '/dev/components', switchPerson: true, step: { current: 2, total: 5 }, children: body, actions: next }) },
	// The start screen: no Back or Home, a larger heading.
	{ name: 'start', props: () => ({ title: m.dev_title(), navigation: false, hero: true, children: body }) }
];
