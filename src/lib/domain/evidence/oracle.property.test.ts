import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { buildExportDocument, composeDocument } from '$lib/domain/export/export-builder';
import { composeConventionalCv, conventionalCv } from '$lib/domain/export/conventional-cv';
import { makeCvDocx } from '$lib/domain/export/docx';
import { renderCv, renderEasyRead } from '$lib/domain/export/pdf/make';
import { buildSlides } from '$lib/domain/export/present/present-rules';
import { summaryFor } from '$lib/domain/trials/summary';
import { trialEvidence } from '$lib/domain/trials/trial-evidence';
import { changeFrom, changeRequest, nowOf } from '$lib/domain/change/change-rules';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { buildCv, cvAnswersFrom, finished } from '$lib/domain/cv/cv-rules';
import { CV_SECTIONS } from '$lib/domain/cv/schema';
import { PROFILE_ID, documentCaseArb, describeCase, exportCaseArb, personPlanArb, personRecords, type DocumentCase } from './testing/person-arbitrary';
import { storePerson } from './testing/store-person';
import { CHECKS, typedTexts, type Outputs } from './testing/oracle';
import { squeeze } from './testing/document-text';
import { canReadPdf, cvParagraphs, cvPdfText, docxParagraphs, easyReadText, onlyDrawable, pdfFonts, pdfPages, withoutFooters } from './testing/file-text';

/**
 * [Note: documents oracle] For many generated persons, every document and every screen summary is
 * written from the stored records, and every claim in it is traced back to what the person (or a
 * helper with them) said: the days told about, each day's level, each card in the reader's language,
 * only what was ticked, "Jeg" and never "du", and the person's own words exactly as typed. A failure
 * prints fast-check's seed and path, so the same person can be made again.
 */

/** Persons per property; ORACLE_RUNS=2000 for a longer hunt. */
const RUNS = Number(process.env['ORACLE_RUNS'] ?? 200);
/** PDFs, Word files and a device are slower to make: a smaller sample checks that they say exactly the document. */
const FILE_RUNS = Math.max(15, Math.round(RUNS / 13));

/** Everything the app writes for one person and one export: the documents, and the screens in the person's language. */
function outputs(c: DocumentCase): Outputs {
	const { person, plan } = c;
	const { choice, locale } = c.export;
	const today = plan.today;
	const screen = person.profile.locale;
	const about = aboutFrom(person.answers);
	const page = changeFrom(person.answers);
	const cv = finished(
		buildCv({
			name: person.profile.name,
			answers: cvAnswersFrom(person.answers),
			about,
			trials: person.trials,
			jobs: person.jobs,
			liked: person.liked,
			entries: person.entries,
			now: nowOf(page),
			locale: screen
		})
	);
	return {
		doc: composeDocument(person, choice, locale, today),
		cv: composeConventionalCv(person, choice, locale, today),
		summaries: person.trials.map(({ trial, answers }) => ({ trialId: trial.id, sentences: summaryFor({ trial, answers, jobs: person.jobs, locale: screen, today }).sentences })),
		dayCounts: person.trials.map(({ trial, answers }) => ({ trialId: trial.id, ...trialEvidence(trial, answers, today).dayCount.value })),
		request: changeRequest(page, person.profile.name, person.trials, person.jobs, screen, { support: { cards: about.support.cards, by: about.support.cardsBy }, liked: person.liked, situation: person.profile.situation }).sections,
		screenCv: CV_SECTIONS.flatMap((s) => cv.sections[s]).map((l) => ({ id: l.id, text: l.text, ...(l.title ? { title: l.title } : {}), ...(l.meta ? { meta: l.meta } : {}), generated: l.generated }))
	};
}

/** A case prints as the person's choices and the ticks (the records follow from them). */
const cases = documentCaseArb.map((c) => Object.assign(c, { [fc.toStringMethod]: () => describeCase(c) }));

