import { unzlibSync } from 'fflate';

/**
 * WOFF (version 1) to TrueType/OpenType (sfnt), so jsPDF can embed the app's own font files.
 * WOFF1 is the sfnt's tables, each zlib-compressed when that made it smaller, behind a 44-byte header
 * (https://www.w3.org/TR/WOFF/). The tables are written back in tag order, 4-byte aligned, with
 * the checksums WOFF kept. The font files are the app's own assets, but the reader still checks
 * every offset and length, so a damaged file fails with an error instead of reading past the end.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
	const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
	const flavor = view.getUint32(4);
	const numTables = view.getUint16(12);
	if (numTables === 0 || numTables > 100 || 44 + numTables * 20 > woff.byteLength) throw new Error('bad WOFF table count');

	const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
	for (let i = 0; i < numTables; i++) {
		const at = 44 + i * 20;
		const tag = view.getUint32(at);
		const offset = view.getUint32(at + 4);
		const compLength = view.getUint32(at + 8);
		const origLength = view.getUint32(at + 12);
		const checksum = view.getUint32(at + 16);
		if (offset + compLength > woff.byteLength || compLength > origLength || origLength > 16 * 1024 * 1024) throw new Error('bad WOFF table');
		const stored = woff.subarray(offset, offset + compLength);
		const data = compLength < origLength ? unzlibSync(stored) : stored;
		if (data.byteLength !== origLength) throw new Error('bad WOFF table length');
		tables.push({ tag, checksum, data });
	}
	tables.sort((a, b) => a.tag - b.tag);

	const headerSize = 12 + numTables * 16;
	const size = tables.reduce((sum, t) => sum + pad4(t.data.byteLength), headerSize);
	const out = new Uint8Array(size);
	const o = new DataView(out.buffer);
	// The offset table's binary-search fields (OpenType spec, "Table Directory").
	const power = 2 ** Math.floor(Math.log2(numTables));
	o.setUint32(0, flavor);
	o.setUint16(4, numTables);
	o.setUint16(6, power * 16);
	o.setUint16(8, Math.log2(power));
	o.setUint16(10, numTables * 16 - power * 16);
	let offset = headerSize;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		o.setUint32(at, t.tag);
		o.setUint32(at + 4, t.checksum);
		o.setUint32(at + 8, offset);
		o.setUint32(at + 12, t.data.byteLength);
		out.set(t.data, offset);
		offset += pad4(t.data.byteLength);
	});
	// The tables may now sit in another order than in the original font: set the whole-font
	// checksum in 'head' again (OpenType spec, "head": 0xB1B0AFBA minus the font's sum).
	const head = tables.findIndex((t) => t.tag === 0x68656164);
	if (head >= 0 && (tables[head]?.data.byteLength ?? 0) >= 12) {
		const at = o.getUint32(12 + head * 16 + 8) + 8;
		o.setUint32(at, 0);
		o.setUint32(at, (0xb1b0afba - tableChecksum(out)) >>> 0);
	}
	return out;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
export function tableChecksum(data: Uint8Array): number {
	let sum = 0;
	const padded = new Uint8Array(pad4(data.byteLength));
	padded.set(data);
	const view = new DataView(padded.buffer);
	for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
	return sum;
}

/** The tables of an sfnt, by tag, for tests and sanity checks. */
export function sfntTables(sfnt: Uint8Array): Map<string, { checksum: number; data: Uint8Array }> {
	const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
	const tables = new Map<string, { checksum: number; data: Uint8Array }>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + i * 16;
		const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		tables.set(tag, { checksum: view.getUint32(at + 4), data: sfnt.subarray(offset, offset + view.getUint32(at + 12)) });
	}
	return tables;
}
