import { describe, expect, it } from 'vitest';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { saveAnswer, saveVoiceAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { aboutKey, ABOUT_PHOTO_KEY } from '$lib/domain/about/schema';
import { cvKey } from '$lib/domain/cv/schema';
import { createCvEntry } from '$lib/domain/cv/cv-entries-repo';
import { planKey } from '$lib/domain/plan/schema';
import { addPlanSteps } from '$lib/domain/plan/steps-repo';
import { createMeeting, updateMeeting } from '$lib/domain/meeting/meeting-repo';
import { changeKey } from '$lib/domain/change/schema';
import { addPhoto, createTrial, saveTrialAnswer } from '$lib/domain/trials/trials-repo';
import { saveCardAnswer, startExploration } from '$lib/domain/interests/interests-repo';
import { SORTING_ORDER, text } from '$lib/domain/interests/catalogue';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { formatDate } from '$lib/i18n/dates';
import { m } from '$lib/paraglide/messages';
import { buildExportDocument } from './export-builder';
import { conventionalCv } from './conventional-cv';
import type { ExportDocument } from './document';
import { choiceKey, loadChoice, loadLast, saveChoice, saveLocale, savePreset } from './selection-repo';
import { decodeChoice, defaultChoice, encodeChoice, isEmptyChoice, isIncluded, linkedPreset, togglePart, toggleTrial } from './selection-rules';
import { EXPORT_PARTS, PRESETS, type ExportChoice, type ExportPart } from './selection-schema';

const SELF: AnsweredBy = { kind: 'self' };
const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };
const TODAY = '2026-11-26';
const jpeg = (n: number) => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, n]).buffer, type: 'image/jpeg' });
const likedCard = SORTING_ORDER.find((c) => c.round === 'task')!;

/** A person with something in every part, and a marker word for each that appears nowhere else. */
async function fullProfile() {
	const p = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
	const id = p.id;
	await saveAnswer(id, aboutKey('liked_for'), ['kind'], SELF);
	await saveAnswer(id, aboutKey('important'), [], SELF);
	await saveAnswer(id, aboutKey('important', 'text'), 'Hesten min Luna.', KARI);
	const about = await saveVoiceAnswer(id, ABOUT_PHOTO_KEY, jpeg(1), SELF);
	await saveAnswer(id, cvKey('phone'), '900 11 222', SELF);
	await saveAnswer(id, cvKey('email'), 'nora@example.no', SELF);
	await saveAnswer(id, cvKey('school/name'), 'Bergen vgs', SELF);
	await saveAnswer(id, cvKey('languages'), ['norwegian'], SELF);
	await saveAnswer(id, cvKey('travel'), ['bus', 'moped'], SELF);
	await createCvEntry(id, { kind: 'job', place: 'Kiwi Lade', what: 'Jeg fylte hyller.', from: '2025-08' }, SELF);
	await createCvEntry(id, { kind: 'reference', place: 'Per Hansen', what: 'Sjefen min.', phone: '411 22 333' }, KARI);
	await saveAnswer(id, planKey('this_year', 'text'), 'Jobbe med dyr i stall.', SELF);
	await addPlanSteps(id, [{ what: 'Ringe Meny', who: { role: 'teacher', name: 'Kari' }, due: '2026-12-04' }], KARI);
	const meeting = await createMeeting(id, SELF);
	await updateMeeting(meeting.id, 'place', { place: 'Rådhuset rom 3' }, SELF);
	await updateMeeting(meeting.id, 'ask', { questions: { suggested: ['more_help'], own: ['Kan jeg få en pause?'] } }, KARI);
	await saveAnswer(id, changeKey('why', 'text'), 'Jeg kjeder meg på jobb.', SELF);
	const hotel = await createTrial(id, { kind: 'jobbsmak', workplace: 'Scandic Bergen', days: ['2026-10-05', '2026-10-06'] }, SELF);
	const vet = await createTrial(id, { kind: 'praksis', workplace: 'Dyreklinikken', days: ['2026-11-02'] }, SELF);
	await saveTrialAnswer(id, { trialId: hotel.id, phase: { kind: 'day', day: '2026-10-05' }, question: 'day' }, 'good', SELF);
	await saveTrialAnswer(id, { trialId: hotel.id, phase: { kind: 'after' }, question: 'summary' }, 'Det var gøy på hotellet.', KARI);
	await saveTrialAnswer(id, { trialId: vet.id, phase: { kind: 'after' }, question: 'summary' }, 'Jeg stelte katter.', SELF);
	const photo = await addPhoto(id, hotel.id, '2026-10-05', jpeg(2), SELF);
	const exploration = await startExploration(id);
	await saveCardAnswer(id, exploration.id, likedCard.id, 'like', SELF);
	return { id, hotel, vet, aboutPhoto: about.mediaId, trialPhoto: photo.mediaId };
}