/** A property over generated persons: the check finds no claim without a fact. */
function holds(check: (c: DocumentCase, o: Outputs) => string[]) {
	return fc.property(cases, (c) => {
		expect(check(c, outputs(c)), 'claims without a fact').toEqual([]);
	});
}

const TIMEOUT = 60_000;

describe('the documents oracle: every claim traces to a fact', () => {
	it('1. days told about are the days done: "2 av 5", planned never counted as done, nothing past before a day is told', () => {
		fc.assert(holds(CHECKS.days), { numRuns: RUNS });
	}, TIMEOUT);

	it('2. each day keeps its level: as many days "veldig sliten" as were told so', () => {
		fc.assert(holds(CHECKS.levels), { numRuns: RUNS });
	}, TIMEOUT);

	it("3. a card is written in the reader's language, never in the words of another", () => {
		fc.assert(holds(CHECKS.cards), { numRuns: RUNS });
	}, TIMEOUT);

	it('4. what was ticked is there when it has content, and nothing else: no contact details, photos or trials unticked', () => {
		fc.assert(holds(CHECKS.ticks), { numRuns: RUNS });
	}, TIMEOUT);

	it('4b. the change request in a document always has "Dette har jeg prøvd": every trial the person has been at, none only planned', () => {
		fc.assert(holds(CHECKS.changeTried), { numRuns: RUNS });
	}, TIMEOUT);

	// Known defect (reported, not fixed here): a trial chosen for the meeting ("Hva vil du si?") is
	// offered and printed as "Jeg har prøvd: Jobbsmak på Meny" also when no day of it is told about.
	// When fixed, this fails: then drop `.fails`.
	it('4c. how much the person wants to work and where they are now are said as stored, once, and only when stored', () => {
		fc.assert(holds(CHECKS.changeTime), { numRuns: RUNS });
	}, TIMEOUT);

	it('1b. the meeting says "Jeg har prøvd" only of a trial the person has been at', () => {
		// Stops at the first person it fails for: no shrinking for a defect already described.
		fc.assert(holds(CHECKS.meetingTried), { numRuns: RUNS, endOnFailure: true });
	}, TIMEOUT);

	it('5. the person speaks as "jeg": no generated sentence says "du" or "you"', () => {
		fc.assert(holds(CHECKS.firstPerson), { numRuns: RUNS });
	}, TIMEOUT);

	it("6. the person's own words are there exactly as typed, and marked as theirs", () => {
		fc.assert(holds(CHECKS.ownWords), { numRuns: RUNS });
	}, TIMEOUT);

	// Known defect (reported, not fixed here): the person's words taken into another part are printed
	// as the app's: a line of "Min CV" they changed ("cv/line/<id>") is untrimmed and not marked as theirs
	// (cv/cv-document.ts marks only ":text" lines), and their "Jeg kan …" words of a trial chosen for the
	// meeting are not marked either (meeting-document.ts marks only points "from: own"). When fixed, this
	// fails: then drop `.fails`.
	it('6b. words the person changed or chose elsewhere are there as typed, marked as theirs', () => {
		// Stops at the first person it fails for: no shrinking for a defect already described.
		fc.assert(holds(CHECKS.wordsElsewhere), { numRuns: RUNS, endOnFailure: true });
	}, TIMEOUT);

	it('the presentation shows the document, piece by piece, and nothing else', () => {
		fc.assert(
			fc.property(cases, (c) => {
				const doc = outputs(c).doc;
				const slides = buildSlides(doc);
				doc.sections.forEach((section, i) => {
					const shown = slides.filter((s) => s.key.startsWith(`${i}-`)).flatMap((s) => s.items.flatMap((item) => (item.kind === 'heading' ? [item.text] : item.kind === 'line' ? [item.line.title, item.line.meta, item.line.text, item.line.by] : [])));
					const written = section.groups.flatMap((g) => [g.heading, ...g.lines.flatMap((l) => [l.title, l.meta, l.text, l.by])]);
					expect(squeeze(shown.filter(Boolean).join(''))).toBe(squeeze(written.filter(Boolean).join('')));
				});
			}),
			{ numRuns: RUNS }
		);
	}, TIMEOUT);
});

