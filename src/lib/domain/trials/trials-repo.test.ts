import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/storage/db';
import { InvalidRecordError, StorageFullError } from '$lib/storage/errors';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { getMedia } from '$lib/media/media-store';
import { listAnswers } from '$lib/domain/answers/answers-repo';
import { SELF } from '$lib/domain/answers/schema';
import { KARI, NORA } from '../../../../tests/unit/people';
import { PHOTO_MAX_BYTES } from '$lib/media/media-record';
import {
	TrialMediaError,
	addOwnTask,
	addPhoto,
	createTrial,
	deleteTrial,
	getTrial,
	listTrials,
	loadTrialAnswers,
	removePhoto,
	removeVoice,
	restoreTrial,
	saveTrialAnswer,
	saveTrialNote,
	saveVoice,
	updateTrial
} from './trials-repo';

const D1 = '2026-10-05';

const bytes = (n: number) => new Uint8Array(n).fill(7).buffer as ArrayBuffer;

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('planning a trial', () => {
	it('stores a plan with only the kind and one day, the days in order', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'hospitering', days: ['2026-10-07', D1, D1] }, SELF);
		expect(trial.days).toEqual([D1, '2026-10-07']);
		expect(trial.ownTasks).toEqual([]);
		expect(await getTrial(trial.id)).toEqual(trial);
	});

	it('refuses a plan without days or with more than 20', async () => {
		const p = await createProfile(NORA);
		await expect(createTrial(p.id, { kind: 'jobbsmak', days: [] }, SELF)).rejects.toBeInstanceOf(InvalidRecordError);
		const many = Array.from({ length: 21 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
		await expect(createTrial(p.id, { kind: 'jobbsmak', days: many }, SELF)).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await listTrials(p.id)).toEqual([]);
	});

	it('lists a person’s trials in the order they were planned, whatever the clock says', async () => {
		const a = await createProfile(NORA);
		const b = await createProfile({ ...NORA, name: 'Jonas' });
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2031-01-01'));
		const first = await createTrial(a.id, { kind: 'jobbsmak', days: ['2027-01-04'] }, SELF);
		vi.setSystemTime(new Date('1970-01-01')); // a class tablet with a flat battery
		const second = await createTrial(a.id, { kind: 'praksis', days: ['2026-01-05'] }, SELF);
		await createTrial(b.id, { kind: 'job', days: [D1] }, SELF);
		expect((await listTrials(a.id)).map((t) => t.id)).toEqual([first.id, second.id]);
	});

	it('changes only the given fields, clears a field given as undefined, and records who changed it', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(
			p.id,
			{ kind: 'jobbsmak', days: [D1], workplace: 'Scandic', contact: { name: 'Kari', phone: '12345678' } },
			SELF
		);
		const updated = await updateTrial(trial.id, { startTime: '09:00', contact: undefined, days: ['2026-10-06', D1] }, KARI);
		expect(updated).toMatchObject({ workplace: 'Scandic', startTime: '09:00', days: [D1, '2026-10-06'], answeredBy: KARI });
		expect('contact' in updated).toBe(false);
		expect(updated.rev).toBeGreaterThan(trial.rev);
		await expect(updateTrial(trial.id, { startTime: '25:00' }, SELF)).rejects.toBeInstanceOf(InvalidRecordError);
	});

	it('adds own tasks once each, with new numbers', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		const a = await addOwnTask(trial.id, 'Re senger');
		const again = await addOwnTask(trial.id, ' re senger ');
		const b = await addOwnTask(trial.id, 'Vaske bad');
		expect([a.taskId, again.taskId, b.taskId]).toEqual(['own_1', 'own_1', 'own_2']);
		expect(b.trial.ownTasks.map((t) => t.label)).toEqual(['Re senger', 'Vaske bad']);
	});
});

