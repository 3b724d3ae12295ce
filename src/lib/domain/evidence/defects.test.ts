import { describe, expect, it } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { createTrial, saveTrialAnswer } from '$lib/domain/trials/trials-repo';
import type { Phase } from '$lib/domain/trials/schema';
import { buildExportDocument } from '$lib/domain/export/export-builder';
import { conventionalCv } from '$lib/domain/export/conventional-cv';
import type { ExportDocument } from '$lib/domain/export/document';
import { EXPORT_PARTS, type ExportChoice } from '$lib/domain/export/selection-schema';
import { addPlanSteps } from '$lib/domain/plan/steps-repo';
import { helperOfStep, stepFromWords } from '$lib/domain/plan/plan-rules';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import { cvKey } from '$lib/domain/cv/schema';
import { aboutKey } from '$lib/domain/about/schema';
import { createMeeting, updateMeeting } from '$lib/domain/meeting/meeting-repo';
import { pointOptions, togglePoint } from '$lib/domain/meeting/meeting-rules';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { m } from '$lib/paraglide/messages';
import { changeFrom, changeRequest } from '$lib/domain/change/change-rules';

/**
 * The defects seen in the built app, each as the document a reader gets. These failed on the code
 * before the evidence model ([Note: evidence model]); each says what the person said, and nothing else.
 */
const SELF: AnsweredBy = { kind: 'self' };
const TODAY = '2026-12-07';
const lines = (doc: ExportDocument) => doc.sections.flatMap((s) => s.groups.flatMap((g) => g.lines.map((l) => [l.title, l.text, l.meta].filter(Boolean).join(' '))));
const all = (trialIds: string[]): ExportChoice => ({ parts: [...EXPORT_PARTS], trialIds });

/** Nora's five planned days at Bogstad gård as stable hand; she has told about two of them. */
async function stableTrial() {
	const nora = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
	const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-08', '2026-12-09'];
	const trial = await createTrial(nora.id, { kind: 'jobbsmak', workplace: 'Bogstad gård', job: { kind: 'catalogue', jobId: 'stable_hand' }, days }, SELF);
	const day = (d: string): Phase => ({ kind: 'day', day: d });
	await saveTrialAnswer(nora.id, { trialId: trial.id, phase: day(days[0]!), question: 'day' }, 'good', SELF);
	await saveTrialAnswer(nora.id, { trialId: trial.id, phase: day(days[0]!), question: 'tired' }, 'bit', SELF);
	await saveTrialAnswer(nora.id, { trialId: trial.id, phase: day(days[1]!), question: 'day' }, 'ok', SELF);
	await saveTrialAnswer(nora.id, { trialId: trial.id, phase: day(days[1]!), question: 'tired' }, 'very', SELF);
	await saveTrialAnswer(nora.id, { trialId: trial.id, phase: { kind: 'after' }, question: 'work_here' }, 'yes', SELF);
	return { nora, trial };
}

