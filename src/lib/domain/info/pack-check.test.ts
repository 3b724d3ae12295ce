import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CARD_ROUNDS } from '../interests/catalogue';
import { MAX_FILE_BYTES, parseJobFile } from '../interests/job-import';
import { checkFile } from './pack-check';
import { MAX_PACK_BYTES, readPack } from './pack-schema';

// [Note: pack check]: the verdict is the app's own; these tests check the words that explain it.

const exampleText = readFileSync(new URL('../../../../static/packs/baerum-eksempel.jobbvei-pakke.json', import.meta.url), 'utf8');
const PACK_NAME = 'kommune.jobbvei-pakke.json';

/** The example with one change made by `edit`. */
function pack(edit: (p: Record<string, any>) => void): string {
	const p = JSON.parse(exampleText) as Record<string, any>;
	edit(p);
	return JSON.stringify(p, null, '\t');
}

const t = (s: string) => ({ nb: s, nn: s, en: s });
const job = (change: Record<string, unknown> = {}) => ({
	id: 'sykkelverksted',
	symbol: 'job_kitchen',
	title: t('Sykkelverksted'),
	tasks: t('Du fikser sykler.'),
	description: t('Du jobber inne. Det er rolig.'),
	where: 'vta',
	areas: ['job_kitchen'],
	taskTags: ['act_clean'],
	conditions: ['cond_indoors'],
	...change
});
const jobFile = (jobs: unknown[], extra: object = {}) => JSON.stringify({ format: 'jobbvei-jobs', version: 1, jobs, ...extra });

describe('pack:check on good files', () => {
	it('takes the shipped Bærum example and says what it holds', () => {
		const result = checkFile(exampleText, undefined, 'baerum-eksempel.jobbvei-pakke.json');
		expect(result).toMatchObject({ ok: true, kind: 'pack', errors: [], warnings: [] });
		expect(result.summary).toContain('Bærum');
		expect(result.summary).toContain('5 tilbud, 2 datoer, 2 kontakter, møter om å bytte arbeid (adults.changeMeetingWeeks) i uke 18 og 41');
	});

	it('takes a good job file, whatever its name', () => {
		const result = checkFile(jobFile([job(), job({ id: 'vaktmester' })]), undefined, 'jobber.json');
		expect(result).toMatchObject({ ok: true, kind: 'jobs', errors: [], warnings: [], summary: 'Jobbfil med 2 jobber.' });
	});

	it('takes a job file that names the usual way in', () => {
		const result = checkFile(jobFile([job({ wayIn: 'vta' }), job({ id: 'kafe', wayIn: 'supported_job' })]), undefined, 'jobber.json');
		expect(result).toMatchObject({ ok: true, kind: 'jobs', errors: [], warnings: [] });
	});

	it('warns, without refusing, about a job symbol the app has not got (the app takes the file)', () => {
		const result = checkFile(jobFile([job({ symbol: 'bike_shop' })]));
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([expect.stringMatching(/^jobs\[0\]\.symbol: "bike_shop" er ikke et symbol/)]);
	});
});