/** Every word the document holds, as one string. */
function allText(doc: ExportDocument): string {
	return JSON.stringify(doc);
}

const MARKERS: Record<Exclude<ExportPart, 'photos'>, string[]> = {
	about: ['Hesten min Luna', m.me_card_liked_for_kind()],
	cv: ['Bergen vgs', 'Kiwi Lade'],
	plan: ['Jobbe med dyr i stall', 'Ringe Meny'],
	trials: ['Det var gøy på hotellet', 'Jeg stelte katter'],
	interests: [text(likedCard.label, 'nb')],
	meeting: ['Rådhuset rom 3', 'Kan jeg få en pause'],
	change: ['Jeg kjeder meg på jobb'],
	contact: ['900 11 222', 'nora@example.no', '411 22 333']
};

const everything = (trialIds: string[]): ExportChoice => ({ parts: [...EXPORT_PARTS], trialIds });

describe('selection rules', () => {
	it('starts each recipient with its defaults, all trials when trials are in', () => {
		expect(defaultChoice('meeting', ['a', 'b'])).toEqual({ parts: ['about', 'plan', 'trials', 'interests', 'meeting', 'photos'], trialIds: ['a', 'b'] });
		expect(defaultChoice('employer', ['a'])).toEqual({ parts: ['about', 'cv', 'interests', 'contact'], trialIds: [] });
		// A meeting about changing work: the request, what was tried, and what helps the person; no phone number.
		expect(defaultChoice('change', ['a', 'b'])).toEqual({ parts: ['about', 'trials', 'change'], trialIds: ['a', 'b'] });
	});

	it('reads the recipient a link asks for, and nothing for what it does not know', () => {
		for (const preset of PRESETS) expect(linkedPreset(preset)).toBe(preset);
		for (const bad of [null, undefined, '', 'Change', 'change ', 'evil', '__proto__', 'toString']) expect(linkedPreset(bad), String(bad)).toBeNull();
	});

	it('toggles parts and trials and keeps the trials switch in step with the trial cards', () => {
		let c: ExportChoice = { parts: ['cv'], trialIds: [] };
		c = togglePart(c, 'trials', ['a', 'b']);
		expect(c).toEqual({ parts: ['cv', 'trials'], trialIds: ['a', 'b'] });
		c = toggleTrial(c, 'a');
		expect(isIncluded(c, 'trials', 'a')).toBe(false);
		expect(isIncluded(c, 'trials', 'b')).toBe(true);
		c = toggleTrial(c, 'b');
		expect(c.parts).toEqual(['cv']);
		c = toggleTrial(c, 'a');
		expect(c).toEqual({ parts: ['cv', 'trials'], trialIds: ['a'] });
		c = togglePart(c, 'cv');
		expect(isIncluded(c, 'cv')).toBe(false);
		expect(isEmptyChoice({ parts: ['photos'], trialIds: [] })).toBe(true);
		expect(isEmptyChoice({ parts: ['trials'], trialIds: [] })).toBe(true);
		expect(isEmptyChoice(c)).toBe(false);
	});

	it('stores a choice as a list and reads it back', () => {
		const c: ExportChoice = { parts: ['about', 'trials'], trialIds: ['t-1'] };
		expect(encodeChoice(c)).toEqual(['about', 'trials', 'trial:t-1']);
		expect(decodeChoice(encodeChoice(c))).toEqual({ parts: ['about', 'trials'], trialIds: ['t-1'] });
	});
});

