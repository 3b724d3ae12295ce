import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypedWords } from './typed-words.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TypedWords', () => {
	it('saves after a pause in typing, once, and not words that did not change', () => {
		const store = vi.fn();
		const words = new TypedWords('Jeg', store);
		words.draft = 'Jeg kan';
		words.typed();
		words.draft = 'Jeg kan lage mat';
		words.typed();
		vi.advanceTimersByTime(599);
		expect(store).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(store).toHaveBeenCalledExactlyOnceWith('Jeg kan lage mat');
		words.save();
		expect(store).toHaveBeenCalledTimes(1);
	});

	it('leaving the screen mid-pause saves the last words; leaving after the save does nothing more', () => {
		const store = vi.fn();
		const words = new TypedWords('', store);
		words.draft = 'Rydde';
		words.typed();
		words.leave();
		expect(store).toHaveBeenCalledExactlyOnceWith('Rydde');
		words.leave();
		vi.runAllTimers();
		expect(store).toHaveBeenCalledTimes(1);
	});

	it('with the screen’s stored words, a save that did not take is tried again when the box is left', () => {
		const store = vi.fn();
		const words = new TypedWords('', store, { stored: () => '' });
		words.draft = 'Kjøre truck';
		words.save();
		words.save();
		expect(store).toHaveBeenCalledTimes(2);
	});

	it('gives no easy-read hint where there is nothing to check', () => {
		const words = new TypedWords('Kort.', vi.fn(), { lint: false });
		expect(words.hint).toBeNull();
	});
});
