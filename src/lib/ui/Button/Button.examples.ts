import type { SymbolId } from '$lib/symbols/registry';

/** Named examples: the dev gallery shows them and the tests render every one (GOV.UK Frontend). */
export const buttonExamples: {
	name: string;
	variant: 'primary' | 'secondary' | 'quiet' | 'danger';
	symbol?: SymbolId;
	large?: boolean;
	label: 'next' | 'save' | 'cancel' | 'settings_delete';
}[] = [
	{ name: 'primary-large', variant: 'primary', symbol: 'ui_next', large: true, label: 'next' },
	{ name: 'secondary', variant: 'secondary', symbol: 'ui_save', label: 'save' },
	{ name: 'quiet', variant: 'quiet', label: 'cancel' },
	{ name: 'danger', variant: 'danger', symbol: 'ui_delete', label: 'settings_delete' }
];
