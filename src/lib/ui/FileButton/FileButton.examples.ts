import { m } from '$lib/paraglide/messages';
import type { ComponentProps } from 'svelte';
import { nothing, type Example } from '$lib/ui/examples';
import type FileButton from './FileButton.svelte';

export const fileButtonExamples: Example<ComponentProps<typeof FileButton>>[] = [
	{ name: 'photo', props: () => ({ label: m.new_picture_photo(), onfile: nothing }) },
	// A phone opens the back camera first.
	{ name: 'camera', props: () => ({ label: m.trial_photo_take(), symbol: 'ui_camera', capture: 'environment', onfile: nothing }) }
];
