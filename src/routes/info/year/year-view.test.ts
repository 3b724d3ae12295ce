import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import { PACK_FORMAT, type ContentPack } from '$lib/domain/info/pack-schema';
import { planFor } from '$lib/domain/plan/plan.svelte';
import { trialsFor } from '$lib/domain/trials/trials.svelte';
import type { Locale } from '$lib/i18n/locale';
import type { Audience } from '$lib/domain/profile/situation';
import { YearView } from './year-view.svelte';

// "Året mitt" seen on 15 September 2026: twelve months from September 2026 to August 2027.
const TODAY = '2026-09-15';
const SELF = { kind: 'self' } as const;

const asker: ContentPack = {
	format: PACK_FORMAT,
	version: 1,
	id: 'asker',
	name: { nb: 'Asker', en: 'Asker municipality' },
	municipality: 'Asker',
	offers: [],
	dates: [
		// Asker's own deadline stands for the national "Frist: arbeid og aktivitet" (1 February).
		{ id: 'frist', symbol: 'doc_calendar', title: 'Frist i Asker', when: { date: '03-01' }, replaces: 'deadline_work' },
		{ id: 'messe', symbol: 'doc_meeting', title: 'Jobbmesse', text: 'Møt arbeidsgivere.', when: { week: 41 } }
	],
	contacts: []
};

function view(options: { packs?: ContentPack[]; personId?: string | null; locale?: Locale; audience?: Audience } = {}) {
	return new YearView(
		{
			locale: () => options.locale ?? 'nb',
			packs: () => (options.packs ?? []).map((pack) => ({ pack })),
			personId: () => options.personId ?? null,
			audience: () => options.audience ?? 'pupil'
		},
		TODAY
	);
}

/** The one year a pupil (or an adult) sees. */
const only = (year: YearView) => {
	expect(year.parts).toHaveLength(1);
	return year.parts[0]!;
};
const titles = (year: YearView) => year.parts.flatMap((part) => part.months.flatMap((month) => month.events.map((e) => e.item.title)));

describe('YearView: the year wheel as the screen shows it', () => {
	it('shows twelve month tiles from this month, the year on the first and on January, and marks the month of the next date', () => {
		const year = view();
		expect(only(year).tiles).toHaveLength(12);
		expect(only(year).tiles.map((t) => t.key)).toEqual([
			'2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08'
		]);
		expect(only(year).tiles.filter((t) => t.yearShown).map((t) => t.key)).toEqual(['2026-09', '2027-01']);
		expect(only(year).tiles[0]).toMatchObject({ name: 'september', year: '2026' });
		// Week 39 (the information meeting) is the next thing to come: September holds it.
		expect(only(year).tiles.filter((t) => t.next).map((t) => t.key)).toEqual(['2026-09']);
		// No national date in December, January, March, April, May or July; jobbsmak (August–September)
		// has begun, so it is in September and not again in August.
		expect(only(year).tiles.filter((t) => t.empty).map((t) => t.key)).toEqual(['2026-12', '2027-01', '2027-03', '2027-04', '2027-05', '2027-07', '2027-08']);
		for (const tile of only(year).tiles) expect(tile.symbols.length).toBeLessThanOrEqual(3);
	});

	it('lists only the months with dates, each under its heading, the next one and what has begun with their badges', () => {
		const year = view();
		expect(only(year).months.map((m) => m.key)).toEqual(['2026-09', '2026-10', '2026-11', '2027-02', '2027-06']);
		expect(only(year).months[0]?.heading).toBe('september 2026');
		const september = only(year).months[0]!.events;
		// Jobbsmak (August–September) has begun; the meeting in week 39 is next.
		expect(september.map((e) => [e.item.id, e.badge?.label ?? null, e.next])).toEqual([
			['jobbsmak', 'Nå', false],
			['info_meeting', 'Neste', true]
		]);
		expect(september[1]?.spoken).toMatch(/^Neste\. Møte om livet etter skolen\. Uke 39: /);
		expect(titles(year)).toContain('Frist: arbeid og aktivitet');
	});

	it("puts a local pack's dates in, with the pack's name, in place of the national date they replace", () => {
		const year = view({ packs: [asker] });
		expect(titles(year)).not.toContain('Frist: arbeid og aktivitet');
		const frist = only(year).months.flatMap((m) => m.events).find((e) => e.item.title === 'Frist i Asker');
		expect(frist?.item.start).toBe('2027-03-01');
		expect(frist?.source).toBe('Fra Asker');
		expect(only(year).months.find((m) => m.key === '2026-10')?.events.map((e) => e.item.title)).toContain('Jobbmesse');
		// In English the pack speaks English where it can.
		expect(only(view({ packs: [asker], locale: 'en' })).months.flatMap((m) => m.events).find((e) => e.item.id === 'asker_frist')?.source).toMatch(/Asker municipality/);
	});

	it('lists the hard words of the national dates on the wheel, each once', () => {
		const words = view().words;
		expect(words).toEqual(expect.arrayContaining(['jobbsmak', 'hospitering', 'overgangsmote', 'folkehogskole', 'laerekandidat']));
		expect(new Set(words).size).toBe(words.length);
	});

	it("adds the person's jobbsmak days (one card per month) and the dated steps of Min plan that are still to do", async () => {
		const person = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		const trials = trialsFor(person.id);
		const plan = planFor(person.id);
		await Promise.all([trials.load(), plan.load()]);
		const trial = await trials.create({ kind: 'jobbsmak', days: ['2026-10-05', '2026-10-06', '2026-11-02', '2026-01-05'], workplace: 'Scandic' }, SELF);
		await plan.addStep({ what: 'Ringe NAV', who: { role: 'me' }, due: '2026-12-01' }, SELF);
		const done = await plan.addStep({ what: 'Besøke Arba', who: { role: 'me' }, due: '2026-12-02' }, SELF);
		await plan.setDone(done!.id, true, SELF);

		const year = view({ personId: person.id });
		const mine = only(year).months.flatMap((m) => m.events).filter((e) => e.item.source === 'trial' || e.item.source === 'plan');
		// The January day is in the past: left out. October's two days are one card.
		expect(mine.map((e) => [e.item.source, e.item.start, e.item.days])).toEqual([
			['trial', '2026-10-05', ['2026-10-05', '2026-10-06']],
			['trial', '2026-11-02', ['2026-11-02']],
			['plan', '2026-12-01', ['2026-12-01']]
		]);
		expect(mine[0]?.item.href).toBe(`/trials/trial?id=${encodeURIComponent(trial!.id)}`);
		expect(mine[2]?.item.title).toBe('Ringe NAV');
		expect(only(year).tiles.find((t) => t.key === '2026-12')?.empty).toBe(false);

		// "Legg i kalenderen": a jobbsmak gives its own file with all its days; a plan step its one day.
		const trialFile = year.calendarFile(mine[0]!.item, new Date('2026-09-15T10:00:00Z'));
		expect(trialFile?.name).toMatch(/\.ics$/);
		expect(await trialFile!.text()).toContain('Scandic');
		const stepFile = year.calendarFile(mine[2]!.item, new Date('2026-09-15T10:00:00Z'));
		expect(await stepFile!.text()).toContain('SUMMARY:Ringe NAV');
	});

	it('without a person, shows only the national and local dates', () => {
		const year = view({ packs: [asker] });
		expect(only(year).months.flatMap((m) => m.events).every((e) => e.item.source === 'national' || e.item.source === 'local')).toBe(true);
		const national = only(year).months[0]!.events[1]!.item;
		expect(year.calendarFile(national)?.type).toBe('text/calendar');
	});
});

