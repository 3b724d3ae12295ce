// Draws Jobbvei's app icons as PNG files with no dependencies (a tiny PNG writer on node:zlib).
// Run once with `npm run icons`; the PNGs are committed in static/icons/.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC = new Uint32Array(256).map((_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (buf) => {
	let c = 0xffffffff;
	for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}
function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const BLUE = [11, 79, 138, 255], ROAD = [255, 255, 255, 255], LINE = [11, 79, 138, 255], SUN = [255, 200, 61, 255], GREEN = [0, 160, 90, 255];
/** A road that winds up to a yellow sun over green hills: "Jobbvei", the job path. `pad` keeps the maskable safe zone. */
function art(pad) {
	return (u, v) => {
		const x = (u - 0.5) / (1 - 2 * pad) + 0.5, y = (v - 0.5) / (1 - 2 * pad) + 0.5;
		if (Math.hypot(x - 0.7, y - 0.27) < 0.13) return SUN;
		const hill = 0.58 + 0.05 * Math.sin(x * 6);
		if (y > hill) {
			const center = 0.5 + 0.18 * Math.sin((1 - y) * 9) * (1 - y) * 2;
			const half = 0.04 + 0.26 * (y - hill) / (1 - hill);
			if (Math.abs(x - center) < half) {
				const stripe = Math.abs(x - center) < half * 0.12 && Math.floor(y * 30) % 2 === 0;
				return stripe ? LINE : ROAD;
			}
			return GREEN;
		}
		return BLUE;
	};
}
function rounded(size, draw) {
	return png(size, (u, v) => {
		const r = 0.18, dx = Math.max(r - u, 0, u - (1 - r)), dy = Math.max(r - v, 0, v - (1 - r));
		return Math.hypot(dx, dy) > r ? [0, 0, 0, 0] : draw(u, v);
	});
}
mkdirSync('static/icons', { recursive: true });
// The tab and bookmark icon: browsers fetch it with the first page, so it is kept tiny.
writeFileSync('static/icons/icon-32.png', rounded(32, art(0)));
writeFileSync('static/icons/icon-192.png', rounded(192, art(0)));
writeFileSync('static/icons/icon-512.png', rounded(512, art(0)));
writeFileSync('static/icons/maskable-512.png', png(512, art(0.1)));
console.log('icons written');
