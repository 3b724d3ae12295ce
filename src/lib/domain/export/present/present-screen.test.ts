import { afterEach, describe, expect, it, vi } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { announcer } from '$lib/ui/announce.svelte';
import type { ExportDocument } from '../document';
import { PresentState } from './present.svelte';
import { PresentScreen, presetFrom } from './present-screen.svelte';

const DOC: ExportDocument = {
	locale: 'en',
	title: 'Plan – Nora',
	name: 'Nora',
	day: '2026-11-26',
	dateText: 'Thursday 26 November 2026',
	sections: [{ part: 'plan', title: 'My plan', symbol: 'doc_plan', groups: [{ lines: [{ text: 'Apply at a café' }], photos: [] }] }]
};

/** A screen showing DOC (read in English although the app is in bokmål). */
function screenWithDoc(): PresentScreen {
	const screen = new PresentScreen(() => 'nb');
	const show = new PresentState();
	show.doc = DOC;
	show.loaded = true;
	screen.show = show;
	return screen;
}

const key = (key: string, target: EventTarget | null = null) =>
	({ key, target, defaultPrevented: false, altKey: false, ctrlKey: false, metaKey: false, preventDefault: vi.fn() }) as unknown as KeyboardEvent;

describe('PresentScreen', () => {
	afterEach(() => vi.useRealTimers());

	it('reads the preset from the address, "Til møtet" for anything else', () => {
		expect(presetFrom('nav')).toBe('nav');
		expect(presetFrom('employer')).toBe('employer');
		expect(presetFrom('change')).toBe('change');
		expect(presetFrom('evil')).toBe('meeting');
		expect(presetFrom(null)).toBe('meeting');
	});

	it('steps with the arrows, stays at the ends, and says each change in the document\'s language', () => {
		vi.useFakeTimers();
		vi.stubGlobal('scrollTo', vi.fn());
		const screen = screenWithDoc();
		expect([screen.index, screen.count, screen.slide?.kind, screen.docLocale]).toEqual([0, 2, 'title', 'en']);
		const right = key('ArrowRight');
		screen.onkeydown(right);
		expect(right.preventDefault).toHaveBeenCalled();
		expect(screen.slide?.title).toBe('My plan');
		vi.advanceTimersByTime(200);
		expect(announcer.text).toBe(m.present_announce({ current: 2, total: 2, title: 'My plan' }, { locale: 'en' }));
		screen.onkeydown(key('ArrowRight'));
		expect(screen.index).toBe(1);
		screen.go(-1);
		expect(screen.index).toBe(0);
		vi.unstubAllGlobals();
	});

	it('leaves other keys, keys with a modifier and Space on a button to the browser', () => {
		const screen = screenWithDoc();
		const letter = key('a');
		screen.onkeydown(letter);
		const withCtrl = { ...key('ArrowRight'), ctrlKey: true } as KeyboardEvent;
		screen.onkeydown(withCtrl);
		// Space on "Tilbake" presses that button; it is not "Neste".
		const button = { closest: () => ({}) } as unknown as EventTarget;
		screen.onkeydown(key(' ', button));
		expect(letter.preventDefault).not.toHaveBeenCalled();
		expect(screen.index).toBe(0);
	});
});
