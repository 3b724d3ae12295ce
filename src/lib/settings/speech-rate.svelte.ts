import type { SpeechRate } from './schema';

/** The active person's reading speed, read by every speaker button. */
export const speechRate = $state<{ value: SpeechRate }>({ value: 'normal' });
