import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What has keyboard focus, and whether a sighted keyboard user can see it: the focused element (or
 * the card drawn around it, for the invisible radio inputs) has an outline or a box-shadow ring and
 * is not transparent.
 */
export async function focusState(page: Page): Promise<{ visible: boolean; what: string }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body || el === document.documentElement) return { visible: false, what: 'body' };
		const name = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '')
			.trim()
			.replace(/\s+/g, ' ')
			.slice(0, 50);
		const what = `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> "${name}"`;
		const opacity = (node: Element | null): number => {
			let o = 1;
			for (let n = node; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
			return o;
		};
		let node: Element | null = el;
		for (let depth = 0; depth < 3 && node; depth++, node = node.parentElement) {
			const style = getComputedStyle(node);
			const ring =
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== '');
			if (ring && opacity(node) > 0.1) return { visible: true, what };
		}
		return { visible: false, what };
	});
}

export async function expectFocusVisible(page: Page) {
	const state = await focusState(page);
	expect(state.visible, `focus must be visible on ${state.what}`).toBe(true);
	return state.what;
}

/** Presses Tab until `target` has focus, checking the focus ring at every stop. */
export async function tabTo(page: Page, target: Locator, maxStops = 60) {
	for (let i = 0; i < maxStops; i++) {
		await page.keyboard.press('Tab');
		await expectFocusVisible(page);
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Tabs through the whole page once and returns what got focus, in order. */
export async function tabThrough(page: Page, maxStops = 80): Promise<string[]> {
	const seen: string[] = [];
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (let i = 0; i < maxStops; i++) {
		await page.keyboard.press('Tab');
		const state = await focusState(page);
		if (state.what === 'body') break; // past the last element: focus left the page
		expect(state.visible, `focus must be visible on ${state.what}`).toBe(true);
		if (seen.length > 0 && state.what === seen[0]) break;
		seen.push(state.what);
	}
	return seen;
}
