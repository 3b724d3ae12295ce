import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '$lib/storage/errors';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { getMedia } from '$lib/media/media-store';
import { SELF } from '$lib/domain/answers/schema';
import { loadInterestAnswers, saveCardAnswer, setCardPhoto, setStar, startExploration } from './interests-repo';

const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
const jpeg = (n: number) => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, n]).buffer, type: 'image/jpeg' });
const teacher = { kind: 'helper' as const, role: 'teacher' as const, name: 'Kari' };

afterEach(() => vi.restoreAllMocks());

describe('the person’s own photo on a card', () => {
	it('is stored as bytes and found again by card', async () => {
		const { id } = await createProfile(nora);
		const mediaId = await setCardPhoto(id, 'area_animals', jpeg(1), SELF);
		expect(mediaId).toBeTruthy();
		const { photos } = await loadInterestAnswers(id);
		expect(photos.get('area_animals')).toBe(mediaId);
		const media = await getMedia(mediaId!);
		expect(new Uint8Array(media!.bytes)).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 1]));
		expect(media?.profileId).toBe(id);
	});

	it('replaces the old photo (no stray bytes left) and goes back to the symbol with null', async () => {
		const { id } = await createProfile(nora);
		const first = await setCardPhoto(id, 'area_cafe', jpeg(1), SELF);
		const second = await setCardPhoto(id, 'area_cafe', jpeg(2), teacher);
		expect(second).not.toBe(first);
		expect(await getMedia(first!)).toBeUndefined();
		expect((await loadInterestAnswers(id)).photos.get('area_cafe')).toBe(second);

		expect(await setCardPhoto(id, 'area_cafe', null, SELF)).toBeNull();
		expect(await getMedia(second!)).toBeUndefined();
		expect((await loadInterestAnswers(id)).photos.has('area_cafe')).toBe(false);
	});

	it('does not mix with card answers or stars', async () => {
		const { id } = await createProfile(nora);
		const exploration = await startExploration(id);
		await saveCardAnswer(id, exploration.id, 'area_cafe', 'like', SELF);
		await setStar(id, 'job_cafe', true, SELF);
		await setCardPhoto(id, 'area_cafe', jpeg(3), SELF);
		const { byExploration, stars, photos } = await loadInterestAnswers(id);
		expect([...byExploration.keys()]).toEqual([exploration.id]);
		expect(byExploration.get(exploration.id)?.get('area_cafe')?.value).toBe('like');
		expect([...stars.keys()]).toEqual(['job_cafe']);
		expect([...photos.keys()]).toEqual(['area_cafe']);
	});

	it('a full device keeps the photo that was there and stores no half link', async () => {
		const { id } = await createProfile(nora);
		const kept = await setCardPhoto(id, 'area_shop', jpeg(4), SELF);
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'media') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(setCardPhoto(id, 'area_shop', jpeg(5), SELF)).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect((await loadInterestAnswers(id)).photos.get('area_shop')).toBe(kept);
		expect(await getMedia(kept!)).toBeDefined();
	});
});
