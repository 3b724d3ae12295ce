import { describe, expect, it } from 'vitest';
import { checkEasyRead, lix, sentences, words } from '$lib/i18n/easy-read';
import { JOBS } from '$lib/domain/interests/catalogue';
import { LOCALES } from '$lib/i18n/locale';
import { buildSummary, summaryFor } from './summary';
import { AFTER, buildAnswers, day, trialOf } from './test-answers';

const [D1, D2, D3] = ['2026-10-05', '2026-10-06', '2026-10-07'] as const;
const TODAY = '2026-12-07';

const scandic = trialOf({
	workplace: 'Scandic',
	days: [D1, D2, D3],
	job: { kind: 'catalogue', jobId: 'hotel_room_attendant' },
	ownTasks: [{ id: 'own_1', label: 'Re senger' }]
});

const scandicAnswers = buildAnswers('t-1', [
	[day(D1), 'day', 'good'],
	[day(D1), 'tasks', ['own_1']],
	[day(D1), 'liked:own_1', 'like'],
	[day(D1), 'place', ['cond_noisy', 'cond_indoors']],
	[day(D2), 'day', 'good'],
	[day(D2), 'place', ['cond_noisy']],
	[day(D3), 'day', 'ok'],
	[AFTER, 'work_here', 'yes']
]);

/** Every answer filled in, with many tasks and help: the longest summary the app can write. */
const rich = trialOf({
	workplace: 'Kantina på rådhuset',
	days: [D1, D2, D3],
	job: { kind: 'catalogue', jobId: 'canteen_assistant' },
	ownTasks: [
		{ id: 'own_1', label: 'Re senger' },
		{ id: 'own_2', label: 'Tørke av bordene i kantina etter lunsj' }
	]
});
const richAnswers = buildAnswers('t-1', [
	...[D1, D2, D3].flatMap((d, i) => [
		[day(d), 'day', (['good', 'ok', 'hard'] as const)[i]!] as const,
		[day(d), 'tasks', ['act_cook', 'act_serve', 'act_clean', 'act_wash_dishes', 'own_1', 'own_2', 'act_make_coffee']] as const,
		[day(d), 'place', ['cond_noisy', 'cond_indoors', 'cond_clean']] as const,
		[day(d), 'people_kind', 'yes'] as const,
		[day(d), 'people_help', 'yes'] as const,
		[day(d), 'breaks', 'good'] as const,
		[day(d), 'tired', 'very'] as const,
		[day(d), 'trip', 'hard'] as const,
		[day(d), 'help', ['instructions', 'checklist', 'show_me', 'breaks', 'job_coach', 'quiet_place']] as const
	]),
	...['act_cook', 'act_serve', 'own_1', 'own_2'].map((t) => [day(D1), `liked:${t}`, 'like'] as const),
	...['act_clean', 'act_wash_dishes', 'act_make_coffee'].map((t) => [day(D2), `liked:${t}`, 'dislike'] as const),
	[AFTER, 'work_here', 'maybe'],
	[AFTER, 'similar', 'yes'],
	[AFTER, 'can_do', ['act_cook', 'act_serve', 'own_1', 'own_2']]
] as never);

