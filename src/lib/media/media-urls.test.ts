import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMediaUrls, mediaUrl, type MediaBytes } from './media-urls';

const photo = (text: string, thumb?: string): MediaBytes => ({
	bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
	type: 'image/png',
	...(thumb === undefined ? {} : { thumb: new TextEncoder().encode(thumb).buffer as ArrayBuffer })
});
const textOf = async (url: string | undefined) => (await fetch(url ?? 'about:blank')).text();
/** What the screen was handed, the first time. */
const handed = (onReady: ReturnType<typeof vi.fn>) => onReady.mock.calls[0]?.[0] as Record<string, string>;

afterEach(() => vi.restoreAllMocks());

describe('mediaUrl', () => {
	it('gives an address that holds the bytes with their type', async () => {
		const url = mediaUrl(photo('full'));
		const response = await fetch(url);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(await response.text()).toBe('full');
		URL.revokeObjectURL(url);
	});

	it('takes the small list copy when asked and there is one, else the photo itself', async () => {
		expect(await textOf(mediaUrl(photo('full', 'small'), { small: true }))).toBe('small');
		expect(await textOf(mediaUrl(photo('full'), { small: true }))).toBe('full');
		expect(await textOf(mediaUrl(photo('full', 'small')))).toBe('full');
	});
});

describe('loadMediaUrls', () => {
	const stored: Record<string, MediaBytes> = { a: photo('A'), b: photo('B', 'b-small') };
	const read = async (id: string) => stored[id];

	it('hands an address for each photo found, by id, once, and leaves out what is gone', async () => {
		const onReady = vi.fn();
		loadMediaUrls(['a', 'gone', 'b', 'a'], read, onReady);
		await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
		const urls = handed(onReady);
		expect(Object.keys(urls).sort()).toEqual(['a', 'b']);
		expect(await textOf(urls.a)).toBe('A');
		expect(await textOf(urls.b)).toBe('B');
	});

	it('uses the list copies when asked', async () => {
		const onReady = vi.fn();
		loadMediaUrls(['b'], read, onReady, { small: true });
		await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
		expect(await textOf(handed(onReady).b)).toBe('b-small');
	});

	it('gives every address back on release', async () => {
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		const onReady = vi.fn();
		const release = loadMediaUrls(['a', 'b'], read, onReady);
		await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
		const urls = Object.values(handed(onReady));
		release();
		expect(revoke.mock.calls.map(([url]) => url).sort()).toEqual([...urls].sort());
		release();
		expect(revoke).toHaveBeenCalledTimes(2);
	});

	it('makes no address when the person moved on before the photos were read', async () => {
		const create = vi.spyOn(URL, 'createObjectURL');
		let finish!: () => void;
		const slow = (id: string) => new Promise<MediaBytes | undefined>((resolve) => (finish = () => resolve(stored[id])));
		const onReady = vi.fn();
		const release = loadMediaUrls(['a'], slow, onReady);
		release();
		finish();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(onReady).not.toHaveBeenCalled();
		expect(create).not.toHaveBeenCalled();
	});

	it('shows the rest when one photo cannot be read', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const onReady = vi.fn();
		loadMediaUrls(['a', 'broken'], async (id) => (id === 'broken' ? Promise.reject(new Error('bad record')) : stored[id]), onReady);
		await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
		expect(Object.keys(handed(onReady))).toEqual(['a']);
	});
});
