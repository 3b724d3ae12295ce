// Extracts the symbols Jobbvei uses from the Fluent Emoji sets (MIT, © Microsoft) into static/symbols/,
// one small SVG file per concept and theme, so the app never loads the 8.6 MB icon file or an online
// icon API (symbols.md §4). Concepts marked `custom` use our own drawings in src/lib/symbols/custom/.
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
 * The colour symbols are shown as <img> (the browser decodes each file once and reuses the picture,
 * which keeps a screen of 30 jobbsmak cards quick), so their files are a plain drawing. The high-contrast
 * symbols are drawn with <use href="…#s"> so they take the text colour: their drawing sits in a
 * <symbol id="s">, and is drawn once too, so the file still shows on its own.
 */
function asSymbolFile(theme, viewBox, drawing) {
	const body = smaller(viewBox, drawing);
	if (theme === 'flat') return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>\n`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><symbol id="s" viewBox="${viewBox}">${body}</symbol><use href="#s"/></svg>\n`;
}

/**
 * Every symbol is stored on the person's phone at install, so each file is made as small as it can be
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

function customDrawing(theme, id) {
	const file = `${root}src/lib/symbols/custom/${theme}/${id}.svg`;
	if (!existsSync(file)) return null;
	const svg = readFileSync(file, 'utf8');
	const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 32 32';
	const body = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return asSymbolFile(theme, viewBox, body);
}

/**
 * Several concepts share one drawing (symbol-map.json: "ui_home" and "chg_home" are both a house). Each
 * drawing is stored once per theme, under the first id in alphabetical order; same-drawing.json tells the
 * registry which file the other ids use, so a phone stores ~80 KB less and the browser decodes it once.
 */
let count = 0;
const sameDrawing = { flat: {}, hc: {} };
for (const theme of ['flat', 'hc']) {
	mkdirSync(`${out}/${theme}`, { recursive: true });
	const written = new Map();
	for (const id of Object.keys(map).sort()) {
		const entry = map[id];
		let file = entry.custom ? customDrawing(theme, id) : null;
		if (!file) {
			const name = theme === 'hc' ? (entry.hc ?? entry.icon) : entry.icon;
			const data = getIconData(sets[theme], name);
			if (!data) throw new Error(`Symbol ${id}: icon "${name}" is missing from the ${theme} set`);
			const svg = iconToSVG(data);
			file = asSymbolFile(theme, svg.attributes.viewBox, replaceIDs(svg.body, `${id}-`));
		}
		const first = written.get(file);
		if (first) {
			sameDrawing[theme][id] = first;
			continue;
		}
		written.set(file, id);
		writeFileSync(`${out}/${theme}/${id}.svg`, file);
		count++;
	}
}
// The ids alone, for checking a symbol named in a file from outside (a content pack) without carrying
// the whole map (icon names, notes: ~50 KB) into the app.
writeFileSync(`${root}src/lib/symbols/symbol-ids.json`, `${JSON.stringify(Object.keys(map).sort(), null, '\t')}\n`);
writeFileSync(`${root}src/lib/symbols/same-drawing.json`, `${JSON.stringify(sameDrawing, null, '\t')}\n`);
console.log(`symbols: wrote ${count} files to static/symbols`);