describe('reflections', () => {
	it('stores each answer at once, with who gave it, and groups them by trial', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		await saveTrialAnswer(p.id, { trialId: trial.id, phase: { kind: 'day', day: D1 }, question: 'day' }, 'good', SELF);
		await saveTrialAnswer(p.id, { trialId: trial.id, phase: { kind: 'day', day: D1 }, question: 'day', part: 'text' }, 'Gøy!', KARI);
		const group = (await loadTrialAnswers(p.id)).get(trial.id);
		expect(group?.days[D1]?.['day']?.answeredBy).toEqual(SELF);
		expect(group?.days[D1]?.['day/text']?.answeredBy).toEqual(KARI);
	});

	it('refuses a key that would not read back (a bad day)', async () => {
		const p = await createProfile(NORA);
		expect(() => saveTrialAnswer(p.id, { trialId: 't', phase: { kind: 'day', day: '2026-02-30' }, question: 'day' }, 'good', SELF)).toThrow(
			InvalidRecordError
		);
	});

	it('keeps helper notes apart, and only a helper writes one', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		expect(() => saveTrialNote(p.id, trial.id, { kind: 'after' }, 'Bra jobbet.', SELF)).toThrow(InvalidRecordError);
		await saveTrialNote(p.id, trial.id, { kind: 'after' }, 'Nora jobbet godt.', KARI);
		const group = (await loadTrialAnswers(p.id)).get(trial.id);
		expect(group?.notes['after']?.value).toBe('Nora jobbet godt.');
		expect(group?.after).toEqual({});
	});
});

describe('photos and recordings', () => {
	it('adds and deletes photos of a day, bytes and list together', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		const one = await addPhoto(p.id, trial.id, D1, { bytes: bytes(1000), type: 'image/jpeg' }, SELF);
		const two = await addPhoto(p.id, trial.id, D1, { bytes: bytes(2000), type: 'image/webp' }, SELF);
		expect(two.answer.value).toEqual([one.mediaId, two.mediaId]);
		expect((await getMedia(one.mediaId))?.size).toBe(1000);
		const left = await removePhoto(p.id, trial.id, D1, one.mediaId, SELF);
		expect(left.value).toEqual([two.mediaId]);
		expect(await getMedia(one.mediaId)).toBeUndefined();
	});

	it('keeps the small list copy of a photo with it, and leaves out one that is not small', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		const withThumb = await addPhoto(p.id, trial.id, D1, { bytes: bytes(5000), type: 'image/jpeg', thumb: bytes(800) }, SELF);
		expect((await getMedia(withThumb.mediaId))?.thumb?.byteLength).toBe(800);
		const bigThumb = await addPhoto(p.id, trial.id, D1, { bytes: bytes(5000), type: 'image/jpeg', thumb: bytes(200 * 1024) }, SELF);
		expect((await getMedia(bigThumb.mediaId))?.thumb).toBeUndefined();
		const noThumb = await addPhoto(p.id, trial.id, D1, { bytes: bytes(5000), type: 'image/jpeg' }, SELF);
		expect((await getMedia(noThumb.mediaId))?.thumb).toBeUndefined();
	});

	it('refuses a photo over 300 KB or that is not a picture', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		await expect(addPhoto(p.id, trial.id, D1, { bytes: bytes(PHOTO_MAX_BYTES + 1), type: 'image/jpeg' }, SELF)).rejects.toMatchObject({
			reason: 'too-big'
		});
		await expect(addPhoto(p.id, trial.id, D1, { bytes: bytes(10), type: 'text/html' }, SELF)).rejects.toBeInstanceOf(TrialMediaError);
		expect(await (await db()).count('media')).toBe(0);
	});

	it('keeps the reflection text when the device is full while saving a photo; the photo is not saved', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		const ref = { trialId: trial.id, phase: { kind: 'day' as const, day: D1 }, question: 'proud', part: 'text' as const };
		await saveTrialAnswer(p.id, ref, 'Jeg redde 10 senger.', SELF);
		// The disk fills up: the media store refuses the bytes, as browsers do (docs/reliability.md, "A full device").
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'media') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(addPhoto(p.id, trial.id, D1, { bytes: bytes(1000), type: 'image/jpeg' }, SELF)).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		const group = (await loadTrialAnswers(p.id)).get(trial.id);
		expect(group?.days[D1]?.['proud/text']?.value).toBe('Jeg redde 10 senger.');
		expect(group?.days[D1]?.['photos']).toBeUndefined();
		expect(await (await db()).count('media')).toBe(0);
		// Room again: the next photo is saved.
		await addPhoto(p.id, trial.id, D1, { bytes: bytes(1000), type: 'image/jpeg' }, SELF);
		expect(await (await db()).count('media')).toBe(1);
	});

	it('stores a recording instead of words; a new one replaces the old bytes', async () => {
		const p = await createProfile(NORA);
		const trial = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		const ref = { trialId: trial.id, phase: { kind: 'after' as const }, question: 'why' };
		const first = await saveVoice(p.id, ref, { bytes: bytes(500), type: 'audio/webm;codecs=opus', durationMs: 4200 }, SELF);
		expect((await getMedia(first.mediaId))?.durationMs).toBe(4200);
		const second = await saveVoice(p.id, ref, { bytes: bytes(600), type: 'audio/mp4' }, SELF);
		expect(await getMedia(first.mediaId)).toBeUndefined();
		expect((await loadTrialAnswers(p.id)).get(trial.id)?.after['why/voice']?.value).toBe(second.mediaId);
		await expect(saveVoice(p.id, ref, { bytes: bytes(10), type: 'image/png' }, SELF)).rejects.toMatchObject({ reason: 'wrong-type' });
		await removeVoice(p.id, ref);
		expect(await getMedia(second.mediaId)).toBeUndefined();
		expect((await loadTrialAnswers(p.id)).get(trial.id)?.after['why/voice']).toBeUndefined();
	});
});

