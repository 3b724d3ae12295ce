import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type SymbolList from './SymbolList.svelte';
import { cards, changes } from './SymbolList.snippets.svelte';

export const symbolListExamples: Example<ComponentProps<typeof SymbolList>>[] = [
	{ name: 'lines', props: () => ({ label: m.restore_newer_here(), children: changes }) },
	// Chosen cards side by side, as many as fit.
	// Whole sentences given as facts, with room between them (Om appen).
	{ name: 'facts', props: () => ({ layout: 'facts', items: [{ symbol: 'ui_lock', text: m.code_on() }, { symbol: 'ui_info', text: m.info_intro() }] }) },
	{ name: 'grid', props: () => ({ layout: 'grid', testid: 'example-cards', children: cards }) }
];
