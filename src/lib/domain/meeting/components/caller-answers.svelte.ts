import { JourneyState } from '$lib/domain/journey/journey.svelte';
import type { Journey } from '$lib/domain/journey/journey';
import type { MeetingsState } from '../meeting.svelte';
import { callerJourney } from '../caller-questions';

/**
 * The screens where the person answers the caller's questions (/meeting/caller?id=…&q=…): the meeting's
 * questions as a journey, and the person's answers to it, read once the meeting is known. Each answer
 * is stored as the person gives it, with who gave it, like every other journey.
 */
export class CallerAnswersView {
	readonly #meetings: () => MeetingsState | null;
	readonly #id: () => string | null;

	meeting = $derived.by(() => this.#meetings()?.meeting(this.#id()));
	/** With no meeting (yet) a journey without questions: the screen then says the question is not found. */
	journey: Journey = $derived.by(() => callerJourney(this.meeting ?? { id: this.#id() ?? '', callerQuestions: [] }));
	state = $derived.by(() => {
		const profileId = this.#meetings()?.profileId;
		if (!profileId || !this.meeting) return null;
		const state = new JourneyState(profileId, this.journey);
		void state.load();
		return state;
	});
	/** The meetings are read, so a missing meeting or question can be told. */
	ready = $derived.by(() => !!this.#meetings()?.loaded);

	constructor(meetings: () => MeetingsState | null, id: () => string | null) {
		this.#meetings = meetings;
		this.#id = id;
	}
}
