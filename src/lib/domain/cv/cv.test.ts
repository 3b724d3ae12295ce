import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { JOBS } from '$lib/domain/interests/catalogue';
import { AFTER, buildAnswers, day, trialOf } from '$lib/domain/trials/test-answers';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { LOCALES } from '$lib/i18n/locale';
import symbolMap from '$lib/symbols/symbol-map.json';
import { m } from '$lib/paraglide/messages';
import { buildCv, cvAnswersFrom, experienceText, finished, skillSentence, withHidden, type CvSources } from './cv-rules';
import { createCvEntry, listCvEntries, updateCvEntry } from './cv-entries-repo';
import { CvState } from './cv.svelte';
import { cardLabel, listOf, lowerFirst, monthLabel } from './labels';
import { FIELD_CARDS, CARD_FIELDS, cvKey, type CvEntry } from './schema';
import { trialCvFeed } from '$lib/domain/trials/cv-feed';
import { likedCards } from './sources';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const nora = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
let rev = 0;
const answer = (key: string, value: AnswerValue, by: AnsweredBy = SELF): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: by, rev: ++rev });

// Nora's two trials: a hotel with her own task and two catalogue tasks, and a café for one day.
const hotel = trialOf({ id: 't-hotel', workplace: 'Scandic', days: ['2026-10-05', '2026-10-06'], createdRev: 7, ownTasks: [{ id: 'own_1', label: 'Re senger' }] });
const hotelAnswers = buildAnswers('t-hotel', [
	[day('2026-10-05'), 'tasks', ['own_1', 'act_clean']],
	[day('2026-10-06'), 'tasks', ['act_fold_laundry', 'act_wash_dishes', 'act_sort']],
	[AFTER, 'work_here', 'yes'],
	[AFTER, 'can_do', ['own_1', 'act_clean']],
	[AFTER, 'can_do/text', 'Jeg kan komme tidsnok.']
]);
const cafe = trialOf({ id: 't-cafe', workplace: 'Café Mix', days: ['2026-11-02'], createdRev: 5, job: { kind: 'catalogue', jobId: 'hotel_room_attendant' } });
const cafeAnswers = buildAnswers('t-cafe', [
	[day('2026-11-02'), 'tasks', ['act_make_coffee']],
	[AFTER, 'can_do', ['act_make_coffee', 'act_clean']]
]);

function sources(cvAnswers: Answer[] = [], entries: CvEntry[] = [], locale: CvSources['locale'] = 'nb'): CvSources {
	return {
		name: 'Nora',
		answers: cvAnswersFrom(cvAnswers),
		about: aboutFrom([answer('about/liked_for', ['kind', 'helpful']), answer('about/liked_for/text', 'Jeg er god til å lytte.', KARI)]),
		trials: [
			{ trial: cafe, answers: cafeAnswers },
			{ trial: hotel, answers: hotelAnswers }
		],
		jobs: JOBS,
		liked: [{ cardId: 'job_kitchen', by: SELF }],
		entries,
		locale
	};
}
const entry = (fields: Partial<CvEntry>): CvEntry => ({ id: 'e-1', profileId: 'p', kind: 'job', place: 'Rema 1000', answeredBy: SELF, createdRev: 9, rev: 9, ...fields });

