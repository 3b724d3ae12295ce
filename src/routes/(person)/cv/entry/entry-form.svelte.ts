import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { CvState } from '$lib/domain/cv/cv.svelte';
import { ENTRY_KINDS, MonthOrDay, type CvEntryInput, type EntryKind } from '$lib/domain/cv/schema';

export const KIND_SYMBOL: Record<EntryKind, SymbolId> = { placement: 'trial_praksis', job: 'doc_work', course: 'doc_course', reference: 'cv_reference' };

/** What the address asks for: a new line of a kind (`?kind=`), or an existing one (`?id=`). */
export interface EntryAddress {
	id: string | null;
	kind: string | null;
}

/**
 * One own line of Min CV (a job, a placement, a course or a reference). Nothing is stored until the
 * place (or the reference's name) is written; from then on every word is saved at once. Words
 * written before the place are kept here and stored with it.
 */
export class EntryForm {
	readonly #cvs: () => CvState | null;
	readonly #address: () => EntryAddress | null;
	/** The line made on this screen, once its place was written. */
	createdId = $state<string | null>(null);
	chosenKind = $state<EntryKind | null>(null);
	draft = $state<Partial<CvEntryInput>>({});

	readonly entryId = $derived.by(() => this.createdId ?? this.#address()?.id ?? null);
	readonly entry = $derived.by(() => {
		const cvs = this.#cvs();
		return this.entryId && cvs ? cvs.entry(this.entryId) : undefined;
	});
	readonly kind = $derived.by((): EntryKind => {
		const asked = this.#address()?.kind ?? '';
		return this.entry?.kind ?? this.chosenKind ?? ((ENTRY_KINDS as readonly string[]).includes(asked) ? (asked as EntryKind) : 'job');
	});
	readonly reference = $derived(this.kind === 'reference');
	/** Where "Ferdig" and Back go: the part the line belongs to. */
	readonly backTo = $derived(`/cv/part?id=${this.reference ? 'references' : 'experience'}`);
	/** The address named a line that is not there (deleted, or another person's). */
	readonly missing = $derived.by(() => !!this.#address()?.id && !this.createdId && !!this.#cvs()?.loaded && !this.entry);

	constructor(cvs: () => CvState | null, address: () => EntryAddress | null) {
		this.#cvs = cvs;
		this.#address = address;
	}

	/**
	 * The screen stays when the address changes (a new line right after changing one): what was made
	 * or chosen for the last line must not carry over, or the "new" line would change the old one.
	 */
	addressChanged(id: string | null): void {
		if (this.createdId && id === this.createdId) return;
		this.createdId = null;
		this.chosenKind = null;
		this.draft = {};
	}

	value(field: keyof CvEntryInput): string {
		return (this.entry ? this.entry[field] : this.draft[field]) ?? '';
	}

	/** Keeps one field. Returns the new line's id when this made it (the address then names it). */
	async save(field: keyof CvEntryInput, value: string, by: AnsweredBy): Promise<string | null> {
		const cvs = this.#cvs();
		if (!cvs) return null;
		// A browser without a month picker takes any words: only a real month is kept.
		if ((field === 'from' || field === 'to') && value.trim() && !MonthOrDay.safeParse(value.trim()).success) return null;
		const entry = this.entry;
		if (entry) {
			if (field === 'place' && !value.trim()) return null;
			if (await cvs.updateEntry(entry.id, { [field]: value }, by)) announce(m.cv_saved());
			return null;
		}
		this.draft = { ...this.draft, [field]: value };
		if (field !== 'place' || !value.trim()) return null;
		const made = await cvs.addEntry({ ...$state.snapshot(this.draft), kind: this.kind, place: value }, by);
		if (!made) return null;
		this.createdId = made.id;
		announce(m.cv_saved());
		return made.id;
	}

	async chooseKind(kind: EntryKind, by: AnsweredBy): Promise<void> {
		this.chosenKind = kind;
		const cvs = this.#cvs();
		if (this.entry && cvs) await cvs.updateEntry(this.entry.id, { kind }, by);
	}

	/** "Slett linjen". True once it is gone. */
	async remove(): Promise<boolean> {
		const cvs = this.#cvs();
		if (!cvs || !this.entry) return false;
		await cvs.deleteEntry(this.entry.id);
		announce(m.cv_entry_deleted());
		return true;
	}
}
