import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { nothing, type Example } from '$lib/ui/examples';
import type ActionCard from './ActionCard.svelte';

export const actionCardExamples: Example<ComponentProps<typeof ActionCard>>[] = [
	{ name: 'link', props: () => ({ href: '/about', symbol: 'ui_settings', title: m.home_settings(), text: m.home_settings_text() }) },
	{ name: 'button', props: () => ({ onclick: nothing, symbol: 'doc_plan', title: m.home_plan(), text: m.home_plan_text() }) },
	// Extra words only a screen reader says ("har bildekode"), after the title.
	{ name: 'screen-reader-note', props: () => ({ href: '/about', symbol: 'ui_lock', title: m.me_title(), srNote: m.code_on() }) },
	{ name: 'disabled', props: () => ({ onclick: nothing, symbol: 'doc_meeting', title: m.home_meeting(), text: m.home_meeting_text(), disabled: true }) }
];