describe('the summary the app writes', () => {
	it('says what happened in short sentences, as the person, one idea each with its symbol', () => {
		const summary = summaryFor({ trial: scandic, answers: scandicAnswers, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(summary.sentences.map((s) => s.text)).toEqual([
			'Jeg var på Scandic som romassistent på hotell i 3 dager.',
			'2 dager var bra.',
			'1 dag var helt ok.',
			'Jeg likte: re senger.',
			'Det var mye lyd.',
			'Jeg var inne.',
			'Jeg vil jobbe her.'
		]);
		expect(summary.sentences.every((s) => s.symbol && s.facts.length > 0)).toBe(true);
		expect(summary.sentences[0]!.facts).toEqual(['trials/t-1#days', 'trials/t-1#place', 'trials/t-1#job']);
	});

	it('counts only the days told about, of the days planned, and says how many are still ahead', () => {
		const two = buildAnswers('t-1', [
			[day(D1), 'day', 'good'],
			[day(D2), 'day', 'ok']
		]);
		expect(buildSummary({ trial: scandic, answers: two, jobs: JOBS, locale: 'nb', today: '2026-10-06' })).toMatch(/^Jeg var på Scandic i 2 av 3 dager\. Jeg prøvde jobben som romassistent på hotell\. 1 dag er igjen\./);
		expect(buildSummary({ trial: scandic, answers: undefined, jobs: JOBS, locale: 'nb', today: '2026-10-01' })).toBe('Jeg skal være på Scandic som romassistent på hotell i 3 dager.');
	});

	it('keeps every level: a very tired day stays very tired beside a bit tired one', () => {
		const mixed = buildAnswers('t-1', [
			[day(D1), 'tired', 'bit'],
			[day(D2), 'tired', 'very'],
			[day(D3), 'tired', 'bit']
		]);
		const text = buildSummary({ trial: scandic, answers: mixed, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(text).toContain('2 dager ble jeg litt sliten.');
		expect(text).toContain('1 dag ble jeg veldig sliten.');
		const same = buildAnswers('t-1', [
			[day(D1), 'tired', 'very'],
			[day(D2), 'tired', 'very']
		]);
		expect(buildSummary({ trial: scandic, answers: same, jobs: JOBS, locale: 'nb', today: TODAY })).toContain('Jeg ble veldig sliten.');
	});

	it('passes the easy-read lint in bokmål, also when everything is answered', () => {
		for (const [trial, answers] of [
			[scandic, scandicAnswers],
			[rich, richAnswers]
		] as const) {
			const text = buildSummary({ trial, answers, jobs: JOBS, locale: 'nb', today: TODAY });
			expect(checkEasyRead(text), text).toEqual([]);
			expect(lix(text)).toBeLessThanOrEqual(30);
		}
	});

	it('writes in nynorsk and English too, every sentence at most 12 words', () => {
		const texts = LOCALES.map((locale) => buildSummary({ trial: rich, answers: richAnswers, jobs: JOBS, locale, today: TODAY }));
		expect(new Set(texts).size).toBe(3);
		expect(texts[1]).toContain('Eg var på Kantina på rådhuset som kantinemedarbeidar i 3 dagar.');
		expect(texts[2]).toContain('I was at Kantina på rådhuset as canteen assistant for 3 days.');
		expect(texts[2]).toContain('I did not like: cleaning');
		expect(texts[2]).toContain('I can: cook, serve food, and re senger.');
		for (const text of texts) {
			for (const s of sentences(text)) expect(words(s).length, s).toBeLessThanOrEqual(12);
		}
	});

	it('splits long lists into several sentences instead of one long one', () => {
		const text = buildSummary({ trial: rich, answers: richAnswers, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(text.match(/Dette hjalp meg:/g)?.length).toBeGreaterThanOrEqual(2);
		for (const help of ['beskjed steg for steg', 'sjekkliste', 'se noen gjøre det først', 'pauser', 'jobbspesialist', 'et stille sted']) {
			expect(text).toContain(help);
		}
		expect(text).toContain('Jeg likte: å lage mat, å servere mat og re senger.');
		expect(text).toContain('Jeg kan: lage mat, servere mat og re senger.');
	});

	it('hides nothing difficult', () => {
		const text = buildSummary({ trial: rich, answers: richAnswers, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(text).toContain('1 dag var vanskelig.');
		expect(text).toContain('Jeg ble veldig sliten.');
		expect(text).toContain('Turen dit var vanskelig.');
	});

	it('shortens a very long place name so the sentence stays short', () => {
		const trial = trialOf({ workplace: 'Den store og fine kafeen nede ved brygga i sentrum av byen vår', days: [D1] });
		const text = buildSummary({ trial, answers: undefined, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(checkEasyRead(text)).toEqual([]);
		expect(text.startsWith('Jeg skal være på Den store og fine')).toBe(true);
	});

	it('says the person managed without help only when no day needed help', () => {
		const alone = buildAnswers('t-1', [
			[day(D1), 'help', ['none']],
			[day(D2), 'help', ['none']]
		]);
		const text = buildSummary({ trial: scandic, answers: alone, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(text).toContain('Jeg klarte meg uten hjelp.');
		const mixed = buildAnswers('t-1', [
			[day(D1), 'help', ['none']],
			[day(D2), 'help', ['checklist']]
		]);
		const other = buildSummary({ trial: scandic, answers: mixed, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(other).not.toContain('uten hjelp');
		expect(other).toContain('Dette hjalp meg: sjekkliste.');
	});

	it('works with nothing but the plan, and never uses a helper’s note', () => {
		const notes = buildAnswers('t-1', [[AFTER, 'work_here', 'Han vil ikke jobbe her.', 'note']]);
		const text = buildSummary({ trial: trialOf({ days: [D1] }), answers: notes, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(text).toBe('Jeg skal prøve en jobb i 1 dag.');
	});

	it('prefers the text the person edited, and still offers a new one', () => {
		const edited = buildAnswers('t-1', [
			[day(D1), 'day', 'good'],
			[AFTER, 'summary', 'Jeg var på Scandic. Det var gøy å re senger.']
		]);
		const summary = summaryFor({ trial: scandic, answers: edited, jobs: JOBS, locale: 'nb', today: TODAY });
		expect(summary).toMatchObject({ text: 'Jeg var på Scandic. Det var gøy å re senger.', edited: true });
		expect(summary.generated).toContain('Jeg var på Scandic i 1 av 3 dager. Jeg prøvde jobben som romassistent på hotell.');
		const cleared = buildAnswers('t-1', [[AFTER, 'summary', '  ']]);
		expect(summaryFor({ trial: scandic, answers: cleared, jobs: JOBS, locale: 'nb', today: TODAY }).edited).toBe(false);
	});
});
