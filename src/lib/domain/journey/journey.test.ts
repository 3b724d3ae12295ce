import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { listAnswers } from '$lib/domain/answers/answers-repo';
import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { getMedia } from '$lib/media/media-store';
import { LOCALES } from '$lib/i18n/locale';
import symbolMap from '$lib/symbols/symbol-map.json';
import { ABOUT_JOURNEY } from '$lib/domain/about/about-journey';
import { CHANGE_JOURNEY } from '$lib/domain/change/change-journey';
import { CV_JOURNEY } from '$lib/domain/cv/cv-journey';
import { PLAN_JOURNEY } from '$lib/domain/plan/plan-journey';
import type { Journey } from './journey';
import { emptyPart, foldAnswers, parsePartKey, partKey, type JourneyAnswers, type PartAnswers } from './journey-keys';
import { JourneyState } from './journey.svelte';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const JOURNEYS: Journey[] = [ABOUT_JOURNEY, PLAN_JOURNEY, CHANGE_JOURNEY, CV_JOURNEY];
let rev = 0;
const answer = (key: string, value: AnswerValue, by: AnsweredBy = SELF): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: by, rev: ++rev });

/** A small journey of its own: one part of one choice, one of many. */
const TEST_JOURNEY: Journey<'mood' | 'likes'> = {
	id: 'test',
	prefix: 'test/',
	parts: [
		{ id: 'mood', title: () => 'Mood', cards: [{ id: 'good', symbol: 'feel_happy', label: () => 'Good' }, { id: 'hard', symbol: 'feel_hard', label: () => 'Hard' }], choice: 'one', ownWords: true, voice: true },
		{ id: 'likes', title: () => 'Likes', cards: [{ id: 'music', symbol: 'imp_music', label: () => 'Music' }, { id: 'sport', symbol: 'imp_sport', label: () => 'Sport' }], choice: 'many', ownWords: true, voice: true }
	],
	home: { href: '/test', title: () => 'Test', symbol: 'doc_me' },
	notFound: () => 'Not found',
	said: { on: (c) => c, off: (c) => c, saved: () => 'Saved' }
};

describe('journey keys', () => {
	it('are the keys each part always had, so stored answers and backups read the same', () => {
		expect(partKey(ABOUT_JOURNEY, 'liked_for')).toBe('about/liked_for');
		expect(partKey(ABOUT_JOURNEY, 'support', 'text')).toBe('about/support/text');
		expect(partKey(PLAN_JOURNEY, 'dream_job', 'voice')).toBe('plan/dream_job/voice');
		expect(partKey(CHANGE_JOURNEY, 'why')).toBe('change/why');
		expect(partKey(CV_JOURNEY, 'skills', 'text')).toBe('cv/skills/text');
	});

	it('read back only the keys of the journey’s own parts', () => {
		expect(parsePartKey(ABOUT_JOURNEY, 'about/important/voice')).toEqual({ part: 'important', sub: 'voice' });
		expect(parsePartKey(PLAN_JOURNEY, 'plan/next_trial')).toEqual({ part: 'next_trial' });
		for (const key of ['about/photo', 'about/nonsense', 'about/support/where', 'about/support/text/x', 'about/support/', 'plan/support', 'change/why', 'aboutx/support']) {
			expect(parsePartKey(ABOUT_JOURNEY, key), key).toBeNull();
		}
		expect(parsePartKey(CV_JOURNEY, 'cv/school/name')).toBeNull();
		expect(parsePartKey(CV_JOURNEY, 'cv/hidden')).toBeNull();
	});

	it('fold unknown cards away, keep one card for a one-choice part, and any job for an open part', () => {
		const plan = foldAnswers(PLAN_JOURNEY, [
			answer('plan/dream_job', ['baker', 'canteen_assistant']),
			answer('plan/this_year', ['try_trial', 'nonsense', 'get_job'], KARI),
			answer('plan/few_years/text', 'Bo for meg selv.'),
			answer('plan/few_years/voice', 'media-1'),
			answer('plan/few_years/text/x', 'ignored'),
			answer('about/support', ['checklist'])
		]);
		expect(plan.dream_job.cards).toEqual(['baker']);
		expect(plan.this_year).toEqual({ ...emptyPart(), cards: ['try_trial', 'get_job'], cardsBy: KARI });
		expect(plan.few_years).toMatchObject({ text: 'Bo for meg selv.', textBy: SELF, voiceId: 'media-1' });
		expect(plan.next_trial).toEqual(emptyPart());
	});

	it('every card of every journey has a symbol and words in every language', () => {
		for (const journey of JOURNEYS) {
			for (const part of journey.parts) {
				for (const locale of LOCALES) expect(part.title(locale), part.id).not.toMatch(/^[a-z_]+$/);
				for (const card of part.cards) {
					expect(symbolMap, `${journey.id}/${part.id}/${card.id}`).toHaveProperty(card.symbol);
					for (const locale of LOCALES) expect(card.label(locale), `${journey.id}/${part.id}/${card.id}`).not.toBe(card.id);
				}
			}
		}
	});
});

