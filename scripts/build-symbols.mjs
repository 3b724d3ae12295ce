// Extracts the symbols Jobbvei uses from the Fluent Emoji sets (MIT, © Microsoft) into static/symbols/,
// small SVG files (see below), so the app never loads the 8.6 MB icon file or an online
// icon API (docs/symbols.md, "Built at build time, never fetched"). Concepts marked `custom` use our own drawings in src/lib/symbols/custom/.
import { readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getIconData, iconToSVG, replaceIDs } from '@iconify/utils';
import { optimize } from 'svgo';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const map = JSON.parse(readFileSync(`${root}src/lib/symbols/symbol-map.json`, 'utf8'));
const sets = {
	flat: require('@iconify-json/fluent-emoji-flat/icons.json'),
	hc: require('@iconify-json/fluent-emoji-high-contrast/icons.json')
};
const out = `${root}static/symbols`;
rmSync(out, { recursive: true, force: true });

/**
 * Every symbol is stored on the person's phone at install, so each drawing is made as small as it can be
 * without a visible change: svgo with coordinates to 2 decimals (1/50 of a pixel at 32 px, 1/10 at the
 * largest size shown; 1 decimal visibly bent the heads in cond_many_people). Ids stay as they are.
 */
function smaller(viewBox, drawing) {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${drawing}</svg>`;
	const { data } = optimize(svg, {
		multipass: true,
		floatPrecision: 2,
		plugins: [{ name: 'preset-default', params: { overrides: { cleanupIds: false } } }]
	});
	return data.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
}

/** A concept's drawing in one theme: our own (custom/) or the Fluent icon the map names. */
function drawing(theme, id) {
	const file = `${root}src/lib/symbols/custom/${theme}/${id}.svg`;
	if (map[id].custom && existsSync(file)) {
		const svg = readFileSync(file, 'utf8');
		const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 32 32';
		return { viewBox, body: smaller(viewBox, svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')) };
	}
	const name = theme === 'hc' ? (map[id].hc ?? map[id].icon) : map[id].icon;
	const data = getIconData(sets[theme], name);
	if (!data) throw new Error(`Symbol ${id}: icon "${name}" is missing from the ${theme} set`);
	const svg = iconToSVG(data);
	return { viewBox: svg.attributes.viewBox, body: smaller(svg.attributes.viewBox, replaceIDs(svg.body, `${id}-`)) };
}

/**
 * The colour symbols are shown as <img> (the browser decodes each file once and reuses the picture,
 * which keeps a screen of 30 jobbsmak cards quick): one plain file per drawing, static/symbols/flat/<id>.svg.
 * The high-contrast symbols are drawn with <use> so they take the text colour: they are one sprite,
 * static/symbols/hc.svg, a <symbol id="<id>"> each (the ids inside a drawing get its id in front, so two
 * drawings' clip paths never meet), which saves a file wrapper per symbol.
 *
 * Several concepts share one drawing (symbol-map.json: "ui_home" and "chg_home" are both a house). Each
 * drawing is stored once per theme, under the first id in alphabetical order; same-drawing.json tells the
 * registry which drawing the other ids use, so a phone stores ~80 KB less and the browser decodes it once.
 */
const sameDrawing = { flat: {}, hc: {} };
const ids = Object.keys(map).sort();
mkdirSync(`${out}/flat`, { recursive: true });
let files = 0;
for (const theme of ['flat', 'hc']) {
	const first = new Map();
	const sprite = [];
	for (const id of ids) {
		const { viewBox, body } = drawing(theme, id);
		// The same drawing twice gets different ids inside (replaceIDs counts), so compare without them.
		const names = [...new Set([...body.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))];
		const key = `${viewBox}|${names.reduce((text, name, i) => text.replaceAll(name, `#${i}`), body)}`;
		if (first.has(key)) {
			sameDrawing[theme][id] = first.get(key);
			continue;
		}
		first.set(key, id);
		if (theme === 'flat') {
			writeFileSync(`${out}/flat/${id}.svg`, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>\n`);
			files++;
		} else {
			const own = body
				.replace(/\bid="([^"]+)"/g, `id="${id}-$1"`)
				.replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`)
				.replace(/href="#([^"]+)"/g, `href="#${id}-$1"`);
			sprite.push(`<symbol id="${id}" viewBox="${viewBox}">${own}</symbol>`);
		}
	}
	if (theme === 'hc') writeFileSync(`${out}/hc.svg`, `<svg xmlns="http://www.w3.org/2000/svg">${sprite.join('')}</svg>\n`);
}
// The ids alone, for checking a symbol named in a file from outside (a content pack) without carrying
// the whole map (icon names, notes: ~50 KB) into the app.
writeFileSync(`${root}src/lib/symbols/symbol-ids.json`, `${JSON.stringify(ids, null, '\t')}\n`);
writeFileSync(`${root}src/lib/symbols/same-drawing.json`, `${JSON.stringify(sameDrawing, null, '\t')}\n`);
console.log(`symbols: wrote ${files} colour files and a high-contrast sprite to static/symbols`);
