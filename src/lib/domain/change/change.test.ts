import { describe, expect, it, vi } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnswerValue, AnsweredBy } from '$lib/domain/answers/schema';
import { JOBS } from '$lib/domain/interests/catalogue';
import { AFTER, buildAnswers, day, trialOf } from '$lib/domain/trials/test-answers';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { m } from '$lib/paraglide/messages';
import { LOCALES } from '$lib/i18n/locale';
import symbolMap from '$lib/symbols/symbol-map.json';
import { SITUATION_FACT, changeFrom, changeRequest, filledParts } from './change-rules';
import { ChangeState } from './change.svelte';
import { changeCardLabel, changePartTitle } from './labels';
import { CHANGE_CARDS, CHANGE_PARTS, changeKey, parseChangeKey, workPercent } from './schema';

const SELF: AnsweredBy = { kind: 'self' };
const ANNE: AnsweredBy = { kind: 'helper', role: 'job_coach', name: 'Anne' };
const jonas = { name: 'Jonas', picture: { kind: 'symbol' as const, symbol: 'pic_owl' }, locale: 'nb' as const };
let rev = 0;
const answer = (key: string, value: AnswerValue, by: AnsweredBy = SELF): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: by, rev: ++rev });

const bakery = trialOf({ id: 't-b', workplace: 'Baker Hansen', days: ['2026-09-14', '2026-09-15'], createdRev: 2 });
const shop = trialOf({ id: 't-s', job: { kind: 'catalogue', jobId: 'hotel_room_attendant' }, days: ['2026-10-01'], createdRev: 8 });

describe('change request keys and cards', () => {
	it('reads back the keys it writes, and nothing else', () => {
		expect(parseChangeKey(changeKey('why'))).toEqual({ part: 'why' });
		expect(parseChangeKey(changeKey('now', 'where'))).toEqual({ part: 'now', sub: 'where' });
		expect(parseChangeKey(changeKey('want', 'jobs'))).toEqual({ part: 'want', sub: 'jobs' });
		expect(parseChangeKey('change/why/where')).toBeNull();
		expect(parseChangeKey('change/tried')).toBeNull();
		expect(parseChangeKey('about/support')).toBeNull();
	});

	it('has a symbol for every card, and a short label in every language', () => {
		for (const part of CHANGE_PARTS) {
			expect(CHANGE_CARDS[part].length).toBeGreaterThanOrEqual(6);
			for (const card of CHANGE_CARDS[part]) {
				expect(symbolMap).toHaveProperty(card.symbol);
				for (const locale of LOCALES) {
					const label = changeCardLabel(part, card.id, locale);
					expect(label).not.toBe(card.id);
					expect(label.split(/\s+/).length, label).toBeLessThanOrEqual(8);
				}
				expect(checkEasyRead(`${changeCardLabel(part, card.id, 'nb')}.`)).toEqual([]);
			}
			expect(checkEasyRead(`${changePartTitle(part, 'nb')}.`)).toEqual([]);
		}
	});
});