describe('pack:check on bad packs names the field and what is wrong', () => {
	it('a file that is not JSON: the line and column', () => {
		const text = exampleText.replace('"municipality"', 'municipality');
		const result = checkFile(text, undefined, PACK_NAME);
		expect(result).toMatchObject({ ok: false, kind: 'pack' });
		expect(result.errors).toEqual([expect.stringMatching(/^Filen er ikke gyldig JSON: feil på linje 6, tegn \d+\./)]);
	});

	it('a wrong format field: the format it must have', () => {
		const wrong = pack((p) => (p.format = 'jobbvei-pakke'));
		expect(checkFile(wrong, undefined, PACK_NAME).errors).toEqual(['format: må være "jobbvei-content-pack", ikke "jobbvei-pakke".']);
		// Without the pack's file name, it could be either kind: both formats are named.
		const unknown = checkFile(wrong, undefined, 'fil.json');
		expect(unknown).toMatchObject({ ok: false, kind: 'unknown' });
		expect(unknown.errors[0]).toMatch(/^format: .*"jobbvei-content-pack".*"jobbvei-jobs"/);
	});

	it('a missing required field, an empty text, a missing language and a text of the wrong type', () => {
		const result = checkFile(
			pack((p) => {
				delete p.offers[2].name;
				p.offers[1].what = '   ';
				p.contacts[0].name = { en: 'NAV' };
				p.dates[0].title = { nb: 'Frist', en: 3 };
			}),
			undefined,
			PACK_NAME
		);
		expect(result.ok).toBe(false);
		expect(result.errors).toEqual(
			expect.arrayContaining([
				'offers[2].name: mangler',
				'offers[1].what: mangler tekst',
				'contacts[0].name.nb: mangler',
				'dates[0].title.en: skal være tekst i "anførselstegn", ikke 3'
			])
		);
	});

	it('a file too big, before anything else', () => {
		const result = checkFile(exampleText, MAX_PACK_BYTES + 1, PACK_NAME);
		expect(result.errors).toEqual(['Filen er for stor: 201 KB. En innholdspakke kan være høyst 200 KB.']);
	});

	it('an unknown symbol, a wrong id, a wrong date, an unknown field and an id used twice', () => {
		const result = checkFile(
			pack((p) => {
				p.offers[0].symbol = 'sykkel';
				p.offers[1].id = 'Bærum-senter';
				p.dates[0].when = { weeks: 3 };
				p.dates[1].when = { date: '02-30' };
				p.contacts[1].telefon = '67 50 40 50';
				p.offers[4].id = p.offers[3].id;
			}),
			undefined,
			PACK_NAME
		);
		expect(result.errors).toEqual([
			'offers[0].symbol: "sykkel" er ikke et symbol i appen. Velg et fra src/lib/symbols/symbol-map.json.',
			'offers[1].id: kan bare ha små bokstaver a–z, tall og _ (ikke æ, ø, å, mellomrom eller -), ikke "Bærum-senter"',
			'dates[0].when: skal være { "date": "MM-DD" }, { "week": 1–53 } eller { "months": [fra, til] }',
			'dates[1].when.date: skal være en dag i året, MM-DD, for eksempel "02-01", ikke "02-30"',
			'contacts[1]: ukjent felt "telefon". Sjekk stavemåten, eller ta det bort.',
			'offers[4].id: "aurora" er brukt før, i offers[3]. Hver id må være ulik.'
		]);
	});

	it('an empty pack', () => {
		const result = checkFile(pack((p) => ((p.offers = []), (p.dates = []), (p.contacts = []), delete p.adults)), undefined, PACK_NAME);
		expect(result.errors).toEqual(['(hele filen): pakken er tom. Legg inn minst ett tilbud, én dato, én kontakt eller adults.changeMeetingWeeks.']);
	});

	it('the adults\' change-meeting weeks: a week that is not a week, the same week twice, an unknown field, named by their place', () => {
		const result = checkFile(
			pack((p) => {
				p.adults.changeMeetingWeeks = [18, 54];
				p.adults.uker = [41];
			}),
			undefined,
			PACK_NAME
		);
		expect(result.ok).toBe(false);
		expect(result.errors).toEqual(['adults.changeMeetingWeeks[1]: kan være høyst 53, ikke 54', 'adults: ukjent felt "uker". Sjekk stavemåten, eller ta det bort.']);
		const twice = checkFile(pack((p) => (p.adults.changeMeetingWeeks = [41, 41])), undefined, PACK_NAME);
		expect(twice.errors).toEqual(['adults.changeMeetingWeeks: samme uke står to ganger, ikke [41,41]. Skriv hver uke én gang, for eksempel [18, 41]']);
	});

	it('takes a pack with only the adults\' weeks, and says so', () => {
		const result = checkFile(pack((p) => ((p.offers = []), (p.dates = []), (p.contacts = []), (p.adults = { changeMeetingWeeks: [41] }))), undefined, PACK_NAME);
		expect(result.ok).toBe(true);
		expect(result.summary).toContain('møter om å bytte arbeid (adults.changeMeetingWeeks) i uke 41.');
	});
});

