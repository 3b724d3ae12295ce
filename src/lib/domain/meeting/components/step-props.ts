import type { Locale } from '$lib/i18n/locale';
import type { MeetingStepState } from '../meeting-step.svelte';
import type { Meeting, MeetingPart } from '../schema';

/** What every "Møtet" step screen is given; each takes the ones it needs. */
export interface StepProps {
	/** Stores what the person answers on this screen. */
	step: MeetingStepState;
	/** The meeting as stored, to show what was answered. */
	meeting: Meeting;
	part: MeetingPart;
	locale: Locale;
	/** Today, for the calendar screens. */
	today: string;
}
