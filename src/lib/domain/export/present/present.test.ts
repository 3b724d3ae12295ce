import { describe, expect, it } from 'vitest';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { m } from '$lib/paraglide/messages';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { createTrial } from '$lib/domain/trials/trials-repo';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import type { DocLine, DocSection, ExportDocument } from '../document';
import { saveChoice, saveLocale } from '../selection-repo';
import { PresentState } from './present.svelte';
import {
	MAX_ROWS,
	PHOTO_ROWS,
	ROW_CHARS,
	buildSlides,
	itemRows,
	joinSpoken,
	lineRows,
	paginate,
	slideAnnouncement,
	splitText,
	stepForKey,
	stepIndex,
	type Slide,
	type SlideItem
} from './present-rules';

const line = (text: string, extra: Partial<DocLine> = {}): DocLine => ({ text, ...extra });

function doc(sections: DocSection[], extra: Partial<ExportDocument> = {}): ExportDocument {
	return { locale: 'nb', title: 'Plan – Nora', name: 'Nora', day: '2026-11-26', dateText: 'torsdag 26. november 2026', sections, ...extra };
}

const about: DocSection = {
	part: 'about',
	title: 'Om meg',
	symbol: 'doc_me',
	groups: [
		{ heading: 'Det folk liker ved meg', symbol: 'me_kind', lines: [line('Snill', { symbol: 'me_kind' }), line('Hjelpsom', { symbol: 'me_helpful' })], photos: [] },
		{ heading: 'Det som er viktig for meg', lines: [line('Jeg er god til å lytte.', { own: true })], photos: [] }
	]
};
const plan: DocSection = { part: 'plan', title: 'Planen min', symbol: 'doc_plan', groups: [{ lines: [line('Søke på kafé', { meta: 'før 1. februar' })], photos: [] }] };
const interests: DocSection = { part: 'interests', title: 'Det jeg liker', symbol: 'doc_star', groups: [{ lines: [line('Kafé'), line('Dyr')], photos: [] }] };
const trial = (id: string, photos: number): DocSection => ({
	part: 'trials',
	trialId: id,
	title: `Jobbsmak ${id}`,
	symbol: 'trial_jobbsmak',
	groups: [{ lines: [line('Det var gøy.', { by: 'Kari (lærer) skrev dette' })], photos: Array.from({ length: photos }, (_, i) => ({ mediaId: `${id}-p${i}`, alt: `Bilde ${i + 1}` })) }]
});
const meeting: DocSection = { part: 'meeting', title: 'Spørsmålene mine', symbol: 'meet_question', groups: [{ lines: [line('Kan jeg jobbe 3 dager?')], photos: [] }] };

const rowsOf = (slide: Slide) => slide.items.reduce((sum, item) => sum + itemRows(item), 0);
const allText = (slides: Slide[]) => slides.flatMap((s) => [s.title, ...s.items.flatMap((i) => (i.kind === 'line' ? [i.line.text] : i.kind === 'heading' ? [i.text] : []))]);