describe('pack:check on bad job files', () => {
	it.each([
		['an empty file', '', 'Filen er tom.'],
		['no jobs', jobFile([]), 'jobs: listen er tom. Legg inn minst én jobb.'],
		['a newer version', jobFile([job()], { version: 2 }), 'version: filen er for en nyere Jobbvei (versjon 2). Denne Jobbvei leser versjon 1.'],
		['a version that is not a number', jobFile([job()], { version: '1' }), 'version: må være et helt tall, 1, ikke "1".'],
		['jobs that are not a list', JSON.stringify({ format: 'jobbvei-jobs', version: 1, jobs: {} }), 'jobs: mangler, eller er ikke en liste [ … ], ikke {}.'],
		['a missing language', jobFile([job({ title: { nb: 'Sykkel', en: 'Bike' } })]), 'jobs[0].title.nn: mangler'],
		['no tags of a kind', jobFile([job(), job({ id: 'b', taskTags: [] })]), 'jobs[1].taskTags: listen er tom, den må ha minst én'],
		['a wrong way in', jobFile([job({ wayIn: 'lotteri' })]), 'jobs[0].wayIn: må være "supported_job" eller "vta" eller "laerekandidat", ikke "lotteri"'],
		['a wrong where', jobFile([job({ where: 'hjemme' })]), 'jobs[0].where: må være "ordinary" eller "vta" eller "both", ikke "hjemme"'],
		['an id used twice', jobFile([job(), job()]), 'jobs[1].id: "sykkelverksted" er brukt før, i jobs[0]. Hver id må være ulik.'],
		['an unknown tag', jobFile([job({ areas: ['job_spaceship'] })]), 'jobs[0].areas[0]: "job_spaceship" er ikke et kort i appen. Bruk et kort for jobbområde fra src/lib/domain/interests/catalogue/cards.json.'],
		['a tag of another round', jobFile([job({ conditions: ['cond_indoors', 'act_clean'] })]), 'jobs[0].conditions[1]: "act_clean" er et kort for oppgave, ikke for måte å jobbe på. Flytt det til taskTags.'],
		['a __proto__ key', '{"format":"jobbvei-jobs","version":1,"__proto__":{},"jobs":[]}', 'Filen har et felt som heter "__proto__", "constructor" eller "prototype". Ta det bort.']
	])('%s', (_, text, message) => {
		const result = checkFile(text, undefined, 'jobber.json');
		expect(result.ok).toBe(false);
		expect(result.errors).toContain(message);
	});

	it('a file too big', () => {
		expect(checkFile(jobFile([job()]), MAX_FILE_BYTES + 1).errors).toEqual(['Filen er for stor: 1,0 MB. En jobbfil kan være høyst 1,0 MB.']);
	});
});

describe('pack:check agrees with the app', () => {
	const packs = [
		exampleText,
		pack((p) => (p.version = 2)),
		pack((p) => delete p.offers[0].what),
		pack((p) => (p.offers[0].web = 'har mellomrom.no')),
		pack((p) => (p.checked = '15.12.2021')),
		'{',
		'[]'
	];
	it.each(packs.map((text, i) => [i, text] as const))('pack %i: ok exactly when readPack says so', (_, text) => {
		expect(checkFile(text, undefined, PACK_NAME).ok).toBe(readPack(text).ok);
	});

	const jobs = [jobFile([job()]), jobFile([job({ symbol: 'Ikke gyldig' })]), jobFile([job({ areas: ['act_clean'] })]), jobFile(Array.from({ length: 201 }, (_, i) => job({ id: `j${i}` })))];
	it.each(jobs.map((text, i) => [i, text] as const))('job file %i: ok exactly when parseJobFile says so', (_, text) => {
		const result = checkFile(text);
		expect(result.ok).toBe(parseJobFile(text, new TextEncoder().encode(text).length, CARD_ROUNDS).ok);
		if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
	});
});
