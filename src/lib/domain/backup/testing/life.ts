import { db } from '$lib/storage/db';
import { MediaRecord, sha256Hex } from '$lib/media/media-record';
import { validate, write } from '$lib/storage/records';
import { addDays } from '$lib/calendar/day';
import { answerId } from '$lib/domain/answers/answers-repo';
import { Answer, type AnsweredBy } from '$lib/domain/answers/schema';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { Profile } from '$lib/domain/profile/schema';
import { Trial } from '$lib/domain/trials/schema';
import { PlanStep } from '$lib/domain/plan/step-schema';
import { CvEntry } from '$lib/domain/cv/schema';
import { createMeeting } from '$lib/domain/meeting/meeting-repo';
import { startExploration } from '$lib/domain/interests/interests-repo';

/**
 * A person as years of use leave them, for tests and the bench: trials with days reflected, photos
 * and recordings from those days, plan steps, CV lines, meetings and rounds of picture cards. Ten
 * years of regular jobbsmak is about 120 trials, 600 photos of ~250 KB and 200 recordings.
 * Records are made through their schemas, so every one is a record the app could have stored.
 */
export interface Life {
	name: string;
	trials: number;
	/** Photos over all trial days, spread evenly. */
	photos: number;
	photoBytes: number;
	/** Voice answers over all trial days. */
	recordings: number;
	recordingBytes: number;
	planSteps: number;
	cvLines: number;
	meetings: number;
	cardRounds: number;
	/** Varies the content (text, bytes, who helped), so two lives differ everywhere. */
	seed: number;
	/**
	 * Makes photo number `n` (1, 2, …). By default bytes that only start like a JPEG (enough where
	 * nothing decodes them); in a browser, pass real JPEGs (realPhotos), since restore opens each one.
	 */
	photo?: (n: number) => ArrayBuffer | Promise<ArrayBuffer>;
}

export const TEN_YEARS: Life = {
	name: 'Nora Østbø',
	trials: 120,
	photos: 600,
	photoBytes: 250 * 1024,
	recordings: 200,
	recordingBytes: 60 * 1024,
	planSteps: 80,
	cvLines: 30,
	meetings: 10,
	cardRounds: 10,
	seed: 1
};

const SELF: AnsweredBy = { kind: 'self' };
const HELPERS: AnsweredBy[] = [SELF, { kind: 'helper', role: 'teacher', name: 'Kari' }, { kind: 'helper', role: 'parent' }];
const FACES = ['good', 'ok', 'hard'];
const TIRED = ['rested', 'tired', 'very_tired'];

/** Bytes that pass the image sniffing (a JPEG start) and differ for every (seed, n): cheap to make, even 150 MB of them. */
export function photoBytes(seed: number, n: number, size: number): ArrayBuffer {
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	for (let at = 8; at + 8 <= size; at += 4096) {
		view.setUint32(at, seed);
		view.setUint32(at + 4, n * 4096 + at);
	}
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes.buffer;
}

/** A recording's bytes (a WebM start), different for every (seed, n). */
function soundBytes(seed: number, n: number, size: number): ArrayBuffer {
	const bytes = new Uint8Array(photoBytes(seed, n + 1_000_000, size));
	bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
	return bytes.buffer;
}