describe('buildSlides', () => {
	it('starts with a title slide (name, photo, "Dette er meg") and shows the parts in presenting order', () => {
		const slides = buildSlides(doc([plan, meeting, trial('a', 1), about, interests], { photo: { mediaId: 'me', alt: 'Bilde av Nora' } }));
		expect(slides[0]).toMatchObject({ kind: 'title', title: 'Nora', photo: { mediaId: 'me' } });
		expect(slides[0]!.spoken).toBe('Hei! Jeg heter Nora. Dette er meg.');
		expect(slides.slice(1).map((s) => s.part)).toEqual(['about', 'interests', 'trials', 'plan', 'meeting']);
		expect(slides.map((s) => s.title)).toEqual(['Nora', 'Om meg', 'Det jeg liker', 'Jobbsmak a', 'Planen min', 'Spørsmålene mine']);
	});

	it('shows only what is in the document: a part left out never appears', () => {
		const slides = buildSlides(doc([about, plan]));
		expect(slides.map((s) => s.part)).toEqual([undefined, 'about', 'plan']);
		expect(allText(slides).join(' ')).not.toMatch(/Kafé|Jobbsmak|Spørsmål/);
		// No photo in the document: none on the title slide.
		expect(buildSlides(doc([about]))[0]!.photo).toBeUndefined();
	});

	it('gives each trial its own slide, in the document order, with its photos', () => {
		const slides = buildSlides(doc([trial('a', 2), about, trial('b', 0)]));
		const trials = slides.filter((s) => s.part === 'trials');
		expect(trials.map((s) => s.trialId)).toEqual(['a', 'b']);
		const photos = trials[0]!.items.find((i): i is Extract<SlideItem, { kind: 'photos' }> => i.kind === 'photos');
		expect(photos?.photos.map((p) => p.mediaId)).toEqual(['a-p0', 'a-p1']);
		expect(trials[1]!.items.some((i) => i.kind === 'photos')).toBe(false);
	});

	it('drops a section with nothing in it, and keeps slide keys unique', () => {
		const empty: DocSection = { part: 'change', title: 'Endring', symbol: 'chg_why', groups: [{ lines: [], photos: [] }] };
		const slides = buildSlides(doc([about, empty, trial('a', 12)]));
		expect(slides.some((s) => s.part === 'change')).toBe(false);
		expect(new Set(slides.map((s) => s.key)).size).toBe(slides.length);
	});

	it('splits a long part so no slide is over MAX_ROWS rows, keeping every word and the order', () => {
		const long = 'Jeg liker å jobbe med mat. '.repeat(40).trim();
		const lines = Array.from({ length: 15 }, (_, i) => line(`Linje ${i + 1}`, { symbol: 'me_kind' }));
		const big: DocSection = { part: 'about', title: 'Om meg', symbol: 'doc_me', groups: [{ heading: 'Ord', lines: [...lines, line(long, { own: true, by: 'Kari (lærer) skrev dette' })], photos: [] }] };
		const slides = buildSlides(doc([big, trial('a', 7)]));
		const parts = slides.filter((s) => s.part === 'about');
		expect(parts.length).toBeGreaterThan(2);
		for (const s of slides) expect(rowsOf(s), s.key).toBeLessThanOrEqual(MAX_ROWS);
		parts.forEach((s, i) => expect(s.piece).toEqual({ current: i + 1, total: parts.length }));
		// Every slide of the part keeps the part's title; all the words are there, in order.
		expect(parts.every((s) => s.title === 'Om meg')).toBe(true);
		const texts = parts.flatMap((s) => s.items.flatMap((i) => (i.kind === 'line' ? [i.line.text] : [])));
		expect(texts.slice(0, 15)).toEqual(lines.map((l) => l.text));
		expect(texts.slice(15).join(' ')).toBe(long);
		// "Who said it" goes with the last piece of the helper's words only.
		const withBy = parts.flatMap((s) => s.items).filter((i) => i.kind === 'line' && i.line.by);
		expect(withBy).toHaveLength(1);
		expect(texts.at(-1)!.endsWith('mat.')).toBe(true);
		// 7 photos do not fit one slide: they go on to the next.
		const trialPhotos = slides.filter((s) => s.part === 'trials').flatMap((s) => s.items.flatMap((i) => (i.kind === 'photos' ? i.photos : [])));
		expect(trialPhotos).toHaveLength(7);
	});

	it('never leaves a group heading alone at the bottom of a slide', () => {
		const filler = Array.from({ length: MAX_ROWS - 1 }, (_, i) => line(`Ting ${i}`));
		const section: DocSection = { part: 'about', title: 'Om meg', symbol: 'doc_me', groups: [{ lines: filler, photos: [] }, { heading: 'Neste ting', lines: [line('Mer')], photos: [] }] };
		const slides = buildSlides(doc([section])).filter((s) => s.part === 'about');
		expect(slides).toHaveLength(2);
		expect(slides[0]!.items.at(-1)!.kind).toBe('line');
		expect(slides[1]!.items[0]).toMatchObject({ kind: 'heading', text: 'Neste ting' });
	});

	it('says each slide aloud: the title, the headings, the lines with who said it', () => {
		const slides = buildSlides(doc([about, trial('a', 1), plan]));
		expect(slides[1]!.spoken).toBe('Om meg. Det folk liker ved meg. Snill. Hjelpsom. Det som er viktig for meg. Jeg er god til å lytte.');
		expect(slides[2]!.spoken).toBe('Jobbsmak a. Det var gøy. Kari (lærer) skrev dette.');
		expect(slides[3]!.spoken).toBe('Planen min. Søke på kafé. før 1. februar.');
		// A split slide says only its own piece.
		expect(slides.every((s) => s.spoken.length > 0)).toBe(true);
	});

	it('every sentence the app writes itself reads easily, in every language it speaks', () => {
		for (const locale of ['nb', 'nn', 'en'] as const) {
			const slides = buildSlides(doc([about, trial('a', 0)], { locale, name: 'Nora' }));
			const texts = [
				slides[0]!.spoken,
				m.present_hello({}, { locale }),
				m.present_keys({}, { locale }),
				m.present_empty({}, { locale }),
				m.present_piece({ current: 2, total: 3 }, { locale }),
				slideAnnouncement(slides, 1, locale)
			];
			if (locale === 'nb') for (const text of texts) expect(checkEasyRead(text), text).toEqual([]);
			expect(slideAnnouncement(slides, 1, locale)).toMatch(/^2 (av|of) 3: Om meg$/);
		}
		// A long name is still one short sentence.
		expect(checkEasyRead(buildSlides(doc([], { name: 'Nora Marie Hansen Berg' }))[0]!.spoken)).toEqual([]);
	});
});

