import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import ToggleCards from './ToggleCards.svelte';

// A .svelte.ts test: the busy flag is $state, as it is on the pages that pass it.
let mounted: ReturnType<typeof mount>[] = [];
afterEach(() => {
	for (const i of mounted) unmount(i);
	mounted = [];
	document.body.innerHTML = '';
});

describe('ToggleCards', () => {
	it('keeps the cards focusable while a tap is saved, and hands on taps made meanwhile in order', () => {
		const props = $state({ busy: false });
		const taps: string[] = [];
		const target = document.createElement('div');
		document.body.append(target);
		const instance = mount(ToggleCards as never, {
			target,
			props: {
				label: 'Kort',
				items: [
					{ id: 'a', symbol: 'me_kind', label: 'A' },
					{ id: 'b', symbol: 'me_happy', label: 'B' },
					{ id: 'c', symbol: 'me_funny', label: 'C' }
				],
				chosen: [],
				get busy() {
					return props.busy;
				},
				ontoggle: (id: string) => {
					taps.push(id);
					props.busy = true;
				}
			}
		});
		mounted.push(instance);
		flushSync();
		const [a, b, c] = [...target.querySelectorAll('button')];
		a!.focus();
		a!.click();
		flushSync();
		expect(taps).toEqual(['a']);
		// A disabled button would drop the keyboard focus; these stay usable.
		expect(a!.disabled || b!.disabled).toBe(false);
		expect(document.activeElement).toBe(a);
		b!.click();
		c!.click();
		flushSync();
		expect(taps).toEqual(['a']);
		props.busy = false;
		flushSync();
		expect(taps).toEqual(['a', 'b']);
		props.busy = false;
		flushSync();
		expect(taps).toEqual(['a', 'b', 'c']);
	});
});
