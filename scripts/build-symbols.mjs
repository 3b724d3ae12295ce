// Extracts the symbols Jobbvei uses from the Fluent Emoji sets (MIT, © Microsoft) into static/symbols/,
// one small SVG file per concept and theme, so the app never loads the 8.6 MB icon file or an online
// icon API (symbols.md §4). Concepts marked `custom` use our own drawings in src/lib/symbols/custom/.
import { readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getIconData, iconToSVG, replaceIDs } from '@iconify/utils';

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
 * Wraps a drawing in a <symbol id="s"> and draws it once, so one file serves both ways the app shows
 * it: as an <img> (the colour symbols: the browser decodes it once and reuses the picture, which keeps
 * a screen of 30 jobbsmak cards quick) and with <use href="…#s"> (high contrast: keeps currentColor).
 */
function asSymbolFile(viewBox, body) {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><symbol id="s" viewBox="${viewBox}">${body}</symbol><use href="#s"/></svg>\n`;
}

function customDrawing(theme, id) {
	const file = `${root}src/lib/symbols/custom/${theme}/${id}.svg`;
	if (!existsSync(file)) return null;
	const svg = readFileSync(file, 'utf8');
	const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 32 32';
	const body = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return asSymbolFile(viewBox, body);
}

let count = 0;
for (const theme of ['flat', 'hc']) {
	mkdirSync(`${out}/${theme}`, { recursive: true });
	for (const [id, entry] of Object.entries(map)) {
		let file = entry.custom ? customDrawing(theme, id) : null;
		if (!file) {
			const name = theme === 'hc' ? (entry.hc ?? entry.icon) : entry.icon;
			const data = getIconData(sets[theme], name);
			if (!data) throw new Error(`Symbol ${id}: icon "${name}" is missing from the ${theme} set`);
			const svg = iconToSVG(data);
			file = asSymbolFile(svg.attributes.viewBox, replaceIDs(svg.body, `${id}-`));
		}
		writeFileSync(`${out}/${theme}/${id}.svg`, file);
		count++;
	}
}
console.log(`symbols: wrote ${count} files to static/symbols`);
