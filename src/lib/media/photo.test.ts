import { describe, expect, it } from 'vitest';
import { fitWithin, looksLikeImage } from './photo';

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)].slice(0, 16));
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('photo checks', () => {
	it('recognises real image files by their first bytes', () => {
		expect(looksLikeImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
		expect(looksLikeImage(bytes(0x89, ...ascii('PNG')))).toBe(true);
		expect(looksLikeImage(bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')))).toBe(true);
		expect(looksLikeImage(bytes(0, 0, 0, 0x18, ...ascii('ftypheic')))).toBe(true);
	});

	it('refuses text, scripts and documents that pretend to be images', () => {
		expect(looksLikeImage(bytes(...ascii('<svg onload=')))).toBe(false);
		expect(looksLikeImage(bytes(...ascii('%PDF-1.7')))).toBe(false);
		expect(looksLikeImage(bytes(...ascii('{"hello":1}')))).toBe(false);
	});

	it('scales down to the longest side and never up', () => {
		expect(fitWithin(4000, 3000, 1280)).toEqual({ width: 1280, height: 960 });
		expect(fitWithin(300, 200, 1280)).toEqual({ width: 300, height: 200 });
		expect(fitWithin(1, 10_000, 512)).toEqual({ width: 1, height: 512 });
	});
});
