/**
 * One concept, one symbol, everywhere (easy-read.md). The ids are the keys of symbol-map.json,
 * which scripts/build-symbols.mjs turns into static/symbols/{flat,hc}/<id>.svg at build time.
 */
export type SymbolId = keyof typeof import('./symbol-map.json');

export function symbolUrl(id: SymbolId, theme: 'flat' | 'hc'): string {
	return `/symbols/${theme}/${id}.svg#s`;
}