describe('selection repository', () => {
	it('remembers a choice per recipient, the last recipient and the language', async () => {
		const { id, hotel, vet } = await fullProfile();
		expect(await loadChoice(id, 'nav')).toEqual({ parts: ['about', 'cv', 'plan', 'trials', 'change', 'contact'], trialIds: [hotel.id, vet.id] });
		await saveChoice(id, 'nav', { parts: ['cv', 'trials'], trialIds: [vet.id, 'deleted-trial'] }, KARI);
		expect(await loadChoice(id, 'nav')).toEqual({ parts: ['cv', 'trials'], trialIds: [vet.id] });
		expect((await loadChoice(id, 'employer')).parts).toEqual(['about', 'cv', 'interests', 'contact']);
		expect(await loadLast(id)).toEqual({ preset: null, locale: null });
		await savePreset(id, 'nav', SELF);
		await saveLocale(id, 'en', SELF);
		expect(await loadLast(id)).toEqual({ preset: 'nav', locale: 'en' });
	});

	it('falls back to the defaults when the stored value is unknown or broken', async () => {
		const { id } = await fullProfile();
		for (const bad of ['cv', ['cv', 'secrets'], Array(12).fill('cv'), null, ['trial:']]) {
			await saveAnswer(id, choiceKey('employer'), bad as never, SELF);
			expect(await loadChoice(id, 'employer'), JSON.stringify(bad)).toEqual({ parts: ['about', 'cv', 'interests', 'contact'], trialIds: [] });
		}
		await saveAnswer(id, 'export/preset', 'boss', SELF);
		expect((await loadLast(id)).preset).toBeNull();
	});
});

