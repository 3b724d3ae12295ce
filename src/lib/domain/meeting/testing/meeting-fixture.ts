import { SELF } from '$lib/domain/answers/schema';
import type { Meeting } from '../schema';

/** A meeting with nothing said yet, the person's own, with what a test needs laid over it. */
export function aMeeting(extra: Partial<Meeting> = {}): Meeting {
	return {
		id: 'm1',
		profileId: 'p',
		attendees: [],
		points: [],
		questions: { suggested: [], own: [] },
		wishes: [],
		after: { agreed: '', steps: [] },
		answeredBy: SELF,
		partsBy: {},
		createdRev: 1,
		rev: 1,
		...extra
	};
}