describe('assembling the request', () => {
	const page = changeFrom([
		answer('change/now', ['vta', 'nonsense']),
		answer('change/now/where', 'Fretex Asker'),
		answer('change/want', ['vto', 'jobbsmak']),
		answer('change/want/jobs', ['hotel_room_attendant']),
		answer('change/why', ['new_tasks', 'people']),
		answer('change/why/text', 'Jeg vil jobbe i en butikk.', ANNE),
		answer('change/help/voice', 'media-7'),
		answer('trials/t-b/after/work_here', 'yes')
	]);

	it('groups the answers, drops unknown cards and keeps who said it', () => {
		expect(page.parts.now.cards).toEqual(['vta']);
		expect(page.where).toBe('Fretex Asker');
		expect(page.parts.why.textBy).toEqual(ANNE);
		expect(page.parts.help.voiceId).toBe('media-7');
		expect(filledParts(page)).toBe(4);
		expect(filledParts(changeFrom([]))).toBe(0);
	});

	it('lists every part, and the trials the person has tried without asking again', () => {
		const trials = [
			{ trial: shop, answers: buildAnswers('t-s', [[day('2026-10-01'), 'tasks', ['act_clean']]]) },
			{ trial: bakery, answers: buildAnswers('t-b', [[day('2026-09-14'), 'day', 'good'], [AFTER, 'work_here', 'yes']]) },
			// Only planned: not tried yet, so not in "Dette har jeg prøvd".
			{ trial: trialOf({ id: 't-p', workplace: 'Rema 1000', days: ['2026-12-20'], createdRev: 9 }), answers: undefined }
		];
		const request = changeRequest(page, 'Jonas', trials, JOBS, 'nb');
		expect(request.opening).toBe('Jeg heter Jonas. Jeg vil prøve noe annet.');
		expect(request.sections.now.map((l) => l.text)).toEqual([m.change_card_now_vta(), 'Stedet heter Fretex Asker.']);
		expect(request.sections.want.map((l) => l.text)).toEqual([m.change_card_want_vto(), m.change_card_want_jobbsmak(), 'Romassistent på hotell']);
		expect(request.sections.why.at(-1)).toEqual({ text: 'Jeg vil jobbe i en butikk.', own: true, by: ANNE, facts: ['change/why/text'] });
		expect(request.sections.tried.map((l) => [l.text, l.meta])).toEqual([
			['Jobbsmak på Baker Hansen', 'mandag 14. september 2026 til tirsdag 15. september 2026'],
			['Jobbsmak som romassistent på hotell', 'torsdag 1. oktober 2026']
		]);
		expect(request.voice).toEqual({ help: 'media-7' });

		// Every sentence the app writes reads easily.
		const generated = [request.opening, request.sections.now[1]!.text, ...request.sections.tried.flatMap((l) => [`${l.text}.`, `${l.meta}.`])];
		for (const t of generated) expect(checkEasyRead(t), t).toEqual([]);
		for (const locale of LOCALES) expect(changeRequest(page, 'Jonas', trials, JOBS, locale).opening).not.toContain('{');
	});
});

describe('working time and where the person is now', () => {
	const adult = changeFrom([answer('change/want', ['ordinary_leave']), answer('change/want/days', 3, ANNE), answer('change/now', ['course'])]);

	it('reads the days a week, and only a number the week has', () => {
		expect(parseChangeKey(changeKey('want', 'days'))).toEqual({ part: 'want', sub: 'days' });
		expect(adult.days).toBe(3);
		expect(adult.daysBy).toEqual(ANNE);
		expect(changeFrom([answer('change/want/days', 7)]).days).toBeNull();
		expect(changeFrom([answer('change/want/days', '3')]).days).toBeNull();
		// "Vet ikke ennå" is an answer too: the part counts as filled.
		const unsure = changeFrom([answer('change/want/days', 0)]);
		expect(unsure.days).toBe(0);
		expect(filledParts(unsure)).toBe(1);
		expect(workPercent(3)).toBe(60);
		expect(workPercent(0)).toBeNull();
	});

	it('puts the days, with the percent for helpers, and where the person is now into the request', () => {
		const request = changeRequest(adult, 'Jonas', [], JOBS, 'nb', { support: null, liked: [], situation: 'vta' });
		expect(request.sections.now.map((l) => l.text)).toEqual(['Jeg jobber i en tilrettelagt bedrift.', m.change_card_now_course()]);
		expect(request.sections.now[0]!.facts).toEqual([SITUATION_FACT]);
		const days = request.sections.want.at(-1)!;
		expect(days).toMatchObject({ text: 'Jeg vil jobbe 3 dager i uka.', meta: 'Omtrent 60 prosent stilling', by: ANNE, facts: ['change/want/days'] });
		expect(request.sections.want[0]!.text).toBe(m.change_card_want_ordinary_leave());
		// One day, "Vet ikke ennå", and in every language: no placeholders left.
		expect(changeRequest(changeFrom([answer('change/want/days', 1)]), 'Jonas', [], JOBS, 'nb').sections.want[0]!.text).toBe('Jeg vil jobbe 1 dag i uka.');
		expect(changeRequest(changeFrom([answer('change/want/days', 0)]), 'Jonas', [], JOBS, 'nb').sections.want[0]).toMatchObject({ text: m.change_days_line_unsure(), meta: undefined });
		for (const locale of LOCALES) {
			const r = changeRequest(adult, 'Jonas', [], JOBS, locale, { support: null, liked: [], situation: 'day_centre' });
			for (const l of [...r.sections.now, ...r.sections.want]) expect(`${l.text} ${l.meta ?? ''}`).not.toMatch(/[{}]/);
		}
		for (const t of [request.sections.now[0]!.text, days.text, m.change_days_line_unsure(), m.change_days_title(), m.change_days_helper_note({ percent: 60 })]) expect(checkEasyRead(t), t).toEqual([]);
	});

	it('never says where the person is twice, and says nothing for "Ingen av disse"', () => {
		const tapped = changeFrom([answer('change/now', ['vta'])]);
		expect(changeRequest(tapped, 'Jonas', [], JOBS, 'nb', { support: null, liked: [], situation: 'vta' }).sections.now.map((l) => l.text)).toEqual([m.change_card_now_vta()]);
		expect(changeRequest(changeFrom([]), 'Jonas', [], JOBS, 'nb', { support: null, liked: [], situation: 'none' }).sections.now).toEqual([]);
	});

	it('has cards for every kind of change: to work, to an ordinary job with leave, both, less, and more', () => {
		const want = CHANGE_CARDS.want.map((c) => c.id);
		for (const id of ['vta', 'ordinary_leave', 'combine', 'fewer_days', 'calmer', 'activity', 'more_days', 'more_hours']) expect(want).toContain(id);
		expect(CHANGE_CARDS.help.map((c) => c.id)).toEqual(expect.arrayContaining(['leave', 'vta_place']));
	});
});