describe('fitting on a slide', () => {
	it('counts rows for wrapped text, title, meta and "who said it"', () => {
		expect(lineRows(line('Kort'))).toBe(1);
		expect(lineRows(line('x'.repeat(ROW_CHARS + 1)))).toBe(2);
		expect(lineRows(line('Kort', { title: 'Kafé Lyst', meta: 'Jobb, 2025', by: 'Kari skrev dette' }))).toBe(4);
		expect(itemRows({ kind: 'photos', photos: [{ mediaId: 'a', alt: '' }] })).toBe(PHOTO_ROWS);
	});

	it('splits text at sentence ends, and a very long sentence at spaces', () => {
		expect(splitText('Kort.', 20)).toEqual(['Kort.']);
		expect(splitText('En to tre. Fire fem seks. Sju.', 20)).toEqual(['En to tre.', 'Fire fem seks. Sju.']);
		const pieces = splitText('ord '.repeat(50).trim(), 30);
		expect(pieces.every((p) => p.length <= 30)).toBe(true);
		expect(pieces.join(' ')).toBe('ord '.repeat(50).trim());
		// A pasted link longer than a slide is cut, not lost.
		const link = 'https://example.no/' + 'a'.repeat(100);
		expect(splitText(link, 30).join('')).toBe(link);
	});

	it('paginate keeps an empty part as one empty page and fills pages up to MAX_ROWS', () => {
		expect(paginate([])).toEqual([[]]);
		const items: SlideItem[] = Array.from({ length: MAX_ROWS * 2 + 1 }, (_, i) => ({ kind: 'line', line: line(`L${i}`) }));
		expect(paginate(items).map((p) => p.length)).toEqual([MAX_ROWS, MAX_ROWS, 1]);
	});

	it('joinSpoken ends every bit as a sentence so the voice pauses', () => {
		expect(joinSpoken(['Om meg', 'Snill.', ' ', 'Hva gjør jeg?'])).toBe('Om meg. Snill. Hva gjør jeg?');
	});
});

describe('stepping', () => {
	it('arrows, Page Up/Down step; Space and Enter step unless they press a button', () => {
		expect(['ArrowRight', 'ArrowDown', 'PageDown'].map((k) => stepForKey(k, true))).toEqual([1, 1, 1]);
		expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => stepForKey(k, false))).toEqual([-1, -1, -1]);
		expect(stepForKey(' ', false)).toBe(1);
		expect(stepForKey('Enter', false)).toBe(1);
		expect(stepForKey(' ', true)).toBe(0);
		expect(stepForKey('Enter', true)).toBe(0);
		expect(stepForKey('a', false)).toBe(0);
	});

	it('stays at the ends instead of wrapping round', () => {
		expect(stepIndex(0, -1, 5)).toBe(0);
		expect(stepIndex(4, 1, 5)).toBe(4);
		expect(stepIndex(2, 1, 5)).toBe(3);
		expect(stepIndex(0, 1, 0)).toBe(0);
	});
});

describe('PresentState (the same choice and document as the export)', () => {
	const SELF = { kind: 'self' } as const;

	it('shows only the ticked parts and trials, in the export language, and steps within the slides', async () => {
		const p = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const shown = await createTrial(p.id, { kind: 'jobbsmak', days: ['2026-03-02'], workplace: 'Kafé Lyst' }, SELF);
		const hidden = await createTrial(p.id, { kind: 'jobbsmak', days: ['2026-03-09'], workplace: 'Lager Nord' }, SELF);
		await saveAnswer(p.id, 'about/liked_for', ['kind'], SELF);
		await saveAnswer(p.id, 'plan/dream_job/text', 'Jeg vil jobbe med mat.', SELF);
		await saveChoice(p.id, 'meeting', { parts: ['about', 'trials'], trialIds: [shown.id] }, SELF);

		const state = new PresentState();
		await state.load(p.id, 'meeting', 'nb', '2026-11-26');
		expect(state.failed).toBe(false);
		expect(state.slides.map((s) => s.part ?? 'title')).toEqual(['title', 'about', 'trials']);
		expect(state.slides[2]!.trialId).toBe(shown.id);
		const words = JSON.stringify(state.slides);
		expect(words).not.toContain('Lager Nord');
		expect(words).not.toContain(hidden.id);
		expect(words).not.toContain('Jeg vil jobbe med mat.');
		expect(state.step(-1)).toBe(false);
		expect(state.step(1)).toBe(true);
		expect(state.step(1)).toBe(true);
		expect(state.atEnd).toBe(true);
		expect(state.step(1)).toBe(false);

		// The language chosen for the export is the presentation's language too.
		await saveLocale(p.id, 'en', SELF);
		const english = new PresentState();
		await english.load(p.id, 'meeting', 'nb', '2026-11-26');
		expect(english.doc?.locale).toBe('en');
		expect(english.slides[0]!.spoken).toBe('Hello! My name is Nora. This is me.');
		state.dispose();
		english.dispose();
	}, 20_000);
});
