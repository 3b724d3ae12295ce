import { Unzip, UnzipInflate } from 'fflate';
import { BACKUP_LIMITS, BackupError, type BackupLimits } from './backup-schema';

const CHUNK = 64 * 1024;

/** One entry the reader was asked to keep, whole. */
export interface KeptEntry {
	name: string;
	bytes: Uint8Array;
}

/**
 * Streams through a zip file someone gave the person, never holding the file or more than one kept
 * entry of it in memory: years of photos fit through a phone with little memory. While the bytes
 * arrive it counts entries, bytes per entry and in all, and the ratio to the packed size, because the
 * sizes a zip declares can lie (a "zip bomb"). Entry names are only compared, never used as keys or
 * file names.
 *
 * `keep(name)` says how many bytes an entry may have to be kept (its bytes are then handed to
 * `onEntry`), or null to step over it (its bytes are still counted). The file is not read further
 * until `onEntry` has finished, so its checking and writing can take their time. Returns the
 * unpacked size of every entry, by name.
 */
export async function streamZip(
	file: Blob,
	keep: (name: string) => number | null,
	onEntry: (entry: KeptEntry) => Promise<void> | void,
	limits: BackupLimits = BACKUP_LIMITS
): Promise<Map<string, number>> {
	const sizes = new Map<string, number>();
	const done: KeptEntry[] = [];
	const maxTotal = Math.min(limits.unpackedBytes, file.size * limits.ratio + CHUNK);
	let total = 0;
	let problem: BackupError | null = null;
	const unzip = new Unzip((entry) => {
		if (problem) return;
		if (sizes.size + 1 > limits.zipEntries) {
			problem = new BackupError('too-big', 'entries');
			return;
		}
		if (sizes.has(entry.name) || (entry.compression !== 0 && entry.compression !== 8)) {
			problem = new BackupError('damaged', 'entry');
			return;
		}
		const name = entry.name;
		const max = keep(name);
		const chunks: Uint8Array[] = [];
		let size = 0;
		sizes.set(name, 0);
		entry.ondata = (error, chunk, final) => {
			if (problem) return;
			if (error) {
				problem = new BackupError('damaged', 'inflate');
				return;
			}
			size += chunk.length;
			total += chunk.length;
			if ((max !== null && size > max) || total > maxTotal) {
				problem = new BackupError('too-big', 'unpacked');
				entry.terminate();
				return;
			}
			if (max !== null) chunks.push(chunk);
			if (final) {
				sizes.set(name, size);
				if (max !== null) done.push({ name, bytes: join(chunks, size) });
			}
		};
		entry.start();
	});
	unzip.register(UnzipInflate);

	const reader = file.stream().getReader();
	try {
		for (;;) {
			const { done: ended, value } = await reader.read();
			try {
				if (ended) unzip.push(new Uint8Array(0), true);
				else for (let at = 0; at < value.length && !problem; at += CHUNK) unzip.push(value.subarray(at, at + CHUNK));
			} catch {
				problem ??= new BackupError('damaged', 'zip');
			}
			if (problem) throw problem;
			// Each kept entry is checked (and written) before the next bytes are read.
			while (done.length > 0) await onEntry(done.shift()!);
			if (ended) break;
		}
	} finally {
		await reader.cancel().catch(() => undefined);
	}
	return sizes;
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