describe('deleting a trial', () => {
	it('removes the trial, its answers, notes, photos and recordings in one go, and nothing else; undo puts them back', async () => {
		const p = await createProfile(NORA);
		const keep = await createTrial(p.id, { kind: 'praksis', days: [D1] }, SELF);
		const gone = await createTrial(p.id, { kind: 'jobbsmak', days: [D1] }, SELF);
		const photo = await addPhoto(p.id, gone.id, D1, { bytes: bytes(100), type: 'image/jpeg' }, SELF);
		const voice = await saveVoice(p.id, { trialId: gone.id, phase: { kind: 'before' }, question: 'worry' }, { bytes: bytes(50), type: 'audio/mp4' }, SELF);
		await saveTrialNote(p.id, gone.id, { kind: 'before' }, 'Hei.', KARI);
		await saveTrialAnswer(p.id, { trialId: keep.id, phase: { kind: 'day', day: D1 }, question: 'day' }, 'ok', SELF);
		const keepPhoto = await addPhoto(p.id, keep.id, D1, { bytes: bytes(100), type: 'image/jpeg' }, SELF);

		const snapshot = await deleteTrial(gone.id);
		expect(snapshot.answers).toHaveLength(3);
		expect(snapshot.media).toHaveLength(2);
		expect((await listTrials(p.id)).map((t) => t.id)).toEqual([keep.id]);
		expect((await listAnswers(p.id)).every((a) => !a.key.includes(gone.id))).toBe(true);
		expect(await getMedia(photo.mediaId)).toBeUndefined();
		expect(await getMedia(voice.mediaId)).toBeUndefined();
		expect(await getMedia(keepPhoto.mediaId)).toBeDefined();

		await restoreTrial(snapshot);
		expect((await listTrials(p.id)).map((t) => t.id)).toEqual([keep.id, gone.id]);
		expect((await getMedia(photo.mediaId))?.size).toBe(100);
		expect((await loadTrialAnswers(p.id)).get(gone.id)?.notes['before']?.value).toBe('Hei.');
	});
});
