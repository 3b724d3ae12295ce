/**
 * Prepares a photo the person chose: checks it really is an image, scales it down and re-encodes it
 * as JPEG on the device. Re-encoding also drops location and other EXIF data (docs/reliability.md, "Privacy").
 */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;
export const TARGET_BYTES = 300 * 1024;
/** Longest side of the small copy shown in lists. */
export const THUMB_SIDE = 240;

export class PhotoError extends Error {
	constructor(readonly reason: 'not-image' | 'too-big') {
		super(reason);
		this.name = 'PhotoError';
	}
}

/** True when the first bytes are a JPEG, PNG, GIF, WebP, HEIC/AVIF or BMP image. */
export function looksLikeImage(head: Uint8Array): boolean {
	const b = head;
	const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to));
	return (
		(b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
		(b[0] === 0x89 && ascii(1, 4) === 'PNG') ||
		ascii(0, 4) === 'GIF8' ||
		(ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
		(ascii(4, 8) === 'ftyp' && /^(heic|heix|mif1|avif|msf1|hevc)$/.test(ascii(8, 12))) ||
		ascii(0, 2) === 'BM'
	);
}

/** Scales a width × height down so the longest side is at most `max`. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
	const scale = Math.min(1, max / Math.max(width, height));
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function drawn(bitmap: ImageBitmap, side: number): HTMLCanvasElement {
	const size = fitWithin(bitmap.width, bitmap.height, side);
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
	return canvas;
}

function jpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
	return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

export interface PreparedPhoto {
	bytes: ArrayBuffer;
	type: string;
	/** The small copy for lists (see MediaRecord.thumb). */
	thumb?: ArrayBuffer;
}

export async function preparePhoto(file: Blob, maxSide = 1280): Promise<PreparedPhoto> {
	const start = performance.now();
	if (file.size > MAX_INPUT_BYTES) throw new PhotoError('too-big');
	const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
	if (!looksLikeImage(head)) throw new PhotoError('not-image');
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		throw new PhotoError('not-image');
	}
	if (bitmap.width * bitmap.height > MAX_PIXELS) {
		bitmap.close();
		throw new PhotoError('too-big');
	}
	let side = maxSide;
	try {
		for (let attempt = 0; attempt < 6; attempt++) {
			const canvas = drawn(bitmap, side);
			for (const quality of [0.82, 0.7, 0.55]) {
				const blob = await jpeg(canvas, quality);
				if (blob && blob.size <= TARGET_BYTES) {
					const bytes = await blob.arrayBuffer();
					const thumb = await jpeg(drawn(bitmap, THUMB_SIDE), 0.7);
					performance.measure('jv-photo', { start }); // read by npm run bench
					return { bytes, type: 'image/jpeg', ...(thumb ? { thumb: await thumb.arrayBuffer() } : {}) };
				}
			}
			side = Math.round(side * 0.75);
		}
	} finally {
		bitmap.close();
	}
	throw new PhotoError('too-big');
}

/**
 * Whether stored image bytes really open as a picture of a size a phone can hold. A backup file can
 * call anything a photo; the header check (looksLikeImage) is cheap, this decodes it. Where the
 * platform cannot decode (tests in Node), the header check stands alone.
 */
export async function imageOpens(bytes: Uint8Array, type: string): Promise<boolean> {
	if (typeof createImageBitmap !== 'function') return true;
	try {
		// The Blob keeps its own copy of the bytes: no need to copy them first.
		const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
		const fits = bitmap.width > 0 && bitmap.width * bitmap.height <= MAX_PIXELS;
		bitmap.close();
		return fits;
	} catch {
		return false;
	}
}
