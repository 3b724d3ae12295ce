import latin400 from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff?url';
import latin700 from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff?url';
import latinItalic from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-italic.woff?url';
import ext400 from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-400-normal.woff?url';
import ext700 from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-700-normal.woff?url';
import extItalic from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-400-italic.woff?url';
import { getMedia } from '$lib/media/media-store';
import { symbolFile, type SymbolId } from '$lib/symbols/registry';
import type { ConventionalCv, ExportDocument } from '../document';
import { renderCv, renderEasyRead } from './make';
import type { PdfFonts, PdfImage, PdfPictures } from './render';
import { jpegSize } from './jpeg-size';
import { woffToSfnt } from './woff';

/**
 * The browser's side of the PDFs, loaded with jsPDF only when the person exports: the app's own font
 * files (already app assets, so it works offline), symbols drawn to PNG once per symbol, photos from the
 * device. jsPDF's .html() and SVG features are never used, so its html2canvas, DOMPurify and canvg
 * chunks are never loaded.
 */

let fonts: Promise<PdfFonts> | undefined;

function loadFonts(): Promise<PdfFonts> {
	const get = async (url: string) => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
		return woffToSfnt(new Uint8Array(await response.arrayBuffer()));
	};
	const loading = (fonts ??= (async () => {
		const [r, b, i, xr, xb, xi] = await Promise.all([get(latin400), get(latin700), get(latinItalic), get(ext400), get(ext700), get(extItalic)]);
		return { latin: { regular: r, bold: b, italic: i }, ext: { regular: xr, bold: xb, italic: xi } };
	})());
	// A failed fetch (offline before the fonts were ever cached) is tried again next time.
	loading.catch(() => (fonts = undefined));
	return loading;
}

async function canvasBytes(canvas: HTMLCanvasElement, type: 'image/jpeg', quality = 0.88): Promise<Uint8Array> {
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
	if (!blob) throw new Error('canvas');
	return new Uint8Array(await blob.arrayBuffer());
}

/** 128 px at the symbols' 32–44 pt is 210–290 dpi: sharp on paper. */
const SYMBOL_PX = 128;
const symbols = new Map<SymbolId, Promise<PdfImage | undefined>>();

/** A symbol's SVG file (the colour set), drawn once to a picture. */
function symbolImage(id: SymbolId): Promise<PdfImage | undefined> {
	let image = symbols.get(id);
	if (!image) {
		image = (async () => {
			const img = new Image(SYMBOL_PX, SYMBOL_PX);
			img.src = symbolFile(id);
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = SYMBOL_PX;
			const context = canvas.getContext('2d');
			if (!context) return undefined;
			// On white, as a JPEG: the page is white, and jsPDF embeds a JPEG as it is, where it decodes and
			// re-packs every PNG in JavaScript (that took most of the PDF's time with 15 symbols).
			context.fillStyle = '#fff';
			context.fillRect(0, 0, SYMBOL_PX, SYMBOL_PX);
			context.drawImage(img, 0, 0, SYMBOL_PX, SYMBOL_PX);
			return { data: await canvasBytes(canvas, 'image/jpeg', 0.95), format: 'JPEG' as const, width: SYMBOL_PX, height: SYMBOL_PX };
		})().catch(() => undefined);
		symbols.set(id, image);
	}
	return image;
}

/** A photo from the device: JPEG as it is (not decoded); PNG, WebP and the rest drawn to a JPEG (on white). */
async function photoImage(mediaId: string): Promise<PdfImage | undefined> {
	const media = await getMedia(mediaId);
	if (!media || !media.type.startsWith('image/')) return undefined;
	const bytes = new Uint8Array(media.bytes);
	const size = /^image\/jpe?g/.test(media.type) ? jpegSize(bytes) : undefined;
	if (size) return { data: bytes, format: 'JPEG', ...size };
	const bitmap = await createImageBitmap(new Blob([media.bytes], { type: media.type }));
	try {
		const { width, height } = bitmap;
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) return undefined;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, width, height);
		context.drawImage(bitmap, 0, 0);
		return { data: await canvasBytes(canvas, 'image/jpeg'), format: 'JPEG', width, height };
	} finally {
		bitmap.close();
	}
}

const pictures: PdfPictures = { symbol: symbolImage, photo: photoImage };

export async function easyReadPdf(doc: ExportDocument): Promise<Blob> {
	const start = performance.now();
	const [{ jsPDF }, loaded] = await Promise.all([import('jspdf'), loadFonts()]);
	performance.measure('jv-pdf-load', { start });
	return renderEasyRead(jsPDF, loaded, doc, pictures);
}

export async function cvPdf(cv: ConventionalCv): Promise<Blob> {
	const [{ jsPDF }, loaded] = await Promise.all([import('jspdf'), loadFonts()]);
	return renderCv(jsPDF, loaded, cv);
}
