import { m } from '$lib/paraglide/messages';
import type { Choice } from './ChoiceGroup.svelte';
import type { Example } from '$lib/ui/examples';

/** ChoiceGroup's props for string values (it is generic over the values). */
export interface ChoiceGroupExample {
	legend: string;
	legendHidden?: boolean;
	name: string;
	layout?: 'grid' | 'list';
	choices: Choice<string>[];
	value?: string;
}

const themes = (): Choice<string>[] => [
	{ value: 'default', label: m.theme_default(), symbol: 'theme_default' },
	{ value: 'dark', label: m.theme_dark(), symbol: 'theme_dark' },
	{ value: 'contrast', label: m.theme_contrast(), symbol: 'theme_contrast' }
];

export const choiceGroupExamples: Example<ChoiceGroupExample>[] = [
	{ name: 'grid', props: () => ({ legend: m.dev_example_choice(), name: 'example-grid', layout: 'grid', choices: themes(), value: 'dark' }) },
	// One line under each label, one choice a row.
	{
		name: 'list',
		props: () => ({
			legend: m.dev_example_choice(),
			name: 'example-list',
			layout: 'list',
			choices: [
				{ value: 'transition', label: m.meeting_kind_transition(), description: m.meeting_kind_transition_explained(), symbol: 'doc_school' },
				{ value: 'change', label: m.meeting_kind_change(), description: m.meeting_kind_change_explained(), symbol: 'doc_work' }
			]
		})
	},
	// The page heading asks the question, so the legend is for screen readers only.
	{ name: 'legend-hidden', props: () => ({ legend: m.settings_theme(), legendHidden: true, name: 'example-hidden', choices: themes() }) }
];
