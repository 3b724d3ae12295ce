import { Unzip, UnzipInflate } from 'fflate';
import { BACKUP_LIMITS, BackupError, type BackupLimits } from './backup-schema';

const CHUNK = 64 * 1024;

/**
 * Unpacks a zip while counting what comes out: entry count, bytes per entry and in all, and the
 * ratio to the packed size are checked as the bytes arrive, because the sizes a zip declares can lie
 * (a "zip bomb"). Entry names are only looked up, never used as keys or file names.
 */
export function unzipWithLimits(bytes: Uint8Array, limits: BackupLimits = BACKUP_LIMITS, maxEntryBytes = limits.mediaBytes): Map<string, Uint8Array> {
	const files = new Map<string, Uint8Array>();
	const maxTotal = Math.min(limits.unpackedBytes, bytes.length * limits.ratio + CHUNK);
	let total = 0;
	let entries = 0;
	let problem: BackupError | null = null;
	const unzip = new Unzip((file) => {
		if (problem) return;
		if (++entries > limits.zipEntries) {
			problem = new BackupError('too-big', 'entries');
			return;
		}
		if (files.has(file.name) || (file.compression !== 0 && file.compression !== 8)) {
			problem = new BackupError('damaged', 'entry');
			return;
		}
		const chunks: Uint8Array[] = [];
		let size = 0;
		file.ondata = (error, chunk, final) => {
			if (problem) return;
			if (error) {
				problem = new BackupError('damaged', 'inflate');
				return;
			}
			size += chunk.length;
			total += chunk.length;
			if (size > maxEntryBytes || total > maxTotal) {
				problem = new BackupError('too-big', 'unpacked');
				file.terminate();
				return;
			}
			chunks.push(chunk);
			if (final) files.set(file.name, join(chunks, size));
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let at = 0; at < bytes.length && !problem; at += CHUNK) {
			unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
		}
	} catch {
		problem ??= new BackupError('damaged', 'zip');
	}
	if (problem) throw problem;
	return files;
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
	if (chunks.length === 1) return chunks[0]!;
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