/** Writes one generated life on this device and returns the person. */
export async function writeLife(life: Life): Promise<Profile> {
	const by = (i: number) => HELPERS[(i + life.seed) % HELPERS.length]!;
	const face = life.photo ? await life.photo(0) : photoBytes(life.seed, 0, 2000);
	const profile = await createProfile({ name: life.name, picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' }, { bytes: face, type: 'image/jpeg' });
	for (let i = 0; i < life.meetings; i++) await createMeeting(profile.id, by(i));
	for (let i = 0; i < life.cardRounds; i++) await startExploration(profile.id);

	// Trials, their days and everything said on them, written a few trials per transaction.
	const days: { trialId: string; day: string }[] = [];
	const trials: Trial[] = [];
	for (let t = 0; t < life.trials; t++) {
		const first = addDays('2016-08-15', t * 30 + (life.seed % 7));
		const count = 2 + ((t + life.seed) % 2);
		const trialDays = Array.from({ length: count }, (_, d) => addDays(first, d));
		trials.push({
			id: crypto.randomUUID(),
			profileId: profile.id,
			kind: 'jobbsmak',
			job: { kind: 'catalogue', jobId: 'hotel_room_attendant' },
			workplace: `Arbeidsplass ${t + 1} (${life.seed})`,
			days: trialDays,
			ownTasks: [{ id: 'own_1', label: 'Brette håndklær' }],
			answeredBy: by(t),
			createdRev: 1,
			rev: 1
		});
		for (const day of trialDays) days.push({ trialId: trials[t]!.id, day });
	}

	const database = await db();
	let rev = ((await database.get('meta', 'revision'))?.value ?? 0) + 1;
	const media: MediaRecord[] = [];
	const answers: Answer[] = [];
	const answer = (key: string, value: Answer['value'], who: AnsweredBy) =>
		answers.push(validate('answers', Answer, { id: answerId(profile.id, key), profileId: profile.id, key, value, answeredBy: who, rev: rev++ }));
	const dayPhotos = new Map<number, string[]>();
	for (let p = 0; p < life.photos && days.length > 0; p++) {
		const bytes = life.photo ? await life.photo(p + 1) : photoBytes(life.seed, p + 1, life.photoBytes);
		const id = crypto.randomUUID();
		media.push(validate('media', MediaRecord, { id, profileId: profile.id, bytes, type: 'image/jpeg', size: bytes.byteLength, sha256: await sha256Hex(bytes), thumb: photoBytes(life.seed, -p - 1, 600), rev: rev++ }));
		const d = p % days.length;
		dayPhotos.set(d, [...(dayPhotos.get(d) ?? []), id]);
	}
	days.forEach(({ trialId, day }, d) => {
		const key = (q: string) => `trials/${trialId}/day/${day}/${q}`;
		answer(key('day'), FACES[(d + life.seed) % 3]!, by(d));
		answer(key('tired'), TIRED[(d * 7 + life.seed) % 3]!, by(d + 1));
		answer(key('tasks'), ['act_clean', 'own_1'], by(d));
		answer(key('liked:act_clean'), 'like', by(d));
		answer(key('proud/text'), `Jeg ryddet ${d + 1} rom i dag.`, by(d + 2));
		const photos = dayPhotos.get(d);
		if (photos) answer(key('photos'), photos, by(d));
	});
	for (let r = 0; r < life.recordings && days.length > 0; r++) {
		const bytes = soundBytes(life.seed, r, life.recordingBytes);
		const id = crypto.randomUUID();
		media.push(validate('media', MediaRecord, { id, profileId: profile.id, bytes, type: 'audio/webm;codecs=opus', size: bytes.byteLength, sha256: await sha256Hex(bytes), durationMs: 4000 + r, rev: rev++ }));
		const { trialId, day } = days[r % days.length]!;
		answer(`trials/${trialId}/day/${day}/help/voice`, id, by(r));
	}
	trials.forEach((trial, t) => answer(`trials/${trial.id}/after/work_here`, ['yes', 'maybe', 'no'][t % 3]!, by(t)));
	const steps = Array.from({ length: life.planSteps }, (_, s) =>
		validate('plan-steps', PlanStep, {
			id: crypto.randomUUID(),
			profileId: profile.id,
			what: `Steg ${s + 1}: øve på bussen`,
			who: s % 2 ? { role: 'teacher', name: 'Kari' } : { role: 'me' },
			...(s % 3 ? { due: addDays('2017-01-10', s * 40) } : {}),
			done: s % 4 === 0,
			source: { kind: 'plan' },
			answeredBy: by(s),
			createdRev: rev,
			seq: s,
			rev: rev++
		})
	);
	const lines = Array.from({ length: life.cvLines }, (_, c) =>
		validate('cv-entries', CvEntry, { id: crypto.randomUUID(), profileId: profile.id, kind: c % 2 ? 'job' : 'placement', place: `Kafé ${c + 1}`, what: 'Jeg vasket bord.', answeredBy: by(c), createdRev: rev, rev: rev++ })
	);
	const trialRecords = trials.map((trial) => validate('trials', Trial, { ...trial, createdRev: rev, rev: rev++ }));

	await write(['trials', 'answers', 'plan-steps', 'cv-entries'], async (tx) => {
		for (const record of trialRecords) await tx.objectStore('trials').put(record);
		for (const record of answers) await tx.objectStore('answers').put(record);
		for (const record of steps) await tx.objectStore('plan-steps').put(record);
		for (const record of lines) await tx.objectStore('cv-entries').put(record);
	});
	// Photos a few at a time, as the app stores them: never a whole life in one transaction.
	for (let at = 0; at < media.length; at += 20) {
		await write(['media'], async (tx) => {
			for (const record of media.slice(at, at + 20)) await tx.objectStore('media').put(record);
		});
	}
	await write([], async (tx, current) => tx.objectStore('meta').put({ key: 'revision', value: Math.max(rev, current) }));
	return profile;
}

/** `years` of use at the pace of TEN_YEARS (at least one of each thing). */
export function yearsOfLife(years: number): Life {
	const scale = (n: number) => Math.max(1, Math.round((n * years) / 10));
	return {
		...TEN_YEARS,
		trials: scale(TEN_YEARS.trials),
		photos: scale(TEN_YEARS.photos),
		recordings: scale(TEN_YEARS.recordings),
		planSteps: scale(TEN_YEARS.planSteps),
		cvLines: scale(TEN_YEARS.cvLines),
		meetings: scale(TEN_YEARS.meetings),
		cardRounds: scale(TEN_YEARS.cardRounds)
	};
}

/**
 * Real JPEG photos of about `size` bytes, as a phone stores them (1280 × 960), each one different: a few
 * pictures are drawn once, and each photo is one of them with its own number after the image's end
 * (decoders stop at the end marker, so every photo opens and every hash differs). Browser only.
 */
export async function realPhotos(size: number): Promise<(n: number) => ArrayBuffer> {
	const bases: Uint8Array[] = [];
	for (let b = 0; b < 6; b++) {
		const canvas = new OffscreenCanvas(1280, 960);
		const g = canvas.getContext('2d')!;
		for (let i = 0; i < 1600; i++) {
			g.fillStyle = `hsl(${(b * 60 + i * 13) % 360} ${40 + (i % 50)}% ${30 + (i % 40)}%)`;
			g.fillRect((i * 37 + b * 11) % 1280, (i * 23 + b * 7) % 960, 20 + (i % 70), 10 + (i % 50));
		}
		let quality = 0.95;
		let bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
		while (bytes.length > size * 1.1 && quality > 0.2) {
			quality -= 0.1;
			bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
		}
		bases.push(bytes);
	}
	return (n) => {
		const base = bases[n % bases.length]!;
		const out = new Uint8Array(base.length + 8);
		out.set(base);
		new DataView(out.buffer).setFloat64(base.length, n);
		return out.buffer;
	};
}
