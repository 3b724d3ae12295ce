import { m } from '$lib/paraglide/messages';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { Locale } from '$lib/i18n/locale';
import { announce } from '$lib/ui/announce.svelte';
import type { MeetingsState } from './meeting.svelte';
import type { MeetingUpdate } from './meeting-repo';
import {
	addAttendeePerson,
	addOwnPoint,
	addOwnQuestion,
	nameAttendee,
	newAgreedStep,
	removeAttendeePerson,
	toggleAttendee,
	toggleIn,
	togglePoint,
	type PointOption
} from './meeting-rules';
import { addCallerQuestions, editCallerQuestion, newQuestionId } from './caller-questions';
import { readQuestionFileFrom, type QuestionFileProblem } from './question-file';
import { cardSaid, changeRow, oneDay, type RowChange } from './meeting-step-rules';
import { questionLabel, roleLabel, wishLabel } from './labels';
import type { AgreedStep, AttendeeRole, Meeting, MeetingKind, MeetingPart, SuggestedQuestion, Wish } from './schema';

/**
 * One screen of "Møtet" (one part of one meeting): every answer is stored the moment it is given, and
 * a screen reader hears what was saved. Changes are made from the stored meeting (not the screen's
 * copy), so quick taps never undo each other; `busy` is true while a save is under way.
 */
export class MeetingStepState {
	readonly #meetings: MeetingsState;
	readonly #id: string;
	readonly #part: MeetingPart;
	readonly #by: () => AnsweredBy;
	#pending = $state(0);

	constructor(meetings: MeetingsState, meetingId: string, part: MeetingPart, by: () => AnsweredBy) {
		this.#meetings = meetings;
		this.#id = meetingId;
		this.#part = part;
		this.#by = by;
	}

	get busy(): boolean {
		return this.#pending > 0;
	}

	/** The meeting as stored now. */
	get meeting(): Meeting | undefined {
		return this.#meetings.meeting(this.#id);
	}

