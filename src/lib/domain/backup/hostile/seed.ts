import type { AnsweredBy } from '$lib/domain/answers/schema';
import { saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { Profile } from '$lib/domain/profile/schema';
import { addPhoto, createTrial } from '$lib/domain/trials/trials-repo';
import { addPlanSteps, listPlanSteps } from '$lib/domain/plan/steps-repo';
import { savePlanVersion } from '$lib/domain/plan/versions-repo';
import { emptyPlan, planSnapshot, supportSnapshot } from '$lib/domain/plan/plan-rules';
import { startExploration } from '$lib/domain/interests/interests-repo';
import { createMeeting } from '$lib/domain/meeting/meeting-repo';
import { createCvEntry } from '$lib/domain/cv/cv-entries-repo';

export const SELF: AnsweredBy = { kind: 'self' };
export const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };

/** Bytes that pass the image sniffing (a JPEG start marker) followed by a fixed pattern. */
export function fakeJpeg(n: number, size = 2000): ArrayBuffer {
	const bytes = new Uint8Array(size).map((_, i) => (i * 31 + n) % 251);
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	return bytes.buffer;
}

/**
 * A person with something in every store a backup holds: profile photo, answers (one from a helper),
 * a voice answer, a trial with a photo and thumbnail, plan steps, a saved plan version, an
 * exploration, a meeting and a CV entry. The hostile corpus is made from her backup.
 */
export async function seedPerson(name = 'Nora'): Promise<Profile> {
	const profile = await createProfile({ name, picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' }, { bytes: fakeJpeg(1), type: 'image/jpeg' });
	await saveAnswer(profile.id, 'about/liked_for', ['kind', 'helpful'], SELF);
	await saveAnswer(profile.id, 'about/support/text', 'Vis meg først.', KARI);
	await saveVoiceAnswer(profile.id, 'about/important/voice', { bytes: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 9, 9]).buffer, type: 'audio/webm;codecs=opus', durationMs: 2100 }, SELF);
	const trial = await createTrial(profile.id, { kind: 'jobbsmak', workplace: 'Meny Sandvika', days: ['2026-10-05', '2026-10-06'] }, SELF);
	await addPhoto(profile.id, trial.id, '2026-10-05', { bytes: fakeJpeg(2), type: 'image/jpeg', thumb: fakeJpeg(3, 300) }, SELF);
	await addPlanSteps(profile.id, [{ what: 'Søke jobbsmak', who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04' }, { what: 'Øve på bussen', who: { role: 'parent' } }], KARI);
	const plan = emptyPlan();
	plan.dream_job = { cards: ['baker'], cardsBy: SELF, text: '', textBy: null, voiceId: null };
	const support = supportSnapshot({ cards: ['checklist'], cardsBy: KARI, text: 'Vis meg først.', textBy: KARI }, ['breaks']);
	await savePlanVersion(profile.id, planSnapshot(plan, support, await listPlanSteps(profile.id)), '2026-11-20', SELF);
	await startExploration(profile.id);
	await createMeeting(profile.id, SELF);
	await createCvEntry(profile.id, { kind: 'placement', place: 'Kiwi Bekkestua', what: 'Fylte varer' }, SELF);
	return profile;
}