describe('YearView: the school year, the adults\' year, or both', () => {
	const ids = (part: YearView['parts'][number]) => part.months.flatMap((m) => m.events.map((e) => e.item.id));
	const baerum = JSON.parse(readFileSync(new URL('../../../../static/packs/baerum-eksempel.jobbvei-pakke.json', import.meta.url), 'utf8')) as ContentPack;

	it('a pupil sees the school dates and not the adults\' ones', () => {
		const part = only(view({ audience: 'pupil' }));
		expect(part.heading).toBeNull();
		expect(ids(part)).toContain('overgangsmote');
		expect(ids(part)).not.toContain('yearly_review');
		expect(ids(part)).not.toContain('change_meetings');
	});

	it('an adult sees the yearly review and the change meetings, and no school dates', () => {
		const part = only(view({ audience: 'adult' }));
		expect(ids(part).sort()).toEqual(['change_meetings', 'yearly_review']);
		const review = part.months.flatMap((m) => m.events).find((e) => e.item.id === 'yearly_review')!;
		expect(review.item.title).toBe('Snakk om året ditt');
		expect(review.item.start).toBe('2027-01-01');
		expect(review.citation).toMatch(/^Oslo kommune: Flere i tilrettelagt arbeid/);
		// The adults' dates go in the calendar like any other.
		expect(view({ audience: 'adult' }).calendarFile(review.item, new Date('2026-09-15T10:00:00Z'))?.name).toBe('jobbvei-yearly-review.ics');
	});

	it('nobody chosen, or a person who has not said where they are: both years, each under its heading, with anchors kept apart', () => {
		const year = view({ audience: 'unknown' });
		expect(year.parts.map((p) => [p.audience, p.heading])).toEqual([
			['pupil', 'Skoleåret'],
			['adult', 'Året for voksne']
		]);
		expect(ids(year.parts[0]!)).toContain('overgangsmote');
		expect(ids(year.parts[1]!).sort()).toEqual(['change_meetings', 'yearly_review']);
		const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
		unique(year.parts.flatMap((p) => p.tiles.map((t) => t.key)));
		unique(year.parts.flatMap((p) => p.months.flatMap((m) => m.events.map((e) => e.item.key))));
		expect(year.parts[1]!.tiles[0]!.key).toBe('adult-2026-09');
	});

	it('a pack puts the adults\' change meetings in its own weeks (Bærum: 18 and 41), in place of the national reminder', () => {
		const part = only(view({ audience: 'adult', packs: [baerum] }));
		const events = part.months.flatMap((m) => m.events);
		expect(events.map((e) => e.item.id)).not.toContain('change_meetings');
		const meetings = events.filter((e) => e.item.id.startsWith('baerum_eksempel_change_meetings'));
		expect(meetings.map((e) => [e.item.title, e.when.slice(0, 7)])).toEqual([
			['Møte om å bytte arbeid', 'Uke 41:'],
			['Møte om å bytte arbeid', 'Uke 18:']
		]);
		expect(meetings[0]!.source).toBe('Fra Bærum (eksempel)');
		expect(meetings[0]!.citation).toMatch(/^Bærum kommune: /);
		// A pupil does not see them; the pack's deadline, which replaces a school date, is on the school year.
		const pupil = only(view({ audience: 'pupil', packs: [baerum] }));
		expect(ids(pupil).filter((id) => id.includes('change_meetings'))).toEqual([]);
		expect(ids(pupil)).toContain('baerum_eksempel_soknadsfrist');
	});
});
