/**
 * The width and height of a JPEG from its frame header (SOFn), without decoding the picture: the PDF
 * embeds the photo's bytes as they are, and only needs its size to fit it in its box.
 * Returns undefined when the bytes are not a JPEG it can read (the caller then decodes it instead).
 */
export function jpegSize(data: Uint8Array): { width: number; height: number } | undefined {
	const byte = (i: number) => data[i] ?? 0;
	if (data.length < 4 || byte(0) !== 0xff || byte(1) !== 0xd8) return undefined;
	let at = 2;
	while (at + 9 < data.length) {
		if (byte(at) !== 0xff) return undefined;
		const marker = byte(at + 1);
		if (marker === 0xff) {
			at++;
			continue;
		}
		const length = (byte(at + 2) << 8) | byte(at + 3);
		// SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
		if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
			const height = (byte(at + 5) << 8) | byte(at + 6);
			const width = (byte(at + 7) << 8) | byte(at + 8);
			return width > 0 && height > 0 ? { width, height } : undefined;
		}
		if (marker === 0xda || length < 2) return undefined;
		at += 2 + length;
	}
	return undefined;
}
