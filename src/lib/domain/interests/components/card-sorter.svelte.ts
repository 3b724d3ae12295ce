import { tick } from 'svelte';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { InterestsState } from '../interests.svelte';
import { ROUND_ORDER, SORTING_ORDER, text } from '../catalogue';
import type { Like } from '../schema';

/** Keys 1, 2 and 3 answer Liker, Vet ikke and Liker ikke. */
export function likeForKey(key: string): Like | undefined {
	return ({ '1': 'like', '2': 'unsure', '3': 'dislike' } as Record<string, Like>)[key];
}

/** Swipe right = Liker, left = Liker ikke, up = Vet ikke; a short or slanted move is no answer. */
export function likeForSwipe(dx: number, dy: number): Like | undefined {
	if (Math.abs(dx) > 80 && Math.abs(dx) > Math.abs(dy) * 1.5) return dx > 0 ? 'like' : 'dislike';
	if (dy < -80 && Math.abs(dy) > Math.abs(dx) * 1.5) return 'unsure';
	return undefined;
}

/**
 * "Hva liker du?" (/interests/sort): one card at a time, answered with three big buttons, keys 1–3
 * or a swipe (an extra way, never the only one). Every answer is stored at once; a pause keeps the place.
 */
export class CardSorter {
	readonly #interests: () => InterestsState | null;
	readonly #locale: () => Locale;
	/** An answer is being stored: the buttons wait, so one tap is one answer. */
	busy = $state(false);
	/** What went wrong with the person's own photo, in words. */
	photoProblem = $state<string>();
	#start: { x: number; y: number } | null = null;

	index = $derived.by(() => {
		const interests = this.#interests();
		return interests?.loaded ? interests.nextIndex : undefined;
	});
	/** The card to answer; null when every card is answered. */
	card = $derived(this.index === null || this.index === undefined ? null : SORTING_ORDER[this.index]!);
	roundCards = $derived(this.card ? SORTING_ORDER.filter((c) => c.round === this.card!.round) : []);
	positionInRound = $derived(this.card ? this.roundCards.indexOf(this.card) + 1 : 0);
	/** Which round ("Steg 2 av 3"). */
	round = $derived(this.card ? { current: ROUND_ORDER.indexOf(this.card.round) + 1, total: ROUND_ORDER.length } : undefined);
	label = $derived.by(() => (this.card ? text(this.card.label, this.#locale()) : ''));
	/** The person's own photo on this card, if they chose one. */
	photo = $derived.by(() => (this.card ? this.#interests()?.photos[this.card.id] : undefined));

	constructor(interests: () => InterestsState | null, locale: () => Locale) {
		this.#interests = interests;
		this.#locale = locale;
	}

	/**
	 * The person's own photo can stand for a card (a picture of their own workplace or dog says more
	 * than any symbol). It stays on the card everywhere until they choose the symbol again (null).
	 */
	async setPhoto(file: File | null, by: AnsweredBy): Promise<void> {
		const interests = this.#interests();
		if (!this.card || !interests) return;
		const result = await interests.setPhoto(this.card.id, file, by);
		this.photoProblem = result === 'not-image' ? m.photo_not_image() : result === 'too-big' ? m.photo_too_big() : undefined;
		if (this.photoProblem) announce(this.photoProblem);
		else if (result === 'ok') announce(file ? m.card_photo_saved() : m.card_photo_removed());
	}

	/** Stores the answer (null: "Hopp over") and says the next card. */
	async answer(value: Like | null, by: AnsweredBy): Promise<void> {
		const interests = this.#interests();
		if (!this.card || !interests || this.busy) return;
		this.busy = true;
		this.photoProblem = undefined;
		const start = performance.now();
		try {
			if (await interests.answer(this.card.id, value, by)) {
				await tick();
				performance.measure('jv-next-card', { start }); // tap → next card on screen (npm run bench)
				const next = interests.nextIndex === null ? null : SORTING_ORDER[interests.nextIndex];
				announce(next ? `${m.sort_saved()} ${text(next.label, this.#locale())}` : m.sort_done_title());
			}
		} finally {
			this.busy = false;
		}
	}

	/** Keys 1, 2 and 3 answer (not while typing anywhere, nor with a modifier). */
	onkeydown(event: KeyboardEvent, by: AnsweredBy): void {
		const target = event.target as { tagName?: string } | null;
		if (target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return;
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const value = likeForKey(event.key);
		if (value && this.card) {
			event.preventDefault();
			void this.answer(value, by);
		}
	}

	pointerdown(event: PointerEvent): void {
		if (event.pointerType !== 'mouse') this.#start = { x: event.clientX, y: event.clientY };
	}

	pointerup(event: PointerEvent, by: AnsweredBy): void {
		if (!this.#start) return;
		const value = likeForSwipe(event.clientX - this.#start.x, event.clientY - this.#start.y);
		this.#start = null;
		if (value) void this.answer(value, by);
	}
}
