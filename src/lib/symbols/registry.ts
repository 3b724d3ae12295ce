import sameDrawing from './same-drawing.json';

/**
 * One concept, one symbol, everywhere (easy-read.md). The ids are the keys of symbol-map.json,
 * which scripts/build-symbols.mjs turns into static/symbols/{flat,hc}/<id>.svg at build time.
 */
export type SymbolId = keyof typeof import('./symbol-map.json');

/** Ids whose drawing is the same as another id's, per theme: they use that id's file (scripts/build-symbols.mjs). */
const same: { flat: Record<string, string>; hc: Record<string, string> } = sameDrawing;

/** The file of a symbol, to show as an image (the colour symbols). */
export function symbolFile(id: SymbolId, theme: 'flat' | 'hc'): string {
	return `/symbols/${theme}/${same[theme][id] ?? id}.svg`;
}

/** The drawing inside a symbol's file, for <use> (high contrast, which takes the text colour). */
export function symbolUrl(id: SymbolId, theme: 'flat' | 'hc'): string {
	return `${symbolFile(id, theme)}#s`;
}
