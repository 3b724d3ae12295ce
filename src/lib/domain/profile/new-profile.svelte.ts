import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { mediaUrl } from '$lib/media/media-urls';
import { preparePhoto } from '$lib/media/photo';
import type { SymbolId } from '$lib/symbols/registry';
import { announce } from '$lib/ui/announce.svelte';
import { PICTURE_SYMBOLS } from '$lib/domain/device/pictures';
import { photoProblem } from './photo-problem';
import { nameProblem } from './profile-name';
import { sessionState, type CreateResult } from './session.svelte';
import type { NewProfile } from './profiles-repo';
import { isSituation, type Situation } from './situation';

const DRAFT_KEY = 'jobbvei:new-person';
/** Pictures shown at a time: six fit a phone without scrolling. */
export const PICTURES_AT_A_TIME = 6;

type Photo = { bytes: ArrayBuffer; type: string };
type MakeProfile = (input: NewProfile, photo?: Photo) => Promise<CreateResult>;

function draftStore(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/**
 * "Ny person": a name, then a picture or a photo, then "Ferdig". A half-made person survives a reload
 * (autosave in the tab); nothing is stored in the database until "Ferdig".
 */
export class NewProfileForm {
	name = $state('');
	nameError = $state<string>();
	symbol = $state<SymbolId>('pic_cat');
	/** Which six pictures are shown ("Flere bilder" shows the next six). */
	page = $state(0);
	photo = $state<(Photo & { url: string }) | null>(null);
	photoError = $state<string>();
	/** Where the person is now (step 3); they may skip it and say it later in Om meg. */
	situation = $state<Situation>();
	/** The draft has been read: until then "Neste" waits, so a reload never loses a typed name. */
	ready = $state(false);
	saving = $state(false);

	readonly pages = Math.ceil(PICTURE_SYMBOLS.length / PICTURES_AT_A_TIME);
	shown = $derived(PICTURE_SYMBOLS.slice(this.page * PICTURES_AT_A_TIME, (this.page + 1) * PICTURES_AT_A_TIME));

	readonly #make: MakeProfile;

	constructor(make: MakeProfile = (input, photo) => sessionState.create(input, photo)) {
		this.#make = make;
	}

	/** Reads what was typed before a reload. */
	restoreDraft(): void {
		try {
			const draft = JSON.parse(draftStore()?.getItem(DRAFT_KEY) ?? 'null');
			if (typeof draft?.name === 'string') this.name = draft.name;
			if (typeof draft?.symbol === 'string' && PICTURE_SYMBOLS.includes(draft.symbol)) this.symbol = draft.symbol as SymbolId;
			if (isSituation(draft?.situation)) this.situation = draft.situation;
		} catch {
			/* start fresh */
		}
		this.ready = true;
	}

	/** Keeps what is typed now, for a reload. */
	keepDraft(): void {
		if (this.ready) draftStore()?.setItem(DRAFT_KEY, JSON.stringify({ name: this.name, symbol: this.symbol, situation: this.situation }));
	}

	/** Step 1 done: true when the name can be kept, else the problem is shown and said. */
	checkName(): boolean {
		this.nameError = nameProblem(this.name);
		if (this.nameError) announce(this.nameError);
		return !this.nameError;
	}

	morePictures(): void {
		this.page = (this.page + 1) % this.pages;
	}

	async choosePhoto(file: File): Promise<void> {
		this.photoError = undefined;
		try {
			const prepared = await preparePhoto(file, 512);
			if (this.photo) URL.revokeObjectURL(this.photo.url);
			this.photo = { ...prepared, url: mediaUrl(prepared) };
			announce(m.new_picture_photo_chosen());
		} catch (error) {
			this.photoError = photoProblem(error);
			announce(this.photoError);
		}
	}

	/**
	 * "Ferdig": makes the person. True once they are made (the draft is gone); false on a full device,
	 * which the layout's notice already tells the person, with everything they chose still here.
	 */
	async finish(locale: Locale): Promise<boolean> {
		if (this.saving) return false;
		this.saving = true;
		try {
			const photo = this.photo ? { bytes: this.photo.bytes, type: this.photo.type } : undefined;
			const made = await this.#make({ name: this.name.trim(), picture: { kind: 'symbol', symbol: this.symbol }, locale, ...(this.situation ? { situation: this.situation } : {}) }, photo);
			if (!made.ok) return false;
			draftStore()?.removeItem(DRAFT_KEY);
			announce(m.new_created({ name: made.profile.name }));
			return true;
		} finally {
			this.saving = false;
		}
	}
}
