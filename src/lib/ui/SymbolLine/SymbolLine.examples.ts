import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import type { Example } from '$lib/ui/examples';
import type SymbolLine from './SymbolLine.svelte';

export const symbolLineExamples: Example<ComponentProps<typeof SymbolLine>>[] = [
	{ name: 'status', props: () => ({ symbol: 'ui_lock', text: m.code_on() }) },
	{ name: 'small', props: () => ({ symbol: 'doc_calendar', text: m.meeting_step_due(), small: true }) },
	{ name: 'small-strong', props: () => ({ symbol: 'ui_done', text: m.meeting_step_in_plan(), small: true, strong: true }) }
];