describe('ChangeState', () => {
	it('stores every tap and word at once, and loads them again', async () => {
		const p = await createProfile(jonas);
		const state = new ChangeState(p.id);
		await state.load();
		await state.toggle('now', 'vta', SELF);
		await state.setWhere(' Fretex Asker ', SELF);
		await state.toggle('want', 'vto', ANNE);
		await state.toggleJob('hotel_room_attendant', SELF);
		await state.setText('why', 'Jeg kjeder meg.', SELF);
		await state.setDays(4, ANNE);
		expect(await state.saveVoice('help', { bytes: new ArrayBuffer(20), type: 'audio/webm' }, SELF)).toBe(true);
		expect(await state.saveVoice('help', { bytes: new ArrayBuffer(20), type: 'text/plain' }, SELF)).toBe(false);
		expect(state.filled).toBe(4);
		const again = new ChangeState(p.id);
		await again.load();
		expect(again.page.where).toBe('Fretex Asker');
		expect(again.page.parts.want).toMatchObject({ cards: ['vto'], cardsBy: ANNE });
		expect(again.page.jobs).toEqual(['hotel_room_attendant']);
		expect([again.page.days, again.page.daysBy]).toEqual([4, ANNE]);
		expect(again.page.parts.help.voiceId).toBe(state.page.parts.help.voiceId);
		await again.removeVoice('help');
		await again.toggle('now', 'vta', SELF);
		const third = new ChangeState(p.id);
		await third.load();
		// The place name still says where Jonas is now; help is empty again.
		expect(third.filled).toBe(3);
		expect(third.page.parts.help.voiceId).toBeNull();
	});

	it('says "full" when the device is full, and keeps what was saved', async () => {
		const p = await createProfile(jonas);
		await saveAnswer(p.id, changeKey('why'), ['bored'], SELF);
		const state = new ChangeState(p.id);
		await state.load();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		});
		expect(await state.toggle('why', 'noise', SELF)).toBe(false);
		expect(await state.setWhere('Et sted', SELF)).toBe(false);
		vi.restoreAllMocks();
		expect(state.full).toBe(true);
		expect(state.page.parts.why.cards).toEqual(['bored']);
		expect(await state.toggle('why', 'noise', SELF)).toBe(true);
		expect(state.full).toBe(false);
	});
});

describe('change request texts', () => {
	it('passes the easy-read lint in bokmål', () => {
		for (const text of [m.change_title(), m.change_intro(), m.change_intro_meeting(), m.change_part_hint(), m.change_tried_hint()]) expect(checkEasyRead(text), text).toEqual([]);
	});
});
