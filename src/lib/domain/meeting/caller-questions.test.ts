import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { SELF, type Answer, type AnsweredBy } from '$lib/domain/answers/schema';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import { meetingSections } from '$lib/domain/export/parts/meeting-document';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { KARI } from '../../../../tests/unit/people';
import { addCallerQuestions, callerAnswerHref, callerAnswers, callerJourney, editCallerQuestion } from './caller-questions';
import { MAX_QUESTION_FILE_BYTES, readQuestionFile } from './question-file';
import { callerLines } from './components/meeting-view.svelte';
import { MAX_CALLER_QUESTIONS, Meeting, callerPrefix, type CallerQuestion } from './schema';
import { aMeeting } from './testing/meeting-fixture';

const MOR: AnsweredBy = { kind: 'helper', role: 'parent', name: 'Mor' };
let n = 0;
const ids = () => `q-${++n}`;
const file = (value: unknown) => JSON.stringify(value);
const GOOD = { format: 'jobbvei-questions', version: 1, questions: [{ text: 'Hva liker du å gjøre på skolen?', symbol: 'doc_school' }, { text: 'Vil du prøve en jobb?' }] };

const QUESTIONS: CallerQuestion[] = [
	{ id: 'q-a', text: 'Vil du prøve en jobb?' },
	{ id: 'q-b', text: 'Hva liker du å gjøre?', symbol: 'doc_school' },
	{ id: 'q-c', text: 'Trenger du hjelp med buss?' }
];
const answer = (key: string, value: Answer['value'], by: AnsweredBy = SELF): Answer => ({ id: `p/${key}`, profileId: 'p', key, value, answeredBy: by, rev: 1 });
const ANSWERS: Answer[] = [
	answer(`${callerPrefix('m1')}q-a`, ['yes']),
	answer(`${callerPrefix('m1')}q-b`, ['maybe'], KARI),
	answer(`${callerPrefix('m1')}q-b/text`, 'Jeg liker å lage mat'),
	// Another meeting's answer never shows here.
	answer(`${callerPrefix('m2')}q-c`, ['no'])
];

