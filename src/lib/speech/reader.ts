/**
 * Finds what "Les opp" reads on a screen: the main content's headings, texts, fields and choices in
 * reading order. An element marked `data-read-skip` (a speaker button, a symbol) is left out; an
 * element with `data-speak` is read with that text instead of what it shows.
 */
const READABLE = 'h1, h2, h3, h4, p, li, label, legend, button, a, [data-speak], [role="status"]';

export interface ReadItem {
	element: HTMLElement;
	text: string;
}

function isHidden(el: HTMLElement): boolean {
	return !!el.closest('[hidden], [aria-hidden="true"], [data-read-skip]') || el.getClientRects().length === 0;
}

export function collectReadable(root: HTMLElement): ReadItem[] {
	const items: ReadItem[] = [];
	const taken: HTMLElement[] = [];
	for (const el of root.querySelectorAll<HTMLElement>(READABLE)) {
		if (isHidden(el)) continue;
		if (taken.some((t) => t.contains(el))) continue; // a card's inner text is read with the card
		const text = (el.dataset.speak ?? el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (!text) continue;
		taken.push(el);
		items.push({ element: el, text });
	}
	return items;
}
