import { afterEach, describe, expect, it } from 'vitest';
import { CURTAIN_CLASS, pageStillBelongs, watchPageReturns } from './page-return';

describe('a page that comes back still belongs to the tab\'s person', () => {
	it('keeps a page that shows nobody, or the person this tab chose who still exists', () => {
		expect(pageStillBelongs(null, null, [])).toBe(true);
		expect(pageStillBelongs(null, 'siri', ['siri'])).toBe(true);
		expect(pageStillBelongs('siri', 'siri', ['siri', 'ola'])).toBe(true);
	});

	it('leaves when the tab moved on to nobody or someone else, or the person was deleted', () => {
		expect(pageStillBelongs('siri', null, ['siri'])).toBe(false);
		expect(pageStillBelongs('siri', 'ola', ['siri', 'ola'])).toBe(false);
		expect(pageStillBelongs('siri', 'siri', ['ola'])).toBe(false);
	});
});

/** A session whose answer the test sets, counting how it was asked. */
function fakeSession(stays: boolean) {
	const asked: boolean[] = [];
	return { asked, session: { recheck: async (reread: boolean) => (asked.push(reread), stays) } };
}

const root = () => document.documentElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
function pageshow(persisted: boolean) {
	const event = new Event('pageshow') as Event & { persisted: boolean };
	Object.defineProperty(event, 'persisted', { value: persisted });
	dispatchEvent(event);
}

describe('the curtain while a page is away and comes back', () => {
	let stop = () => {};
	afterEach(() => {
		stop();
		root().classList.remove(CURTAIN_CLASS);
	});

	it('covers the page on pagehide, and a page from the cache of someone who left is replaced before it shows', async () => {
		const { asked, session } = fakeSession(false);
		let curtainWhileLeaving: boolean | null = null;
		stop = watchPageReturns(session, async () => {
			curtainWhileLeaving = root().classList.contains(CURTAIN_CLASS);
		});
		dispatchEvent(new Event('pagehide'));
		expect(root().classList.contains(CURTAIN_CLASS)).toBe(true);
		pageshow(true);
		await settle();
		expect(asked).toEqual([true]);
		expect(curtainWhileLeaving).toBe(true);
		expect(root().classList.contains(CURTAIN_CLASS)).toBe(false);
	});

	it('keeps the curtain through the visibility change that comes before pageshow', async () => {
		const { asked, session } = fakeSession(true);
		let left = 0;
		stop = watchPageReturns(session, async () => left++);
		dispatchEvent(new Event('pagehide'));
		document.dispatchEvent(new Event('visibilitychange'));
		await settle();
		expect(root().classList.contains(CURTAIN_CLASS)).toBe(true);
		pageshow(true);
		await settle();
		expect(asked).toEqual([false, true]);
		expect(root().classList.contains(CURTAIN_CLASS)).toBe(false);
		expect(left).toBe(0);
	});

	it('on focus, leaves at once when the tab moved on to someone else', async () => {
		const { asked, session } = fakeSession(false);
		let left = 0;
		stop = watchPageReturns(session, async () => left++);
		dispatchEvent(new Event('focus'));
		await settle();
		expect(asked).toEqual([false]);
		expect(left).toBe(1);
		expect(root().classList.contains(CURTAIN_CLASS)).toBe(false);
	});

	it('a fresh page load needs no check', async () => {
		const { asked, session } = fakeSession(false);
		stop = watchPageReturns(session, async () => undefined);
		pageshow(false);
		await settle();
		expect(asked).toEqual([]);
	});
});