describe('the question file', () => {
	it('reads a good file', () => {
		const read = readQuestionFile(file(GOOD));
		expect(read).toEqual({ ok: true, questions: GOOD.questions });
	});

	it('refuses a file of another kind, a broken file, a too big file and a wrong format', () => {
		expect(readQuestionFile(file({ format: 'jobbvei-pakke', version: 1, id: 'x' }))).toEqual({ ok: false, problem: 'not-questions' });
		expect(readQuestionFile(file([1, 2, 3]))).toEqual({ ok: false, problem: 'not-questions' });
		expect(readQuestionFile('{ "format": "jobbvei-questions", ')).toEqual({ ok: false, problem: 'not-json' });
		expect(readQuestionFile('{"format":"jobbvei-questions","__proto__":{"x":1}}')).toEqual({ ok: false, problem: 'not-json' });
		expect(readQuestionFile(file(GOOD), MAX_QUESTION_FILE_BYTES + 1)).toEqual({ ok: false, problem: 'too-big' });
		expect(readQuestionFile(' '.repeat(MAX_QUESTION_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'too-big' });
		const damaged = [
			{ ...GOOD, version: 2 },
			{ ...GOOD, questions: [] },
			{ ...GOOD, questions: [{ text: '   ' }] },
			{ ...GOOD, questions: [{ text: 'Hei?', symbol: 'not_a_symbol' }] },
			{ ...GOOD, questions: Array.from({ length: MAX_CALLER_QUESTIONS + 1 }, (_, i) => ({ text: `Spørsmål ${i}?` })) },
			{ format: 'jobbvei-questions', version: 1 }
		];
		for (const d of damaged) expect(readQuestionFile(file(d)), JSON.stringify(d).slice(0, 80)).toEqual({ ok: false, problem: 'damaged' });
	});
});

describe('the caller questions', () => {
	it('adds written or loaded questions once each, never more than the limit, and edits or takes them away', () => {
		let list = addCallerQuestions([], [{ text: ' Vil du prøve en jobb? ' }, { text: '' }, { text: 'Vil du prøve en jobb?' }], ids);
		expect(list.map((q) => q.text)).toEqual(['Vil du prøve en jobb?']);
		list = addCallerQuestions(list, GOOD.questions, ids);
		expect(list.map((q) => q.text)).toEqual(['Vil du prøve en jobb?', 'Hva liker du å gjøre på skolen?']);
		expect(list[1]!.symbol).toBe('doc_school');
		expect(new Set(list.map((q) => q.id)).size).toBe(2);
		expect(editCallerQuestion(list, list[0]!.id, 'Vil du jobbe?')[0]!.text).toBe('Vil du jobbe?');
		expect(editCallerQuestion(list, list[0]!.id, '  ').map((q) => q.text)).toEqual(['Hva liker du å gjøre på skolen?']);
		const many = addCallerQuestions([], Array.from({ length: 30 }, (_, i) => ({ text: `Q${i}` })), ids);
		expect(many).toHaveLength(MAX_CALLER_QUESTIONS);
		expect(Meeting.safeParse(aMeeting({ callerQuestions: many })).success).toBe(true);
	});

	it('is a journey with one screen per question, the yes / maybe / no cards, words and voice', () => {
		const journey = callerJourney({ id: 'm1', callerQuestions: QUESTIONS });
		expect(journey.prefix).toBe('meeting/m1/caller/');
		expect(journey.parts.map((p) => p.id)).toEqual(['q-a', 'q-b', 'q-c']);
		expect(journey.parts[0]!.title('en')).toBe('Vil du prøve en jobb?');
		expect(journey.parts[0]!.cards.map((c) => c.id)).toEqual(['yes', 'maybe', 'no']);
		expect(journey.parts.every((p) => p.choice === 'one' && p.ownWords && p.voice)).toBe(true);
		expect(journey.home.partHref?.('q-b')).toBe(callerAnswerHref('m1', 'q-b'));
		expect(callerAnswerHref('m 1', 'q-b')).toBe('/meeting/caller?id=m%201&q=q-b');
	});

	it('gives each question its answer and who gave it', () => {
		const given = callerAnswers({ id: 'm1', callerQuestions: QUESTIONS }, ANSWERS, 'nb');
		expect(given.map((a) => [a.question.id, a.card?.text, a.card?.by, a.words?.text])).toEqual([
			['q-a', 'Ja', SELF, undefined],
			['q-b', 'Kanskje', KARI, 'Jeg liker å lage mat'],
			['q-c', undefined, undefined, undefined]
		]);
		expect(callerLines(given, 'nb').map((l) => l.text)).toEqual([
			'Vil du prøve en jobb?',
			m.meeting_caller_answered({ answer: 'Ja' }, { locale: 'nb' }),
			'Hva liker du å gjøre?',
			m.meeting_caller_answered({ answer: 'Kanskje. Jeg liker å lage mat' }, { locale: 'nb' }),
			'Trenger du hjelp med buss?',
			m.meeting_caller_no_answer({}, { locale: 'nb' })
		]);
	});

	it('puts the questions and answers into the meeting document, with who said it, and lists every person of a role', () => {
		const meeting = aMeeting({ callerQuestions: QUESTIONS, attendees: [{ role: 'parent', names: ['Mor', 'Far'] }, { role: 'ppt', names: [''] }], partsBy: { who: MOR } });
		const person = { meetings: [meeting], answers: ANSWERS, steps: [], trials: [], jobs: [] } as unknown as PersonEvidence;
		const [section] = meetingSections(person, { locale: 'nb', today: '2026-09-01', choice: { parts: ['meeting'], trialIds: [] } });
		const who = section!.groups.find((g) => g.heading === m.meeting_view_who({}, { locale: 'nb' }))!;
		expect(who.lines.map((l) => l.text)).toEqual(['Mor (mamma eller pappa)', 'Far (mamma eller pappa)', 'PPT']);
		expect(who.lines[0]!.by).toBe(m.answered_by_helper({ helper: 'Mor, forelder' }, { locale: 'nb' }));
		const caller = section!.groups.find((g) => g.heading === 'Spørsmål før møtet')!;
		expect(caller.lines.map((l) => [l.title, l.text, l.by ?? null, l.own ?? false])).toEqual([
			['Vil du prøve en jobb?', 'Ja', null, false],
			['Hva liker du å gjøre?', 'Kanskje', m.answered_by_helper({ helper: 'Kari, lærer' }, { locale: 'nb' }), false],
			[undefined, 'Jeg liker å lage mat', null, true],
			['Trenger du hjelp med buss?', m.meeting_caller_no_answer({}, { locale: 'nb' }), null, false]
		]);
		expect(caller.lines.every((l) => l.facts?.[0]?.startsWith('meetings/m1#caller/'))).toBe(true);
	});

	it('says everything in easy bokmål', () => {
		const keys = Object.keys(m).filter((k) => k.startsWith('meeting_caller_') || k.startsWith('meeting_role_') || k === 'meeting_who_another');
		for (const key of keys) {
			const text = (m as unknown as Record<string, (i: Record<string, string>, o: { locale: 'nb' }) => string>)[key]!({ role: 'Lærer', number: '2', answer: 'Ja' }, { locale: 'nb' });
			expect(checkEasyRead(text), key).toEqual([]);
		}
	});
});
