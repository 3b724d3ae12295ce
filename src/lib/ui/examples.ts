import { createRawSnippet, type Snippet } from 'svelte';

/**
 * One named state of a kit part, as GOV.UK Frontend keeps them: the props that state needs. `props`
 * is called when the example is drawn, so its words are in the language on screen. The dev gallery
 * (/dev/components) draws every example, the dom tests render every one, and the gallery e2e test
 * runs axe and the keyboard over all of them.
 */
export interface Example<P> {
	/** Unique within the part; the gallery marks it `data-example="<Part>-<name>"`. */
	name: string;
	props: () => P;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Words as a part's children (a Button's text, a Hint's sentence). */
export function words(text: () => string): Snippet {
	return createRawSnippet(() => ({ render: () => `<span>${escapeHtml(text())}</span>` }));
}

/** Does nothing: what an example's button is given where the screen would store something. */
export const nothing = (): void => undefined;