describe('building the CV', () => {
	it('takes Om meg, trials, interests and own lines, and asks nothing twice', () => {
		const cv = buildCv(
			sources(
				[answer('cv/phone', '900 00 000'), answer('cv/skills', ['act_cook', 'act_clean', 'team']), answer('cv/school/name', 'Nordby skole'), answer('cv/school/programme', 'Arbeidslivstrening'), answer('cv/school/from', '2023'), answer('cv/school/to', '2026'), answer('cv/travel', ['bus'])],
				[entry({ what: 'Jeg fylte hyller.', from: '2025-06', to: '2025-08' }), entry({ id: 'r-1', kind: 'reference', place: 'Kari Nordmann', what: 'Lærer', phone: '911 11 111', createdRev: 10 })]
			)
		);
		expect(cv.sections.contact.map((l) => l.text)).toEqual(['900 00 000']);
		expect(cv.sections.about.map((l) => l.text)).toEqual([m.me_card_liked_for_kind(), m.me_card_liked_for_helpful(), 'Jeg er god til å lytte.']);
		expect(cv.sections.about[2]!.by).toEqual(KARI);
		// Skills: each trial's "Jeg kan …" once (the café is older by revision), then cards not said already.
		expect(cv.sections.skills.map((l) => l.text)).toEqual([
			'Jeg kan lage kaffe.',
			'Jeg kan gjøre rent.',
			'Jeg kan re senger.',
			'Jeg kan komme tidsnok.',
			'Jeg kan lage mat.',
			'Jeg kan jobbe sammen med andre.'
		]);
		expect(cv.sections.school).toMatchObject([{ title: 'Nordby skole', text: 'Arbeidslivstrening', meta: '2023 til 2026' }]);
		// Every trial is a line of experience, oldest first, then the person's own job.
		const exp = cv.sections.experience;
		expect(exp.map((l) => l.title)).toEqual(['Jobbsmak på Café Mix som romassistent på hotell', 'Jobbsmak på Scandic', 'Rema 1000']);
		expect(exp[0]!.text).toBe('Jeg var på Café Mix som romassistent på hotell i 1 dag. Jeg gjorde dette: lage kaffe.');
		expect(exp[1]).toMatchObject({
			id: 'trial:t-hotel',
			meta: 'mandag 5. oktober 2026 til tirsdag 6. oktober 2026',
			text: 'Jeg var på Scandic i 2 dager. Jeg gjorde dette: re senger, gjøre rent og brette klær. Jeg gjorde også dette: vaske opp og sortere. Jeg vil gjerne jobbe der.',
			generated: true,
			edited: false
		});
		expect(exp[2]).toMatchObject({ meta: 'Jobb, juni 2025 til august 2025', text: 'Jeg fylte hyller.', generated: false, entryId: 'e-1' });
		expect(cv.sections.references).toMatchObject([{ title: 'Kari Nordmann', text: 'Lærer', meta: 'Telefon: 911 11 111' }]);
		expect(cv.sections.interests.map((l) => l.id)).toEqual(['interest:job_kitchen']);
		expect(cv.sections.travel.map((l) => l.text)).toEqual([m.cv_travel_bus()]);
		expect(cv.sections.languages).toEqual([]);
	});

	it('leaves hidden lines out of the finished CV, and they come back when shown', () => {
		const hidden = withHidden([], 'trial:t-cafe', true);
		const cv = buildCv(sources([answer('cv/hidden', withHidden(hidden, 'about:liked_for:kind', true))]));
		expect(cv.sections.experience.find((l) => l.id === 'trial:t-cafe')!.hidden).toBe(true);
		const done = finished(cv);
		expect(done.sections.experience.map((l) => l.id)).toEqual(['trial:t-hotel']);
		expect(done.sections.about.map((l) => l.id)).toEqual(['about:liked_for:helpful', 'about:liked_for:text']);
		const shown = buildCv(sources([answer('cv/hidden', withHidden(withHidden(hidden, 'about:liked_for:kind', true), 'trial:t-cafe', false))]));
		expect(finished(shown).sections.experience.map((l) => l.id)).toEqual(['trial:t-cafe', 'trial:t-hotel']);
	});

	it('lets an edited line win over the generated one, and keeps who edited it', () => {
		const cv = buildCv(sources([answer('cv/line/trial:t-hotel', 'Jeg re opp senger på hotellet.', KARI), answer('cv/line/skill:act_clean', '  ')]));
		const line = cv.sections.experience.find((l) => l.id === 'trial:t-hotel')!;
		expect(line).toMatchObject({ text: 'Jeg re opp senger på hotellet.', edited: true, by: KARI });
		expect(line.appText).toMatch(/^Jeg var på Scandic i 2 dager\./);
		// Blank words do not count as a change: the app's sentence stays.
		expect(cv.sections.skills.find((l) => l.id === 'skill:act_clean')).toMatchObject({ text: 'Jeg kan gjøre rent.', edited: false });
	});

	it('writes every generated sentence in easy-read bokmål', () => {
		const generated: string[] = [];
		const cv = buildCv(sources([answer('cv/skills', FIELD_CARDS.skills.map((c) => c.id))]));
		for (const lines of Object.values(cv.sections)) for (const l of lines) if (l.generated) generated.push(l.text);
		// A trial with many tasks and one with none.
		const busy = trialOf({ days: Array.from({ length: 20 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`) });
		const many = buildAnswers('t-1', [[day('2026-10-01'), 'tasks', FIELD_CARDS.skills.filter((c) => c.id.startsWith('act_')).map((c) => c.id)]]);
		generated.push(experienceText(trialCvFeed(busy, many, JOBS, 'nb'), busy, JOBS, 'nb'));
		generated.push(experienceText(trialCvFeed(trialOf(), undefined, JOBS, 'nb'), trialOf(), JOBS, 'nb'));
		for (const card of FIELD_CARDS.skills) generated.push(skillSentence(cardLabel('skills', card.id, 'nb'), 'nb'));
		expect(generated.length).toBeGreaterThan(20);
		for (const text of generated) expect(checkEasyRead(text), text).toEqual([]);
	});

	it('words lines in every language', () => {
		for (const locale of LOCALES) {
			const cv = buildCv(sources([], [], locale));
			expect(cv.sections.experience[0]!.title).toBeTruthy();
			expect(cv.sections.experience[1]!.text).not.toContain('{');
		}
		expect(buildCv(sources([], [], 'en')).sections.skills[0]!.text).toBe('I can make coffee.');
	});

	it('has a symbol and a short label for every card', () => {
		for (const field of CARD_FIELDS) {
			for (const card of FIELD_CARDS[field]) {
				expect(symbolMap).toHaveProperty(card.symbol);
				for (const locale of LOCALES) expect(cardLabel(field, card.id, locale).split(/\s+/).length).toBeLessThanOrEqual(6);
			}
		}
		expect(lowerFirst('Bruke PC')).toBe('bruke PC');
		expect(lowerFirst('PC-arbeid')).toBe('PC-arbeid');
		expect(listOf(['a', 'b', 'c'], 'nb')).toBe('a, b og c');
		expect(monthLabel('2025-08', 'nb')).toBe('august 2025');
	});
});

describe('CvState and cv-entries', () => {
	it('stores every field, card, hidden line and own line at once, and loads them again', async () => {
		const p = await createProfile(nora);
		const state = new CvState(p.id);
		await state.load();
		expect(await state.setText('phone', ' 900 00 000 ', SELF)).toBe(true);
		await state.toggle('languages', 'norwegian', SELF);
		await state.toggle('languages', 'sign', KARI);
		await state.setHidden('trial:t-1', true, SELF);
		await state.setLine('trial:t-2', 'Jeg vasket bord.', KARI);
		const job = await state.addEntry({ kind: 'job', place: ' Rema 1000 ', what: 'Fylte hyller', from: '2025-06' }, SELF);
		expect(job).toMatchObject({ place: 'Rema 1000', from: '2025-06', answeredBy: SELF });
		await state.updateEntry(job!.id, { from: '', to: '2025-08' }, KARI);

		const again = new CvState(p.id);
		await again.load();
		expect(again.answers['phone']).toEqual({ value: '900 00 000', by: SELF });
		expect(again.answers['languages']).toEqual({ value: ['norwegian', 'sign'], by: KARI });
		expect(again.answers['hidden']!.value).toEqual(['trial:t-1']);
		expect(again.answers['line/trial:t-2']!.value).toBe('Jeg vasket bord.');
		expect(again.entries).toHaveLength(1);
		expect(again.entries[0]).toMatchObject({ to: '2025-08', answeredBy: KARI });
		expect(again.entries[0]!.from).toBeUndefined();

		await again.setLine('trial:t-2', '', SELF);
		await again.deleteEntry(job!.id);
		expect(await listCvEntries(p.id)).toEqual([]);
		await again.undoDelete();
		expect((await listCvEntries(p.id)).map((e) => e.place)).toEqual(['Rema 1000']);
		const third = new CvState(p.id);
		await third.load();
		expect(third.answers['line/trial:t-2']!.value).toBeNull();
	});

	it('refuses a line without a place or with a wrong month', async () => {
		const p = await createProfile(nora);
		await expect(createCvEntry(p.id, { kind: 'course', place: '  ' }, SELF)).rejects.toThrow();
		const e = await createCvEntry(p.id, { kind: 'course', place: 'Kokkekurs' }, SELF);
		await expect(updateCvEntry(e.id, { from: '2025-13' }, SELF)).rejects.toThrow();
		expect((await listCvEntries(p.id))[0]!.from).toBeUndefined();
	});

	it('says "full" when the device is full, and loses nothing saved before', async () => {
		const p = await createProfile(nora);
		await saveAnswer(p.id, cvKey('email'), 'nora@example.no', SELF);
		const state = new CvState(p.id);
		await state.load();
		const first = await state.addEntry({ kind: 'placement', place: 'Kiwi' }, SELF);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.setText('email', 'ny@example.no', SELF)).toBe(false);
		expect(await state.addEntry({ kind: 'job', place: 'Meny' }, SELF)).toBeNull();
		expect(await state.updateEntry(first!.id, { place: 'Kiwi Storo' }, SELF)).toBeNull();
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		const again = new CvState(p.id);
		await again.load();
		expect(again.answers['email']!.value).toBe('nora@example.no');
		expect(again.entries.map((e) => e.place)).toEqual(['Kiwi']);
		expect(state.entries.map((e) => e.place)).toEqual(['Kiwi']);
		expect(await state.setText('email', 'ny@example.no', SELF)).toBe(true);
		expect(state.full).toBe(false);
	});
});

describe('interests on the CV', () => {
	it('takes the job areas and tasks the person likes from the board shown, not ways of working', () => {
		const shown = { id: 'x-2', profileId: 'p', number: 2, startedOn: '2026-09-01', startedRev: 5, rev: 5 };
		const answers = {
			'x-1': { job_animals: { value: 'like' as const, answeredBy: SELF, rev: 1 } },
			'x-2': {
				job_kitchen: { value: 'like' as const, answeredBy: KARI, rev: 6 },
				job_hotel: { value: 'dislike' as const, answeredBy: SELF, rev: 7 },
				act_cook: { value: 'like' as const, answeredBy: SELF, rev: 8 },
				cond_quiet: { value: 'like' as const, answeredBy: SELF, rev: 9 }
			}
		};
		expect(likedCards({ shown, answers })).toEqual([
			{ cardId: 'job_kitchen', by: KARI },
			{ cardId: 'act_cook', by: SELF }
		]);
		expect(likedCards({ shown: null, answers })).toEqual([]);
	});
});
