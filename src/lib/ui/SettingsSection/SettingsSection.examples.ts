import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { words, type Example } from '$lib/ui/examples';
import type SettingsSection from './SettingsSection.svelte';

export const settingsSectionExamples: Example<ComponentProps<typeof SettingsSection>>[] = [
	{ name: 'storage', props: () => ({ headingId: 'example-storage-heading', title: m.settings_storage(), children: words(() => m.storage_granted()) }) }
];