describe('export document', () => {
	it('builds a full profile with every part, photos, marks and the person’s name and date', async () => {
		const { id, hotel, vet, aboutPhoto, trialPhoto } = await fullProfile();
		const doc = await buildExportDocument(id, everything([hotel.id, vet.id]), 'nb', TODAY);
		expect(doc.title).toBe('CV og plan – Nora');
		expect(doc.dateText).toBe('torsdag 26. november 2026');
		expect(doc.photo?.mediaId).toBe(aboutPhoto);
		expect(doc.sections.map((s) => s.part)).toEqual(['contact', 'about', 'cv', 'interests', 'plan', 'trials', 'trials', 'change', 'meeting']);
		for (const markers of Object.values(MARKERS)) for (const word of markers) expect(allText(doc)).toContain(word);
		const hotelSection = doc.sections.find((s) => s.trialId === hotel.id)!;
		expect(hotelSection.title).toBe('Scandic Bergen');
		expect(hotelSection.groups.flatMap((g) => g.photos).map((p) => p.mediaId)).toEqual([trialPhoto]);
		// Helper-given lines are marked; the person's own are not.
		const lines = doc.sections.flatMap((s) => s.groups.flatMap((g) => g.lines));
		expect(lines.find((l) => l.text === 'Hesten min Luna.')).toMatchObject({ own: true, by: 'Svart med hjelp av Kari, lærer' });
		expect(lines.find((l) => l.text === 'Det var gøy på hotellet.')?.by).toBe('Svart med hjelp av Kari, lærer');
		expect(lines.find((l) => l.text === 'Jeg stelte katter.')?.by).toBeUndefined();
		expect(lines.find((l) => l.text === 'Ringe Meny')?.by).toBeDefined();
		expect(lines.find((l) => l.text === '900 11 222')?.by).toBeUndefined();
	});

	it('never shows a part that is not ticked, whatever else is ticked', async () => {
		const { id, hotel, vet } = await fullProfile();
		for (const part of EXPORT_PARTS) {
			const choice = { parts: EXPORT_PARTS.filter((p) => p !== part), trialIds: [hotel.id, vet.id] };
			const doc = await buildExportDocument(id, choice, 'nb', TODAY);
			const all = allText(doc);
			expect(doc.sections.some((s) => s.part === part), part).toBe(false);
			for (const word of part === 'photos' ? [] : MARKERS[part]) expect(all, `${part}: ${word}`).not.toContain(word);
		}
		// Only one part at a time: nothing of the others.
		for (const part of EXPORT_PARTS.filter((p) => p !== 'photos')) {
			const doc = await buildExportDocument(id, { parts: [part], trialIds: [hotel.id, vet.id] }, 'nb', TODAY);
			const all = allText(doc);
			for (const [other, words] of Object.entries(MARKERS)) if (other !== part) for (const word of words) expect(all, `${part} shows ${word}`).not.toContain(word);
		}
	});

	it('leaves out each trial that is not ticked; the change request still names where the person has been', async () => {
		const { id, hotel, vet, trialPhoto } = await fullProfile();
		const doc = await buildExportDocument(id, { parts: ['trials', 'change', 'photos'], trialIds: [vet.id] }, 'nb', TODAY);
		expect(doc.sections.filter((s) => s.part === 'trials').map((s) => s.trialId)).toEqual([vet.id]);
		expect(allText(doc)).not.toContain('Det var gøy på hotellet');
		expect(allText(doc)).not.toContain(trialPhoto);
		expect(allText(doc)).toContain('Dyreklinikken');
		// "Dette har jeg prøvd" is part of the request as the person sees it on the screen: names and dates only.
		const tried = doc.sections.find((s) => s.part === 'change')!.groups.find((g) => g.heading === m.change_part_tried())!;
		expect(tried.lines.map((l) => l.text).join(' ')).toContain('Scandic Bergen');
		expect(tried.photos).toEqual([]);
		// Every trial off in turn: its summary and photos are gone, the other's stay.
		const summaries: Record<string, string> = { [hotel.id]: 'Det var gøy på hotellet', [vet.id]: 'Jeg stelte katter' };
		for (const off of [hotel.id, vet.id]) {
			const on = off === hotel.id ? vet.id : hotel.id;
			const d = await buildExportDocument(id, { parts: [...EXPORT_PARTS], trialIds: [on] }, 'nb', TODAY);
			expect(allText(d)).not.toContain(summaries[off]);
			expect(allText(d)).toContain(summaries[on]);
			expect(d.sections.filter((s) => s.part === 'trials').map((s) => s.trialId)).toEqual([on]);
		}
		const none = await buildExportDocument(id, { parts: ['trials'], trialIds: [] }, 'nb', TODAY);
		expect(none.sections).toEqual([]);
	});

	it('has photos only with "photos", and contact details only with "contact"', async () => {
		const { id, hotel, vet, aboutPhoto, trialPhoto } = await fullProfile();
		const without = await buildExportDocument(id, { parts: EXPORT_PARTS.filter((p) => p !== 'photos'), trialIds: [hotel.id, vet.id] }, 'nb', TODAY);
		expect(without.photo).toBeUndefined();
		expect(without.sections.every((s) => s.groups.every((g) => g.photos.length === 0))).toBe(true);
		expect(allText(without)).not.toContain(aboutPhoto);
		expect(allText(without)).not.toContain(trialPhoto);
		const noContact = await buildExportDocument(id, { parts: ['cv', 'about'], trialIds: [] }, 'nb', TODAY);
		for (const word of MARKERS.contact) expect(allText(noContact)).not.toContain(word);
		expect(allText(noContact)).toContain('Per Hansen');
	});

	it('is written in the export’s language, not the app’s', async () => {
		const { id, hotel, vet } = await fullProfile();
		const doc = await buildExportDocument(id, everything([hotel.id, vet.id]), 'en', TODAY);
		expect(doc.locale).toBe('en');
		expect(doc.title).toBe('CV and plan – Nora');
		expect(doc.dateText).toBe(formatDate(TODAY, 'en'));
		expect(doc.dateText).toMatch(/Thursday/);
		expect(doc.sections.find((s) => s.part === 'about')!.title).toBe(m.me_title({}, { locale: 'en' }));
		const lines = doc.sections.flatMap((s) => s.groups.flatMap((g) => g.lines));
		expect(lines.find((l) => l.text === 'Hesten min Luna.')?.by).toBe(m.answered_by_helper({ helper: 'Kari, teacher' }, { locale: 'en' }));
		const nn = await buildExportDocument(id, { parts: ['plan'], trialIds: [] }, 'nn', TODAY);
		expect(nn.sections[0]!.title).toBe(m.plan_title({}, { locale: 'nn' }));
	});

	it('writes every sentence of its own in easy-read', async () => {
		const { id, hotel, vet } = await fullProfile();
		const doc = await buildExportDocument(id, everything([hotel.id, vet.id]), 'nb', TODAY);
		const person = new Set(['Hesten min Luna.', 'Jobbe med dyr i stall.', 'Ringe Meny', 'Det var gøy på hotellet.', 'Jeg stelte katter.', 'Jeg kjeder meg på jobb.', 'Kan jeg få en pause?', 'Jeg fylte hyller.', 'Sjefen min.']);
		const texts = [doc.title, doc.dateText, ...doc.sections.flatMap((s) => [s.title, ...s.groups.flatMap((g) => [g.heading ?? '', ...g.lines.flatMap((l) => [l.text, l.meta ?? '', l.by ?? ''])])])];
		for (const t of texts.filter((t) => t && !person.has(t))) expect(checkEasyRead(t), t).toEqual([]);
		const msgs = [m.export_title(), m.export_step_who(), m.export_what_hint(), m.export_offline(), m.export_making(), m.export_preview_hint()];
		for (const t of msgs) expect(checkEasyRead(t), t).toEqual([]);
	});
});

