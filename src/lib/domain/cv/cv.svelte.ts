import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, saveAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { JourneyState } from '$lib/domain/journey/journey.svelte';
import { createCvEntry, deleteCvEntry, listCvEntries, restoreCvEntry, updateCvEntry } from './cv-entries-repo';
import { CV_JOURNEY } from './cv-journey';
import { cvAnswersFrom, hiddenOf, withHidden, type CvAnswers } from './cv-rules';
import { CV_PREFIX, cvKey, cvLineKey, isCvSection, type CardField, type CvEntry, type CvEntryInput, type CvSection, type TextField } from './schema';

/**
 * One person's CV answers and own lines, what the CV screens bind to. The card sections (skills,
 * languages, travel) are a journey ([Note: journeys as data]); contact, school, hidden and changed
 * lines are fields of its own. Every tap and word is stored at once ([Note: autosave]); a full
 * device sets `full` and keeps everything saved before.
 */
export class CvState extends JourneyState<CvSection> {
	/** Every CV answer by key without `cv/`, as the CV is built from them. */
	answers = $state<CvAnswers>({});
	entries = $state<CvEntry[]>([]);
	/** The last deleted line, for "Angre". */
	lastDeleted = $state<CvEntry | null>(null);

	constructor(profileId: string) {
		super(profileId, CV_JOURNEY);
	}

	override async load(): Promise<void> {
		const [answers, entries] = await Promise.all([listAnswers(this.profileId), listCvEntries(this.profileId)]);
		this.read(answers);
		this.entries = entries;
		this.loaded = true;
	}

	protected override read(answers: readonly Answer[]): void {
		super.read(answers);
		this.answers = cvAnswersFrom(answers);
	}

	protected override stored(key: string, value: AnswerValue, by: AnsweredBy): void {
		this.answers = { ...this.answers, [key.slice(CV_PREFIX.length)]: { value, by } };
	}

	async #save(key: string, value: AnswerValue, by: AnsweredBy): Promise<boolean> {
		if (!(await this.guard(() => saveAnswer(this.profileId, key, value, by)))) return false;
		this.stored(key, value, by);
		return true;
	}

	/**
	 * Phone, e-mail, school, or a card section's own words ("skills/text", or the section alone as the
	 * part screen says it): the words as typed (trimmed). False when the device is full.
	 */
	override setText(field: CvSection | TextField | `${CardField}/text`, text: string, by: AnsweredBy): Promise<boolean> {
		const words = text.trim();
		const section = field.endsWith('/text') ? field.slice(0, -'/text'.length) : field;
		if (isCvSection(section)) return super.setText(section, words, by);
		return this.#save(cvKey(field as TextField), words, by);
	}

	/** Leaves a line out of the CV (or takes it back in) without deleting anything. */
	setHidden(lineId: string, hide: boolean, by: AnsweredBy): Promise<boolean> {
		return this.#save(cvKey('hidden'), withHidden(hiddenOf(this.answers), lineId, hide), by);
	}

	/** A generated line in the person's words; null (or empty) goes back to the app's text. */
	setLine(lineId: string, text: string | null, by: AnsweredBy): Promise<boolean> {
		const value = text?.trim() ? text.trim() : null;
		return this.#save(cvLineKey(lineId), value, by);
	}

	#put(entry: CvEntry): void {
		const i = this.entries.findIndex((e) => e.id === entry.id);
		this.entries = i === -1 ? [...this.entries, entry] : this.entries.map((e) => (e.id === entry.id ? entry : e));
	}

	async addEntry(input: CvEntryInput, by: AnsweredBy): Promise<CvEntry | null> {
		const entry = await this.guard(() => createCvEntry(this.profileId, $state.snapshot(input) as CvEntryInput, by));
		if (entry) this.#put(entry);
		return entry;
	}

	async updateEntry(id: string, change: Partial<CvEntryInput>, by: AnsweredBy): Promise<CvEntry | null> {
		const entry = await this.guard(() => updateCvEntry(id, $state.snapshot(change) as Partial<CvEntryInput>, by));
		if (entry) this.#put(entry);
		return entry;
	}

	async deleteEntry(id: string): Promise<void> {
		const removed = await deleteCvEntry(id);
		this.entries = this.entries.filter((e) => e.id !== id);
		this.lastDeleted = removed ?? null;
	}

	async undoDelete(): Promise<void> {
		const entry = this.lastDeleted;
		if (!entry) return;
		await restoreCvEntry($state.snapshot(entry) as CvEntry);
		this.#put(entry);
		this.entries = [...this.entries].sort((a, b) => a.createdRev - b.createdRev);
		this.lastDeleted = null;
	}

	entry(id: string): CvEntry | undefined {
		return this.entries.find((e) => e.id === id);
	}
}

/** The CV state of the person using the app; a new person gets a fresh one. */
export const cvFor = perProfile((profileId) => new CvState(profileId));