describe('the generated persons are persons the app could have stored', () => {
	it('stored on a device and read back by the app, a person makes the same documents as the pure run above', async () => {
		await fc.assert(
			fc.asyncProperty(personPlanArb.chain((plan) => exportCaseArb(plan.trials.map((t) => t.id)).map((ex) => ({ plan, ex }))), async ({ plan, ex }) => {
				const records = personRecords(plan);
				await storePerson(records);
				const { choice, locale } = ex;
				expect(await buildExportDocument(PROFILE_ID, choice, locale, plan.today)).toEqual(composeDocument(records.person, choice, locale, plan.today));
				expect(await conventionalCv(PROFILE_ID, choice, locale, plan.today)).toEqual(composeConventionalCv(records.person, choice, locale, plan.today));
			}),
			{ numRuns: FILE_RUNS }
		);
	}, TIMEOUT);
});

describe('the files say exactly what the document says', () => {
	it('the Word CV holds the employer CV, paragraph by paragraph', async () => {
		await fc.assert(
			fc.asyncProperty(cases, async (c) => {
				const cv = outputs(c).cv;
				expect(await docxParagraphs(await makeCvDocx(cv))).toEqual(cvParagraphs(cv));
			}),
			{ numRuns: FILE_RUNS }
		);
	}, TIMEOUT);

	it.runIf(canReadPdf())('the easy-read PDF and the CV PDF hold the document and the CV, in order', async () => {
		const fonts = pdfFonts();
		await fc.assert(
			fc.asyncProperty(cases, async (c) => {
				// Persons who typed characters the fonts cannot draw are the known defect below, not this property;
				// onlyDrawable also puts both texts in one Unicode form (pdftotext composes "e" + "◌́" to "é").
				fc.pre(typedTexts(c.person).every((t) => onlyDrawable(t) === t.normalize('NFC')));
				const { doc, cv } = outputs(c);
				const name = onlyDrawable(`${doc.name} – ${doc.dateText}`);
				expect(withoutFooters(await pdfPages(await renderEasyRead(jsPDF, fonts, doc)), name, doc.locale)).toBe(onlyDrawable(easyReadText(doc)));
				expect(withoutFooters(await pdfPages(await renderCv(jsPDF, fonts, cv)), onlyDrawable(cv.name), cv.locale)).toBe(onlyDrawable(cvPdfText(cv)));
			}),
			{ numRuns: FILE_RUNS }
		);
	}, TIMEOUT);

	// Known defect (reported, not fixed here): a character neither PDF font has a glyph for is silently
	// left out of the page, so "Hester 🐴 og katter 😺" reads "Hester og katter" and a line in Greek or
	// Cyrillic is empty. The preview, print, presentation and Word file keep it. When fixed, this fails:
	// then drop `.fails` (and `onlyDrawable` above).
	it.runIf(canReadPdf()).fails('KNOWN DEFECT: the easy-read PDF keeps every character the person typed, emoji too', async () => {
		const words = 'Hester 🐴 og katter 😺';
		const doc = { locale: 'nb' as const, title: 'Plan – Nora', name: 'Nora', day: '2026-12-07', dateText: 'mandag 7. desember 2026', sections: [{ part: 'about' as const, title: 'Om meg', symbol: 'doc_me' as const, groups: [{ lines: [{ text: words, own: true }], photos: [] }] }] };
		expect(withoutFooters(await pdfPages(await renderEasyRead(jsPDF, pdfFonts(), doc)), `${doc.name} – ${doc.dateText}`, doc.locale)).toBe(easyReadText(doc));
	}, TIMEOUT);
});
