import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { InvalidRecordError, StorageFullError } from '$lib/storage/errors';
import { sha256Hex } from './media-record';
import { deleteRecording, getRecording, saveRecording } from './recordings';

const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
const sound = (n = 1500) => crypto.getRandomValues(new Uint8Array(n)).buffer as ArrayBuffer;

afterEach(() => vi.restoreAllMocks());

describe('saving a voice answer', () => {
	it('stores bytes, type, size, SHA-256 and length for the person', async () => {
		const person = await createProfile(nora);
		const bytes = sound();
		const saved = await saveRecording(person.id, { bytes, type: 'audio/mp4', durationMs: 2034.6 });
		const stored = await getRecording(saved.id);
		expect(stored).toMatchObject({ profileId: person.id, type: 'audio/mp4', size: 1500, durationMs: 2035 });
		expect(stored!.bytes).toBeInstanceOf(ArrayBuffer);
		expect(stored!.sha256).toBe(await sha256Hex(bytes));
		expect(new Uint8Array(stored!.bytes)).toEqual(new Uint8Array(bytes));
	});

	it('keeps the codec the engine reported', async () => {
		const person = await createProfile(nora);
		const saved = await saveRecording(person.id, { bytes: sound(), type: 'audio/webm;codecs=opus', durationMs: 900 });
		expect((await getRecording(saved.id))?.type).toBe('audio/webm;codecs=opus');
	});

	it('refuses what is not a sound recording, and an empty one', async () => {
		const person = await createProfile(nora);
		await expect(saveRecording(person.id, { bytes: sound(), type: 'image/png', durationMs: 1000 })).rejects.toBeInstanceOf(
			InvalidRecordError
		);
		await expect(saveRecording(person.id, { bytes: new ArrayBuffer(0), type: 'audio/mp4', durationMs: 1000 })).rejects.toBeInstanceOf(
			InvalidRecordError
		);
	});

	it('a full device gives StorageFullError and stores nothing', async () => {
		const person = await createProfile(nora);
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'media') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(saveRecording(person.id, { bytes: sound(), type: 'audio/mp4', durationMs: 1000 })).rejects.toBeInstanceOf(
			StorageFullError
		);
		vi.restoreAllMocks();
		const next = await saveRecording(person.id, { bytes: sound(), type: 'audio/mp4', durationMs: 1000 });
		expect(await getRecording(next.id)).toBeDefined();
	});

	it('delete gives back what it removed, so "Angre" can store it again', async () => {
		const person = await createProfile(nora);
		const saved = await saveRecording(person.id, { bytes: sound(), type: 'audio/mp4', durationMs: 3000 });
		const removed = await deleteRecording(saved.id);
		expect(removed?.sha256).toBe(saved.sha256);
		expect(await getRecording(saved.id)).toBeUndefined();
		expect(await deleteRecording(saved.id)).toBeUndefined();
		const again = await saveRecording(person.id, { bytes: removed!.bytes, type: removed!.type, durationMs: removed!.durationMs ?? 0 });
		expect((await getRecording(again.id))?.sha256).toBe(saved.sha256);
	});
});
