import { ZipDeflate, ZipPassThrough } from 'fflate';

/** Pieces smaller than this are gathered before they become a Blob part, so a file is not thousands of tiny parts. */
const GATHER_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/**
 * Builds a zip file entry by entry into a Blob, so a backup of years of photos never sits in memory:
 * each entry's bytes go into the Blob (the browser's own storage, not the page's memory) soon after
 * they are added, and the caller can drop them.
 *
 * Every entry's size and checksum are written in front of its bytes, never after them (no "data
 * descriptor"): a reader that streams through the file can then step over a photo by its size,
 * instead of searching the photo's bytes for the marker that ends it, which a photo can contain.
 * Files are under 4 GiB and 65 535 entries (checked), so the classic zip format is enough.
 */
export class ZipBlobWriter {
	readonly #dosTime: number;
	readonly #dosDate: number;
	readonly #parts: Blob[] = [];
	readonly #central: Uint8Array[] = [];
	#gathered: Uint8Array[] = [];
	#gatheredBytes = 0;
	#offset = 0;
	#count = 0;
	#done = false;

	/** `madeAt` is the time written on every entry (a fixed one gives the same file for the same data). */
	constructor(madeAt: Date = new Date()) {
		[this.#dosTime, this.#dosDate] = dosDateTime(madeAt);
	}

	/** Bytes written so far: what the file will weigh, less the table of contents at the end. */
	get size(): number {
		return this.#offset;
	}

	/** Adds bytes as they are: photos and recordings are compressed already, so packing them again gains nothing. */
	addStored(name: string, bytes: Uint8Array): void {
		const entry = new ZipPassThrough(name);
		entry.ondata = () => undefined;
		entry.push(bytes, true);
		this.#add(name, 0, entry.crc, bytes.length, [bytes], bytes.length);
	}

	/** Adds bytes packed with deflate (text, such as the backup's JSON). */
	addDeflated(name: string, bytes: Uint8Array, level: 6 | 9 = 6): void {
		const packed: Uint8Array[] = [];
		const entry = new ZipDeflate(name, { level });
		entry.ondata = (error, chunk) => {
			if (error) throw error;
			packed.push(chunk);
		};
		entry.push(bytes, true);
		this.#add(name, 8, entry.crc, bytes.length, packed, packed.reduce((sum, c) => sum + c.length, 0));
	}

	/** Writes the table of contents and returns the whole file. The writer cannot be used after this. */
	finish(type = 'application/zip'): Blob {
		if (this.#done) throw new Error('The zip is already finished');
		this.#done = true;
		const start = this.#offset;
		const centralBytes = this.#central.reduce((sum, c) => sum + c.length, 0);
		const end = new Uint8Array(22);
		const view = new DataView(end.buffer);
		view.setUint32(0, 0x06054b50, true);
		view.setUint16(8, this.#count, true);
		view.setUint16(10, this.#count, true);
		view.setUint32(12, centralBytes, true);
		view.setUint32(16, start, true);
		for (const piece of [...this.#central, end]) this.#gather(piece);
		this.#flush();
		return new Blob(this.#parts, { type });
	}

	#add(name: string, method: 0 | 8, crc: number, size: number, data: Uint8Array[], packedSize: number): void {
		if (this.#done) throw new Error('The zip is already finished');
		if (this.#count + 1 > MAX_ENTRIES || this.#offset + packedSize > MAX_BYTES) throw new RangeError('Too much for one zip file');
		if (!/^[\x20-\x7e]+$/.test(name)) throw new RangeError('Entry names are plain ASCII');
		const nameBytes = new TextEncoder().encode(name);
		const local = new Uint8Array(30 + nameBytes.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true);
		l.setUint16(8, method, true);
		l.setUint16(10, this.#dosTime, true);
		l.setUint16(12, this.#dosDate, true);
		l.setUint32(14, crc >>> 0, true);
		l.setUint32(18, packedSize, true);
		l.setUint32(22, size, true);
		l.setUint16(26, nameBytes.length, true);
		local.set(nameBytes, 30);

		const central = new Uint8Array(46 + nameBytes.length);
		const c = new DataView(central.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(10, method, true);
		c.setUint16(12, this.#dosTime, true);
		c.setUint16(14, this.#dosDate, true);
		c.setUint32(16, crc >>> 0, true);
		c.setUint32(20, packedSize, true);
		c.setUint32(24, size, true);
		c.setUint16(28, nameBytes.length, true);
		c.setUint32(42, this.#offset, true);
		central.set(nameBytes, 46);

		this.#central.push(central);
		this.#gather(local);
		for (const chunk of data) this.#gather(chunk);
		this.#offset += local.length + packedSize;
		this.#count++;
	}

	#gather(piece: Uint8Array): void {
		this.#gathered.push(piece);
		this.#gatheredBytes += piece.length;
		if (this.#gatheredBytes >= GATHER_BYTES) this.#flush();
	}

	/** The gathered pieces become one Blob part: the Blob keeps its own copy, so the pieces can be let go. */
	#flush(): void {
		if (this.#gathered.length === 0) return;
		this.#parts.push(new Blob(this.#gathered as Uint8Array<ArrayBuffer>[]));
		this.#gathered = [];
		this.#gatheredBytes = 0;
	}
}

/**
 * The date and time as a zip entry stores them (MS-DOS format, local time, two-second steps). A class
 * tablet's clock can say 1970: zip cannot hold dates before 1980 or after 2107, so those are clamped
 * instead of failing the backup.
 */
export function dosDateTime(date: Date): [time: number, date: number] {
	const valid = Number.isFinite(date.getTime());
	const year = valid ? date.getFullYear() : 1980;
	if (!valid || year < 1980) return [0, (1 << 5) | 1];
	if (year > 2107) return [(23 << 11) | (59 << 5) | 29, (127 << 9) | (12 << 5) | 31];
	return [
		(date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
		((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
	];
}
