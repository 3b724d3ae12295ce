import { describe, expect, it, vi } from 'vitest';
import { SvelteMap } from 'svelte/reactivity';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { InterestsState } from '../interests.svelte';
import { SORTING_ORDER, text } from '../catalogue';
import { CardSorter, likeForKey, likeForSwipe } from './card-sorter.svelte';

const SELF: AnsweredBy = { kind: 'self' };

/** Interests with the sorting at card `at` (reactive, as the real state is); answering moves on one card. */
function interestsAt(at: number) {
	const place = new SvelteMap<'next', number>([['next', at]]);
	const state = {
		loaded: true,
		photos: {},
		get nextIndex() {
			return place.get('next') ?? null;
		},
		answer: vi.fn(async () => {
			place.set('next', (place.get('next') ?? 0) + 1);
			return true;
		})
	};
	return state;
}

const key = (key: string, extra: Partial<KeyboardEvent> = {}) => ({ key, target: null, altKey: false, ctrlKey: false, metaKey: false, preventDefault: vi.fn(), ...extra }) as unknown as KeyboardEvent;

describe('sorting the cards', () => {
	it('keys 1–3 and swipes are extra ways to answer', () => {
		expect(['1', '2', '3', '4', 'a'].map(likeForKey)).toEqual(['like', 'unsure', 'dislike', undefined, undefined]);
		expect(likeForSwipe(120, 10)).toBe('like');
		expect(likeForSwipe(-120, 10)).toBe('dislike');
		expect(likeForSwipe(10, -120)).toBe('unsure');
		// Too short, or slanted: no answer.
		expect(likeForSwipe(60, 0)).toBeUndefined();
		expect(likeForSwipe(100, 90)).toBeUndefined();
		expect(likeForSwipe(0, 120)).toBeUndefined();
	});

	it('shows the next card, its place in the round, and answers once per tap', async () => {
		const interests = interestsAt(0);
		const sorter = new CardSorter(
			() => interests as unknown as InterestsState,
			() => 'nb'
		);
		const first = SORTING_ORDER[0]!;
		expect([sorter.card?.id, sorter.positionInRound, sorter.round, sorter.label]).toEqual([first.id, 1, { current: 1, total: 3 }, text(first.label, 'nb')]);
		const typing = key('1', { target: { tagName: 'INPUT' } as unknown as EventTarget });
		sorter.onkeydown(typing, SELF);
		expect(typing.preventDefault).not.toHaveBeenCalled();
		const one = key('1');
		sorter.onkeydown(one, SELF);
		expect(one.preventDefault).toHaveBeenCalled();
		// A second tap while the first is stored is not a second answer.
		await sorter.answer('dislike', SELF);
		await vi.waitFor(() => expect(sorter.busy).toBe(false));
		expect(interests.answer).toHaveBeenCalledTimes(1);
		expect(interests.answer).toHaveBeenCalledWith(first.id, 'like', SELF);
		expect(sorter.card?.id).toBe(SORTING_ORDER[1]!.id);
	});

	it('a swipe by touch answers; a mouse drag does not', async () => {
		const interests = interestsAt(0);
		const sorter = new CardSorter(
			() => interests as unknown as InterestsState,
			() => 'nb'
		);
		const at = (x: number, y: number, pointerType = 'touch') => ({ clientX: x, clientY: y, pointerType }) as PointerEvent;
		sorter.pointerdown(at(0, 0, 'mouse'));
		sorter.pointerup(at(200, 0, 'mouse'), SELF);
		expect(interests.answer).not.toHaveBeenCalled();
		sorter.pointerdown(at(200, 0));
		sorter.pointerup(at(0, 10), SELF);
		await vi.waitFor(() => expect(interests.answer).toHaveBeenCalledWith(SORTING_ORDER[0]!.id, 'dislike', SELF));
	});

	it('says when every card is answered', () => {
		const sorter = new CardSorter(
			() => ({ loaded: true, nextIndex: null, photos: {} }) as unknown as InterestsState,
			() => 'nb'
		);
		expect([sorter.card, sorter.round, sorter.label]).toEqual([null, undefined, '']);
	});
});
