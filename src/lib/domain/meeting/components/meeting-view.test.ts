import { describe, expect, it } from 'vitest';
import { SvelteMap } from 'svelte/reactivity';
import { m } from '$lib/paraglide/messages';
import { SELF } from '$lib/domain/answers/schema';
import { KARI } from '../../../../../tests/unit/people';
import { answeredByText } from '$lib/domain/answers/helper-label';
import type { MeetingsState } from '../meeting.svelte';
import type { Meeting } from '../schema';
import { questionSymbol } from '../labels';
import { afterSections, beforeSections, MeetingView, meetingStepHref, sectionEmpty, sectionSpoken } from './meeting-view.svelte';
import { aMeeting } from '../testing/meeting-fixture';

const NO_SOURCES = { planSteps: [], trials: [] };

// A space in the id: the addresses must encode it.
const meeting = (extra: Partial<Meeting> = {}) => aMeeting({ id: 'm 1', ...extra });

const FILLED = meeting({
	kind: 'transition',
	date: '2026-09-10',
	time: '10:00',
	place: 'Skolen, rom 2',
	attendees: [{ role: 'me', names: [''] }, { role: 'teacher', names: ['Kari'] }],
	points: [{ id: 'own-1', from: 'own', text: 'Jeg liker mat' }],
	questions: { suggested: ['another_trial'], own: ['Kan jeg ta bussen alene?'] },
	wishes: ['break'],
	partsBy: { who: KARI }
});

describe('the finished meeting page', () => {
	it('"Før møtet" has its six parts in order, with symbols, words and who gave them', () => {
		const before = beforeSections(FILLED, NO_SOURCES, 'nb');
		expect(before.map((s) => s.part)).toEqual(['date', 'who', 'say', 'ask', 'how', 'caller']);
		expect(before[0]!.lines).toEqual([
			{ symbol: 'doc_calendar', text: 'torsdag 10. september 2026, kl. 10' },
			{ symbol: 'meet_known_place', text: 'Skolen, rom 2' }
		]);
		expect(before[1]!.lines.map((l) => l.text)).toEqual([m.meeting_role_me(), 'Kari (lærer)']);
		expect(before[1]!.by).toBe(answeredByText(KARI));
		expect(before[0]!.by).toBeNull();
		expect(before[2]!.lines).toEqual([{ symbol: 'meet_say', text: 'Jeg liker mat' }]);
		expect(before[3]!.lines.map((l) => l.symbol)).toEqual([questionSymbol('another_trial'), 'meet_question']);
		expect(before[3]!.lines.map((l) => l.text)).toEqual([m.meeting_q_another_trial(), 'Kan jeg ta bussen alene?']);
		expect(before[4]!.lines.map((l) => l.text)).toEqual([m.meeting_wish_break()]);
	});

	it('"Etter møtet" shows only once something is written or said, and lists the agreed steps', () => {
		expect(afterSections(FILLED, false, 'nb')).toEqual([]);
		expect(afterSections(FILLED, true, 'nb').map((s) => [s.part, s.voice ?? false])).toEqual([
			['agreed', true],
			['steps', false],
			['next', false]
		]);
		const after = afterSections(
			meeting({ after: { agreed: 'Ny jobbsmak.', steps: [{ id: 's1', what: 'Ringe kafeen', who: { role: 'teacher', name: 'Kari' }, due: '2026-09-20' }, { id: 's2', what: ' ', who: { role: 'parent' } }], nextDate: '2026-10-01' } }),
			false,
			'nb'
		);
		expect(after[0]!.words).toBe('Ny jobbsmak.');
		expect(after[1]!.lines.map((l) => l.text)).toEqual([`Ringe kafeen. Kari (lærer). ${m.plan_step_by({ day: 'søndag 20. september 2026' })}`]);
		expect(after[2]!.lines).toEqual([{ symbol: 'doc_calendar', text: 'torsdag 1. oktober 2026' }]);
	});

	it('"Les opp" reads the heading and every line, or that the part is not filled in', () => {
		const [date, , say] = beforeSections(meeting({ place: 'Skolen' }), NO_SOURCES, 'nb');
		expect(sectionEmpty(date!)).toBe(false);
		expect(sectionSpoken(date!)).toBe(`${date!.heading}. Skolen`);
		expect(sectionEmpty(say!)).toBe(true);
		expect(sectionSpoken(say!)).toBe(`${say!.heading}. ${m.meeting_view_empty()}`);
	});

	it('MeetingView follows the meeting in the address and says who gave the kind', () => {
		const address = new SvelteMap<'id', string>([['id', 'm 1']]);
		const meetings = { meeting: (id: string | null) => (id === FILLED.id ? { ...FILLED, partsBy: { kind: KARI } } : undefined), sources: () => NO_SOURCES, callerAnswers: () => [], voices: {} };
		const view = new MeetingView(
			() => meetings as unknown as MeetingsState,
			() => address.get('id') ?? null,
			() => 'nb'
		);
		expect(view.meeting?.kind).toBe('transition');
		expect(view.kindBy).toBe(answeredByText(KARI));
		expect(view.before).toHaveLength(6);
		expect(view.after).toEqual([]);
		expect(view.editHref('who')).toBe('/meeting/step?id=m%201&part=who');
		expect(meetingStepHref('m 1', 'who')).toBe(view.editHref('who'));
		address.set('id', 'gone');
		expect(view.meeting).toBeUndefined();
		expect(view.before).toEqual([]);
	});
});
