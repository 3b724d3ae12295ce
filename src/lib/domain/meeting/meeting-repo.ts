import { db } from '$lib/storage/db';
import { keepValid, validate, write } from '$lib/storage/records';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { addPlanSteps } from '$lib/domain/plan/steps-repo';
import type { PlanStep } from '$lib/domain/plan/step-schema';
import { agreedToPlanSteps, newestFirst } from './meeting-rules';
import { Meeting, type MeetingChange, type MeetingPart } from './schema';

/** The person's meetings, newest first (by revision, never by the clock or the meeting dates). */
export async function listMeetings(profileId: string): Promise<Meeting[]> {
	const raw = await (await db()).getAllFromIndex('meetings', 'by-profile', profileId);
	return newestFirst(keepValid('meetings', Meeting, raw));
}

export async function getMeeting(id: string): Promise<Meeting | undefined> {
	const raw = await (await db()).get('meetings', id);
	return raw === undefined ? undefined : keepValid('meetings', Meeting, [raw])[0];
}

/** "Forbered et møte": an empty meeting the screens fill in, one answer at a time. */
export async function createMeeting(profileId: string, by: AnsweredBy): Promise<Meeting> {
	return write(['meetings'], async (tx, rev) => {
		const record = validate('meetings', Meeting, {
			id: crypto.randomUUID(),
			profileId,
			attendees: [],
			points: [],
			questions: { suggested: [], own: [] },
			wishes: [],
			after: { agreed: '', steps: [] },
			answeredBy: by,
			partsBy: {},
			createdRev: rev,
			rev
		});
		await tx.objectStore('meetings').put(record);
		return record;
	});
}

/** A change, or a function that makes it from the meeting as it is stored right now. */
export type MeetingUpdate = MeetingChange | ((current: Meeting) => MeetingChange);

/**
 * Changes one part of a meeting; a field given as `undefined` is cleared. Reads the stored record in
 * the same transaction, so a change made in another tab to another part is kept ([Note: autosave]);
 * a function change is made from that stored record, so quick taps in a row never undo each other.
 * `by` is kept as who gave that part, and as who last changed the meeting.
 */
export async function updateMeeting(id: string, part: MeetingPart, update: MeetingUpdate, by: AnsweredBy): Promise<Meeting> {
	return write(['meetings'], async (tx, rev) => {
		const store = tx.objectStore('meetings');
		const current = validate('meetings', Meeting, await store.get(id));
		const change = typeof update === 'function' ? update(current) : update;
		const next: Record<string, unknown> = { ...current, ...change, answeredBy: by, partsBy: { ...current.partsBy, [part]: by }, rev };
		for (const [key, value] of Object.entries(change)) if (value === undefined) delete next[key];
		const record = validate('meetings', Meeting, next);
		await store.put(record);
		return record;
	});
}

export async function deleteMeeting(id: string): Promise<void> {
	await write(['meetings'], async (tx) => {
		await tx.objectStore('meetings').delete(id);
	});
}

/**
 * "Legg stegene i planen": the agreed rows not yet in Min plan are added in one go (all or none), then
 * the rows remember their plan step, so pressing again never adds a step twice.
 */
export async function addAgreedSteps(id: string, by: AnsweredBy): Promise<{ meeting: Meeting; added: PlanStep[] }> {
	const meeting = await getMeeting(id);
	if (!meeting) throw new Error(`No meeting ${id}`);
	const { rowIds, steps } = agreedToPlanSteps(meeting.id, meeting.after.steps);
	if (steps.length === 0) return { meeting, added: [] };
	const added = await addPlanSteps(meeting.profileId, steps, by);
	return write(['meetings'], async (tx, rev) => {
		const store = tx.objectStore('meetings');
		const current = validate('meetings', Meeting, await store.get(id));
		const stepOf = new Map(rowIds.map((rowId, i) => [rowId, added[i]?.id]));
		const after = { ...current.after, steps: current.after.steps.map((s) => (stepOf.get(s.id) ? { ...s, stepId: stepOf.get(s.id)! } : s)) };
		const record = validate('meetings', Meeting, { ...current, after, answeredBy: by, partsBy: { ...current.partsBy, steps: by }, rev });
		await store.put(record);
		return { meeting: record, added };
	});
}
