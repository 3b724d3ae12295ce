import sameDrawing from './same-drawing.json';

/**
 * One concept, one symbol, everywhere (docs/symbols.md, "One concept, one symbol"). The ids are the keys of symbol-map.json,
 * which scripts/build-symbols.mjs turns into static/symbols/flat/<id>.svg and the sprite static/symbols/hc.svg at build time.
 */
export type SymbolId = keyof typeof import('./symbol-map.json');

/** Ids whose drawing is the same as another id's, per theme: they use that id's drawing (scripts/build-symbols.mjs). */
const same: { flat: Record<string, string>; hc: Record<string, string> } = sameDrawing;

/** The file of a colour symbol, to show as an image. */
export function symbolFile(id: SymbolId): string {
	return `/symbols/flat/${same.flat[id] ?? id}.svg`;
}

/** A high-contrast symbol in its sprite, for <use> (it takes the text colour). */
export function symbolUrl(id: SymbolId): string {
	return `/symbols/hc.svg#${same.hc[id] ?? id}`;
}