/** Any answers a person can give to a journey: cards chosen in any order, words, a recording, by anyone. */
function answersOf(journey: Journey): fc.Arbitrary<JourneyAnswers<string>> {
	const by = fc.oneof(fc.constant<AnsweredBy>(SELF), fc.constant<AnsweredBy>(KARI), fc.constant<AnsweredBy>({ kind: 'helper', role: 'parent' }));
	const part = (p: Journey['parts'][number]): fc.Arbitrary<PartAnswers> => {
		const known = p.cards.map((c) => c.id);
		const ids = p.openCards ? fc.uniqueArray(fc.stringMatching(/^[a-z_]{1,20}$/), { maxLength: 4 }) : fc.shuffledSubarray(known);
		return fc.record({
			cards: ids.map((list) => (p.choice === 'one' ? list.slice(0, 1) : list)),
			cardsBy: by,
			text: fc.string({ maxLength: 40 }),
			textBy: by,
			voiceId: fc.option(fc.uuid(), { nil: null })
		});
	};
	return fc.record(Object.fromEntries(journey.parts.map((p) => [p.id, part(p)])) as Record<string, fc.Arbitrary<PartAnswers>>);
}

/** What the state class writes for those answers: one answer per key (nothing at all for an empty part). */
function keysWritten(journey: Journey, given: JourneyAnswers<string>): Answer[] {
	return journey.parts.flatMap((p) => {
		const a = given[p.id]!;
		return [
			...(a.cards.length > 0 ? [answer(partKey(journey, p.id), a.cards, a.cardsBy!)] : []),
			...(a.text !== '' ? [answer(partKey(journey, p.id, 'text'), a.text, a.textBy!)] : []),
			...(a.voiceId ? [answer(partKey(journey, p.id, 'voice'), a.voiceId)] : [])
		];
	});
}

/** The answers as they come back: who said it only where something was said. */
function asStored(given: JourneyAnswers<string>): JourneyAnswers<string> {
	return Object.fromEntries(
		Object.entries(given).map(([id, a]) => [id, { ...a, cardsBy: a.cards.length > 0 ? a.cardsBy : null, textBy: a.text !== '' ? a.textBy : null }])
	);
}

describe('folding is the inverse of writing', () => {
	it.each(JOURNEYS.map((j) => [j.id, j] as const))('%s: fold(keys written for any answers) gives the answers back, whatever else is stored', (_id, journey) => {
		const others = JOURNEYS.filter((j) => j !== journey);
		fc.assert(
			fc.property(answersOf(journey), fc.constantFrom(...others).chain((o) => answersOf(o).map((a) => keysWritten(o, a))), fc.boolean(), (given, noise, reversed) => {
				const written = [...keysWritten(journey, given), ...noise];
				expect(foldAnswers(journey, reversed ? written.reverse() : written)).toEqual(asStored(given));
			}),
			{ numRuns: 150 }
		);
	});
});

describe('JourneyState', () => {
	const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };

	it('stores every tap, word and recording at once under the journey keys, and loads them again', async () => {
		const p = await createProfile(nora);
		const state = new JourneyState(p.id, TEST_JOURNEY);
		await state.load();
		expect(state.loaded).toBe(true);
		expect(await state.choose('mood', 'good', SELF)).toBe(true);
		await state.choose('mood', 'hard', KARI);
		await state.toggle('likes', 'music', SELF);
		await state.toggle('likes', 'sport', SELF);
		await state.toggle('likes', 'music', SELF);
		await state.setText('likes', 'Fotball', KARI);
		expect(await state.saveVoice('mood', { bytes: new ArrayBuffer(30), type: 'audio/webm', durationMs: 900 }, SELF)).toBe(true);
		expect(state.parts.mood).toMatchObject({ cards: ['hard'], cardsBy: KARI });
		expect(state.filled).toBe(2);

		const stored = Object.fromEntries((await listAnswers(p.id)).map((a) => [a.key, a.value]));
		expect(stored).toEqual({ 'test/mood': ['hard'], 'test/likes': ['sport'], 'test/likes/text': 'Fotball', 'test/mood/voice': state.parts.mood.voiceId });

		const again = new JourneyState(p.id, TEST_JOURNEY);
		await again.load();
		expect(again.parts).toEqual(state.parts);
		await again.removeVoice('mood');
		expect(await getMedia(state.parts.mood.voiceId!)).toBeUndefined();
		const third = new JourneyState(p.id, TEST_JOURNEY);
		await third.load();
		expect(third.parts.mood.voiceId).toBeNull();
	});

	it('refuses a recording that is not sound, is empty or is too big, and stores nothing', async () => {
		const p = await createProfile(nora);
		const state = new JourneyState(p.id, TEST_JOURNEY);
		await state.load();
		expect(await state.saveVoice('mood', { bytes: new ArrayBuffer(30), type: 'image/png' }, SELF)).toBe(false);
		expect(await state.saveVoice('mood', { bytes: new ArrayBuffer(0), type: 'audio/webm' }, SELF)).toBe(false);
		expect(await state.saveVoice('mood', { bytes: new ArrayBuffer(6 * 1024 * 1024), type: 'audio/webm' }, SELF)).toBe(false);
		expect(state.full).toBe(false);
		expect(await listAnswers(p.id)).toEqual([]);
	});

	it('says "full" when the device is full, keeps what was saved, and clears it when a write works again', async () => {
		const p = await createProfile(nora);
		const state = new JourneyState(p.id, TEST_JOURNEY);
		await state.load();
		await state.toggle('likes', 'music', SELF);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.toggle('likes', 'sport', SELF)).toBe(false);
		expect(await state.setText('likes', 'Fotball', SELF)).toBe(false);
		expect(await state.saveVoice('likes', { bytes: new ArrayBuffer(30), type: 'audio/webm' }, SELF)).toBe(false);
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.parts.likes).toMatchObject({ cards: ['music'], text: '', voiceId: null });
		expect(await state.toggle('likes', 'sport', SELF)).toBe(true);
		expect(state.full).toBe(false);
	});
});
