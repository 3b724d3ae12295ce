import type { SymbolId } from '$lib/symbols/registry';

/** Named examples for the dev gallery and tests. Labels are message keys. */
export const choiceGroupExamples: {
	name: string;
	layout: 'grid' | 'list';
	choices: { value: string; label: 'theme_default' | 'theme_dark' | 'theme_contrast'; symbol: SymbolId }[];
	value?: string;
}[] = [
	{
		name: 'themes',
		layout: 'grid',
		choices: [
			{ value: 'default', label: 'theme_default', symbol: 'theme_default' },
			{ value: 'dark', label: 'theme_dark', symbol: 'theme_dark' },
			{ value: 'contrast', label: 'theme_contrast', symbol: 'theme_contrast' }
		],
		value: 'dark'
	}
];