	async #while<T>(work: () => Promise<T>): Promise<T> {
		this.#pending++;
		try {
			return await work();
		} finally {
			this.#pending--;
		}
	}

	/** Stores one change of this part; `said` is announced when it was stored. False when the device is full. */
	async save(change: MeetingUpdate, said?: string): Promise<boolean> {
		const ok = await this.#while(() => this.#meetings.update(this.#id, this.#part, change, this.#by()));
		if (ok && said) announce(said);
		return ok;
	}

	/** What "Hva vil du si?" offers: Om meg, the plan and the trials. */
	options(locale: Locale): Record<'about' | 'plan' | 'trial', PointOption[]> {
		return this.#meetings.options(locale);
	}

	kind(kind: MeetingKind): void {
		void this.save({ kind }, m.meeting_saved());
	}

	/** A tap on the calendar of "Når er møtet?" or "Neste møte". */
	day(days: readonly string[]): void {
		const current = this.#part === 'date' ? this.meeting?.date : this.meeting?.after.nextDate;
		const chosen = oneDay(days, current);
		void this.save(this.#part === 'date' ? { date: chosen } : (x) => ({ after: { ...x.after, nextDate: chosen } }));
	}

	time(time: string | undefined, said = true): void {
		void this.save({ time }, said ? m.meeting_saved() : undefined);
	}

	place(place: string): void {
		void this.save({ place: place.trim() || undefined }, m.meeting_saved());
	}

	toggleRole(role: AttendeeRole): void {
		const on = !this.meeting?.attendees.some((a) => a.role === role);
		void this.save((x) => ({ attendees: toggleAttendee(x.attendees, role) }), cardSaid(roleLabel(role), on));
	}

	/** The name of person `index` in a role. */
	nameRole(role: AttendeeRole, index: number, name: string): void {
		void this.save((x) => ({ attendees: nameAttendee(x.attendees, role, index, name) }), m.meeting_saved());
	}

	/** "Legg til én til": two parents or two teachers can both come. */
	addPerson(role: AttendeeRole): void {
		void this.save((x) => ({ attendees: addAttendeePerson(x.attendees, role) }), m.meeting_added({ text: roleLabel(role) }));
	}

	removePerson(role: AttendeeRole, index: number): void {
		void this.save((x) => ({ attendees: removeAttendeePerson(x.attendees, role, index) }), m.meeting_saved());
	}

	/** A question from the one who calls the meeting, written by a helper; true when stored. */
	addCallerQuestion(text: string): Promise<boolean> {
		const clean = text.trim();
		if (!clean) return Promise.resolve(false);
		return this.save((x) => ({ callerQuestions: addCallerQuestions(x.callerQuestions ?? [], [{ text: clean }], newQuestionId) }), m.meeting_added({ text: clean }));
	}

	editCallerQuestion(id: string, text: string): void {
		void this.save((x) => ({ callerQuestions: editCallerQuestion(x.callerQuestions ?? [], id, text) }), m.meeting_saved());
	}

	removeCallerQuestion(id: string): void {
		void this.save((x) => ({ callerQuestions: (x.callerQuestions ?? []).filter((q) => q.id !== id) }), m.meeting_saved());
	}

	/**
	 * Questions from a file: added after the ones already there. A bad file gives its problem and
	 * changes nothing; null when they were stored.
	 */
	async loadQuestionFile(file: Blob): Promise<QuestionFileProblem | 'full' | null> {
		const read = await readQuestionFileFrom(file);
		if (!read.ok) return read.problem;
		const ok = await this.save((x) => ({ callerQuestions: addCallerQuestions(x.callerQuestions ?? [], read.questions, newQuestionId) }), m.meeting_caller_loaded());
		return ok ? null : 'full';
	}

	togglePoint(option: PointOption): void {
		const on = !this.meeting?.points.some((p) => p.id === option.id);
		void this.save((x) => ({ points: togglePoint(x.points, option) }), cardSaid(option.text, on));
	}

	removePoint(id: string): void {
		void this.save((x) => ({ points: x.points.filter((p) => p.id !== id) }));
	}

	/** The person's own point; true when it was stored (the field is emptied then). */
	addPoint(text: string): Promise<boolean> {
		const clean = text.trim();
		if (!clean) return Promise.resolve(false);
		return this.save((x) => ({ points: addOwnPoint(x.points, clean) }), m.meeting_added({ text: clean }));
	}

	toggleQuestion(q: SuggestedQuestion): void {
		const on = !this.meeting?.questions.suggested.includes(q);
		void this.save((x) => ({ questions: { ...x.questions, suggested: toggleIn(x.questions.suggested, q) } }), cardSaid(questionLabel(q), on));
	}

	removeQuestion(question: string): void {
		void this.save((x) => ({ questions: { ...x.questions, own: x.questions.own.filter((q) => q !== question) } }));
	}

	addQuestion(text: string): Promise<boolean> {
		const clean = text.trim();
		if (!clean) return Promise.resolve(false);
		return this.save((x) => ({ questions: { ...x.questions, own: addOwnQuestion(x.questions.own, clean) } }), m.meeting_added({ text: clean }));
	}

	toggleWish(wish: Wish): void {
		const on = !this.meeting?.wishes.includes(wish);
		void this.save((x) => ({ wishes: toggleIn(x.wishes, wish) }), cardSaid(wishLabel(wish), on));
	}

	agreed(text: string): void {
		void this.save((x) => ({ after: { ...x.after, agreed: text.trim() } }), m.meeting_saved());
	}

	/** "Det vi ble enige om", spoken; a full device refuses it, and the recorder says so. */
	saveVoice(bytes: ArrayBuffer, type: string, durationMs: number): Promise<boolean> {
		return this.#meetings.saveVoice(this.#id, { bytes, type, durationMs }, this.#by());
	}

	removeVoice(): Promise<void> {
		return this.#meetings.removeVoice(this.#id);
	}

	/** The media id of the spoken "Det vi ble enige om". */
	get voiceId(): string | undefined {
		return this.#meetings.voices[this.#id];
	}

	#saveRows(steps: (rows: AgreedStep[]) => AgreedStep[]): Promise<boolean> {
		return this.save((x) => ({ after: { ...x.after, steps: steps(x.after.steps) } }));
	}

	changeRow(id: string, change: RowChange): void {
		void this.#saveRows((rows) => changeRow(rows, id, change));
	}

	removeRow(id: string): void {
		void this.#saveRows((rows) => rows.filter((s) => s.id !== id));
	}

	/** "Legg til et steg": an empty row; gives its id once stored, so the screen can put focus in it. */
	async addRow(): Promise<string | null> {
		let made = '';
		const saved = await this.#saveRows((rows) => {
			const row = newAgreedStep(rows);
			made = row.id;
			return [...rows, row];
		});
		return saved ? made : null;
	}

	/** "Legg stegene i planen". */
	async toPlan(): Promise<void> {
		const count = await this.#while(() => this.#meetings.addSteps(this.#id, this.#by()));
		if (count) announce(m.meeting_steps_added());
	}
}
