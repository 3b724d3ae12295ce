import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ZipBlobWriter, dosDateTime } from './zip-writer';

/** Random-looking bytes that contain the zip's own markers, as a photo's bytes can. */
function photoLike(size: number, seed: number): Uint8Array {
	const bytes = new Uint8Array(size).map((_, i) => (i * 131 + seed * 7 + ((i * i) >> 3)) % 256);
	for (let at = 100; at + 4 < size; at += 997) bytes.set([0x50, 0x4b, 0x07, 0x08], at); // "data descriptor" marker
	for (let at = 500; at + 4 < size; at += 1499) bytes.set([0x50, 0x4b, 0x03, 0x04], at); // "next entry" marker
	return bytes;
}

/** Reads a zip the way restore does: streamed in small chunks, each entry stepped over by its size. */
async function streamed(blob: Blob): Promise<Map<string, Uint8Array>> {
	const out = new Map<string, Uint8Array>();
	const unzip = new Unzip((file) => {
		const chunks: Uint8Array[] = [];
		file.ondata = (error, chunk, final) => {
			if (error) throw error;
			chunks.push(chunk);
			if (final) {
				const all = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
				let at = 0;
				for (const c of chunks) (all.set(c, at), (at += c.length));
				out.set(file.name, all);
			}
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	const bytes = new Uint8Array(await blob.arrayBuffer());
	for (let at = 0; at < bytes.length; at += 1000) unzip.push(bytes.subarray(at, at + 1000), at + 1000 >= bytes.length);
	return out;
}

describe('ZipBlobWriter', () => {
	it('writes a zip that both a whole-file reader and a streaming reader read back byte for byte', async () => {
		const writer = new ZipBlobWriter(new Date(2026, 11, 3, 14, 30, 12));
		const photos = [photoLike(70_000, 1), photoLike(5_000_000, 2), photoLike(1, 3)];
		photos.forEach((p, i) => writer.addStored(`media/${i}`, p));
		const json = JSON.stringify({ name: 'Nora Østbø', text: 'å'.repeat(5000) });
		writer.addDeflated('jobbvei.json', strToU8(json));
		const blob = writer.finish();
		expect(blob.type).toBe('application/zip');

		const whole = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const stream = await streamed(blob);
		for (const files of [whole, Object.fromEntries(stream)]) {
			expect(Object.keys(files)).toEqual(['media/0', 'media/1', 'media/2', 'jobbvei.json']);
			// Buffer.equals: a deep equal over 5 MB, element by element, takes most of a minute.
			photos.forEach((p, i) => expect(Buffer.from(files[`media/${i}`]!).equals(Buffer.from(p)), `media/${i}`).toBe(true));
			expect(strFromU8(files['jobbvei.json']!)).toBe(json);
		}
		// The JSON is packed; the photos are stored as they are.
		expect(blob.size).toBeLessThan(photos.reduce((s, p) => s + p.length, 0) + json.length);
	});

	it('puts each size in front of the bytes (no data descriptor flag) and gives the same file for the same data and time', async () => {
		const make = () => {
			const writer = new ZipBlobWriter(new Date(2026, 0, 1));
			writer.addStored('media/0', photoLike(3000, 4));
			writer.addDeflated('jobbvei.json', strToU8('{}'));
			return writer.finish();
		};
		const bytes = new Uint8Array(await make().arrayBuffer());
		const view = new DataView(bytes.buffer);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		expect(view.getUint16(6, true) & 8).toBe(0);
		expect(view.getUint32(18, true)).toBe(3000);
		expect(view.getUint32(22, true)).toBe(3000);
		expect(new Uint8Array(await make().arrayBuffer())).toEqual(bytes);
	});

	it('counts its size, refuses names it cannot write plainly and use after finishing', () => {
		const writer = new ZipBlobWriter();
		writer.addStored('a', new Uint8Array(10));
		expect(writer.size).toBe(30 + 1 + 10);
		expect(() => writer.addStored('bilde/æ', new Uint8Array(1))).toThrow(RangeError);
		writer.finish();
		expect(() => writer.addStored('b', new Uint8Array(1))).toThrow();
		expect(() => writer.finish()).toThrow();
	});

	it('writes a wrong clock (1970, 2200, no date) as a date zip can hold', () => {
		expect(dosDateTime(new Date(1970, 0, 1))).toEqual([0, 33]);
		expect(dosDateTime(new Date(Number.NaN))).toEqual([0, 33]);
		expect(dosDateTime(new Date(2200, 0, 1))[1] >> 9).toBe(127);
		const [time, date] = dosDateTime(new Date(2026, 11, 3, 14, 30, 12));
		expect([date >> 9, (date >> 5) & 15, date & 31]).toEqual([46, 12, 3]);
		expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([14, 30, 12]);
	});
});