describe('conventional CV', () => {
	it('follows the usual order, text only, with contact details only when ticked', async () => {
		const { id } = await fullProfile();
		const cv = await conventionalCv(id, { parts: ['cv', 'contact', 'about'], trialIds: [] }, 'nb', TODAY);
		expect(cv.sections.map((s) => s.title)).toEqual(['Om meg', 'Arbeidserfaring', 'Utdanning', 'Kompetanse', 'Språk', 'Førerkort', 'Referanser']);
		expect(cv.contact).toEqual(['Telefon: 900 11 222', 'E-post: nora@example.no']);
		const all = JSON.stringify(cv);
		for (const word of ['Kiwi Lade', 'Scandic Bergen', 'Bergen vgs', '411 22 333', 'Hesten min Luna.']) expect(all).toContain(word);
		expect(all).not.toContain('symbol');
		const bare = await conventionalCv(id, { parts: ['cv'], trialIds: [] }, 'en', TODAY);
		expect(bare.contact).toEqual([]);
		const bareText = JSON.stringify(bare);
		for (const word of [...MARKERS.contact, 'Hesten min Luna', text(likedCard.label, 'nb')]) expect(bareText).not.toContain(word);
		expect(bare.sections[0]!.title).toBe('Work experience');
	});

	it('leaves hidden CV lines out', async () => {
		const { id } = await fullProfile();
		await saveAnswer(id, cvKey('hidden'), ['school'], SELF);
		const cv = await conventionalCv(id, { parts: ['cv'], trialIds: [] }, 'nb', TODAY);
		expect(JSON.stringify(cv)).not.toContain('Bergen vgs');
		const doc = await buildExportDocument(id, { parts: ['cv'], trialIds: [] }, 'nb', TODAY);
		expect(allText(doc)).not.toContain('Bergen vgs');
	});
});

describe('ExportState', () => {
	it('remembers the recipient and language, previews, and names files after the person', async () => {
		const { ExportState } = await import('./export.svelte');
		const { exportFileName } = await import('./file-formats');
		const { id, hotel, vet } = await fullProfile();
		const state = new ExportState(id);
		await state.load('nn');
		expect(state.locale).toBe('nn');
		expect(state.preset).toBeNull();
		await state.choosePreset('employer', SELF);
		expect(state.choice).toEqual({ parts: ['about', 'cv', 'interests', 'contact'], trialIds: [] });
		await state.togglePart('contact', SELF);
		await state.togglePart('about', SELF);
		await state.togglePart('interests', SELF);
		await state.toggleTrial(vet.id, KARI);
		await state.setLocale('en', SELF);
		const again = new ExportState(id);
		await again.load('nb');
		expect(again.preset).toBe('employer');
		expect(again.locale).toBe('en');
		expect(again.choice).toEqual({ parts: ['cv', 'trials'], trialIds: [vet.id] });
		expect(again.trials.map((t) => t.name)).toEqual(['Scandic Bergen', 'Dyreklinikken']);
		const doc = await again.preview(TODAY);
		expect(doc.sections.map((s) => s.trialId ?? s.part)).toEqual(['cv', vet.id]);
		const seen: unknown[] = [];
		const fake = {
			easy_pdf: async (d: unknown) => (seen.push(d), new Blob(['%PDF'])),
			cv_pdf: async (c: unknown) => (seen.push(c), new Blob(['%PDF'])),
			cv_docx: async (c: unknown) => (seen.push(c), new Blob(['PK']))
		};
		expect((await again.makeFile('easy_pdf', TODAY, fake)).name).toBe('Nora-Jobbvei-2026-11-26.pdf');
		expect(seen[0]).toEqual(doc);
		const docx = await again.makeFile('cv_docx', TODAY, fake);
		expect(docx.name).toBe('Nora-CV-2026-11-26.docx');
		expect(JSON.stringify(seen[1])).not.toContain('900 11 222');
		expect((await again.makeFile('cv_pdf', TODAY, fake)).name).toBe('Nora-CV-2026-11-26.pdf');
		await expect(again.makeFile('easy_pdf', TODAY, { ...fake, easy_pdf: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) })).rejects.toThrow();
		expect(exportFileName('Nora/../x', 'easy_pdf', TODAY)).toBe('Nora-..-x-Jobbvei-2026-11-26.pdf');
		void hotel;
	});
});
