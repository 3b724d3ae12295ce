import { describe, expect, it } from 'vitest';
import { jpegSize } from './jpeg-size';

/** A minimal JPEG head: SOI, an APP0 segment, then SOF0 with the given size. */
function jpegHead(width: number, height: number, sof = 0xc0): Uint8Array {
	const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array.from({ length: 14 }, () => 0)];
	const dht = [0xff, 0xc4, 0x00, 0x04, 0x00, 0x00];
	const frame = [0xff, sof, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, ...Array.from({ length: 9 }, () => 0)];
	return new Uint8Array([0xff, 0xd8, ...app0, ...dht, ...frame, 0xff, 0xd9]);
}

describe('jpegSize', () => {
	it('reads the size from the frame header, past other segments', () => {
		expect(jpegSize(jpegHead(1280, 960))).toEqual({ width: 1280, height: 960 });
		expect(jpegSize(jpegHead(300, 4000, 0xc2))).toEqual({ width: 300, height: 4000 }); // progressive
	});
	it('gives undefined for what is not a JPEG or has no frame header', () => {
		expect(jpegSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
		expect(jpegSize(jpegHead(0, 10))).toBeUndefined();
		expect(jpegSize(jpegHead(1280, 960).slice(0, 30))).toBeUndefined();
	});
});
