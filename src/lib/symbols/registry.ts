/**
 * One concept, one symbol, everywhere (easy-read.md). The ids are the keys of symbol-map.json,
 * which scripts/build-symbols.mjs turns into static/symbols/{flat,hc}/<id>.svg at build time.
 */
export type SymbolId = keyof typeof import('./symbol-map.json');

/** The file of a symbol, to show as an image (the colour symbols). */
export function symbolFile(id: SymbolId, theme: 'flat' | 'hc'): string {
	return `/symbols/${theme}/${id}.svg`;
}

/** The drawing inside a symbol's file, for <use> (high contrast, which takes the text colour). */
export function symbolUrl(id: SymbolId, theme: 'flat' | 'hc'): string {
	return `${symbolFile(id, theme)}#s`;
}