describe('documents say what the person said', () => {
	it('days planned, done and ahead are different facts: 2 of 5, never "5 dager"', async () => {
		const { nora, trial } = await stableTrial();
		const doc = await buildExportDocument(nora.id, all([trial.id]), 'nb', TODAY);
		const text = lines(doc).join('\n');
		expect(text).not.toMatch(/(?<!av )\b5 dager/);
		expect(text).not.toMatch(/i 5 dager/);
		expect(text).toMatch(/2 av 5 dager/);
		const cv = await conventionalCv(nora.id, all([trial.id]), 'nb', TODAY);
		expect(JSON.stringify(cv)).not.toMatch(/i 5 dager/);
		expect(JSON.stringify(cv)).toMatch(/2 av 5 dager/);
	});

	it('levels are kept: a day "veldig sliten" is said as "veldig sliten"', async () => {
		const { nora, trial } = await stableTrial();
		const text = lines(await buildExportDocument(nora.id, all([trial.id]), 'nb', TODAY)).join('\n');
		expect(text).toMatch(/veldig sliten/);
		expect(text).toMatch(/litt sliten/);
	});

	it('speaks as the person in the person\'s document: "Jeg", never "Du"', async () => {
		const { nora, trial } = await stableTrial();
		const text = lines(await buildExportDocument(nora.id, all([trial.id]), 'nb', TODAY));
		expect(text.filter((l) => /(^|[.!?] )Du\b|\b(du|deg|din)\b/.test(l))).toEqual([]);
		expect(text.some((l) => /\bJeg\b/.test(l))).toBe(true);
	});

	it('the job tried is named with the place: "Bogstad gård som stallhjelp"', async () => {
		const { nora, trial } = await stableTrial();
		const doc = await buildExportDocument(nora.id, all([trial.id]), 'nb', TODAY);
		const text = lines(doc).join('\n');
		expect(text).toMatch(/Bogstad gård som stallhjelp/i);
		const cv = JSON.stringify(await conventionalCv(nora.id, all([trial.id]), 'nb', TODAY));
		expect(cv).toMatch(/stallhjelp/i);
	});

	it('a trial with no day told about yet is planned, not done', async () => {
		const nora = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const trial = await createTrial(nora.id, { kind: 'jobbsmak', workplace: 'Meny', days: ['2026-12-10', '2026-12-11'] }, SELF);
		const text = lines(await buildExportDocument(nora.id, all([trial.id]), 'nb', TODAY)).join('\n');
		expect(text).not.toMatch(/Jeg var på Meny/);
		expect(text).toMatch(/Jeg skal være på Meny/);
	});

	it('a card tapped on an English screen is the card, and a bokmål document writes it in bokmål, not as own words', async () => {
		const nora = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const amina: AnsweredBy = { kind: 'helper', role: 'parent', name: 'Amina' };
		// What the step screen stores when "Call NAV" is tapped and kept as it is, and when words are typed.
		await addPlanSteps(nora.id, [{ ...stepFromWords('Call NAV', 'call_nav', 'en'), who: helperOfStep(amina) }], amina);
		await addPlanSteps(nora.id, [{ ...stepFromWords('Call NAV about a job', 'call_nav', 'en'), who: { role: 'me' } }], amina);
		const doc = await buildExportDocument(nora.id, { parts: ['plan'], trialIds: [] }, 'nb', TODAY);
		const steps = doc.sections.flatMap((s) => s.groups.flatMap((g) => g.lines));
		expect(steps.find((l) => l.text === 'Ringe NAV')).toMatchObject({ text: 'Ringe NAV' });
		expect(steps.find((l) => l.text === 'Ringe NAV')?.own).toBeFalsy();
		expect(steps.some((l) => l.text === 'Call NAV')).toBe(false);
		// Words the person changed are theirs, kept as typed.
		expect(steps.find((l) => l.text === 'Call NAV about a job')).toMatchObject({ own: true });
	});

	it('a new plan step starts with the helper who is helping now, not "Meg"', () => {
		expect(helperOfStep({ kind: 'helper', role: 'teacher', name: 'Kari' })).toEqual({ role: 'teacher', name: 'Kari' });
		expect(helperOfStep({ kind: 'self' })).toEqual({ role: 'me' });
	});

	it('the change request in a document has "Dette har jeg prøvd", also when no trial is ticked', async () => {
		const { nora } = await stableTrial();
		await saveAnswer(nora.id, 'change/now', ['vta'], SELF);
		const doc = await buildExportDocument(nora.id, { parts: ['change'], trialIds: [] }, 'nb', TODAY);
		const change = doc.sections.find((s) => s.part === 'change')!;
		const tried = change.groups.find((g) => g.heading === m.change_part_tried());
		expect(tried?.lines.map((l) => l.text)).toEqual(['Jobbsmak på Bogstad gård som stallhjelp']);
		// Only the names and dates: what was said there goes in with the trials ticked.
		expect(doc.sections.some((s) => s.part === 'trials')).toBe(false);
	});

	it('the employer CV has the full name, where the person lives, phone and e-mail, Om meg and interests, and a proper title', async () => {
		const nora = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		await saveAnswer(nora.id, cvKey('surname'), 'Hansen', SELF);
		await saveAnswer(nora.id, cvKey('place'), 'Asker', SELF);
		await saveAnswer(nora.id, cvKey('phone'), '900 11 222', SELF);
		await saveAnswer(nora.id, cvKey('email'), 'nora@example.no', SELF);
		await saveAnswer(nora.id, aboutKey('support'), ['show_me'], SELF);
		await saveAnswer(nora.id, aboutKey('liked_for'), ['kind'], SELF);
		const { defaultChoice } = await import('$lib/domain/export/selection-rules');
		const cv = await conventionalCv(nora.id, defaultChoice('employer', []), 'nb', TODAY);
		expect(cv.name).toBe('Nora Hansen');
		expect(cv.title).toBe('CV – Nora Hansen');
		expect(cv.contact).toEqual(['Bosted: Asker', 'Telefon: 900 11 222', 'E-post: nora@example.no']);
		const about = cv.sections.find((s) => s.title === 'Om meg')!;
		expect(about.items.map((i) => i.title)).toEqual(['Personlige egenskaper', 'Tilrettelegging som hjelper meg']);
		expect(JSON.stringify(cv)).not.toMatch(/hjelper du meg/);
		// Without "contact": the first name only, and nothing to reach the person by.
		const plain = await conventionalCv(nora.id, { parts: ['cv', 'about'], trialIds: [] }, 'nb', TODAY);
		expect(plain.name).toBe('Nora');
		expect(plain.contact).toEqual([]);
		expect(JSON.stringify(plain)).not.toMatch(/Hansen|Asker|900 11 222/);
		const doc = await buildExportDocument(nora.id, { parts: ['cv', 'plan'], trialIds: [] }, 'nb', TODAY);
		expect(doc.title).toBe('CV og plan – Nora');
	});

	it('a point chosen for the meeting on an English screen reads in bokmål in a bokmål document', async () => {
		const nora = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const answer = await saveAnswer(nora.id, aboutKey('liked_for'), ['kind'], SELF);
		const meeting = await createMeeting(nora.id, SELF);
		const options = pointOptions({ about: aboutFrom([answer]), planAnswers: [], planSteps: [], trials: [] }, 'en');
		await updateMeeting(meeting.id, 'say', { points: togglePoint([], options.about[0]!) }, SELF);
		const doc = await buildExportDocument(nora.id, { parts: ['meeting'], trialIds: [] }, 'nb', TODAY);
		const said = doc.sections[0]!.groups.flatMap((g) => g.lines.map((l) => l.text));
		expect(said).toContain(m.me_card_liked_for_kind({}, { locale: 'nb' }));
		expect(said).not.toContain(m.me_card_liked_for_kind({}, { locale: 'en' }));
	});

	it('never asks twice: what the person does now is in the CV; the request reads their interests and Om meg support', async () => {
		const jonas = await createProfile({ name: 'Jonas', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		await saveAnswer(jonas.id, 'change/now', ['vta'], SELF);
		await saveAnswer(jonas.id, 'change/now/where', 'Fretex Asker', SELF);
		await saveAnswer(jonas.id, 'change/why', ['bored'], SELF);
		await saveAnswer(jonas.id, aboutKey('support'), ['checklist'], SELF);
		const cv = await conventionalCv(jonas.id, { parts: ['cv'], trialIds: [] }, 'nb', TODAY);
		const experience = cv.sections.find((s) => s.title === 'Arbeidserfaring')!;
		expect(experience.items).toContainEqual({ title: 'Fretex Asker', meta: 'Nå', text: `${m.change_card_now_vta()}.` });
		const request = changeRequest(changeFrom([]), 'Jonas', [], [], 'nb', {
			support: { cards: ['checklist'], by: SELF },
			liked: [{ cardId: 'act_clean', by: SELF }, { cardId: 'job_kitchen', by: SELF }]
		});
		expect(request.sections.why.map((l) => l.text)).toEqual(['Dette liker jeg: gjøre rent og kjøkken.']);
		expect(request.sections.help.map((l) => l.text)).toEqual([m.me_card_support_checklist()]);
		const doc = await buildExportDocument(jonas.id, { parts: ['change'], trialIds: [] }, 'nb', TODAY);
		const help = doc.sections[0]!.groups.find((g) => g.heading === m.change_part_help())!;
		expect(help.lines.map((l) => l.text)).toEqual([m.me_card_support_checklist()]);
	});
});
