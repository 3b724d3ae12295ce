/**
 * Photos and recordings are stored as bytes on the device (never as Blob: docs/reliability.md, "Media as bytes, not Blobs"), so a screen
 * that shows one needs an address for it while it is on screen, and must give that address back when the
 * person moves on — otherwise every photo ever looked at stays held in the phone's memory.
 */

/** Bytes a screen can show or play: a stored photo or recording, or one just prepared. */
export interface MediaBytes {
	bytes: ArrayBuffer;
	type: string;
	/** The small list copy of a photo (a JPEG), when it has one. */
	thumb?: ArrayBuffer;
}

/**
 * An address for the bytes. Whoever asks for it gives it back with `URL.revokeObjectURL` when the picture
 * leaves the screen. `small` takes the photo's list copy when it has one: a strip of photos then decodes
 * fast on an old phone.
 */
export function mediaUrl(media: MediaBytes, { small = false }: { small?: boolean } = {}): string {
	if (small && media.thumb) return URL.createObjectURL(new Blob([media.thumb], { type: 'image/jpeg' }));
	return URL.createObjectURL(new Blob([media.bytes], { type: media.type }));
}

/**
 * Reads the media with these ids (all at once) and hands `onReady` an address for each, by id, when all
 * are read. One that is gone or cannot be read is left out, so the screen shows the rest.
 * Returns the release function an `$effect` returns: it gives back every address made, and a read still
 * under way when the person has moved on makes none.
 */
export function loadMediaUrls(
	ids: readonly string[],
	read: (id: string) => Promise<MediaBytes | undefined>,
	onReady: (urls: Record<string, string>) => void,
	options: { small?: boolean } = {}
): () => void {
	const made: string[] = [];
	let live = true;
	const readOne = async (id: string) => {
		try {
			return [id, await read(id)] as const;
		} catch (error) {
			console.error(error);
			return [id, undefined] as const;
		}
	};
	void Promise.all([...new Set(ids)].map(readOne)).then((found) => {
		if (!live) return;
		const urls: Record<string, string> = {};
		for (const [id, media] of found) {
			if (!media) continue;
			urls[id] = mediaUrl(media, options);
			made.push(urls[id]);
		}
		onReady(urls);
	});
	return () => {
		live = false;
		for (const url of made.splice(0)) URL.revokeObjectURL(url);
	};
}
