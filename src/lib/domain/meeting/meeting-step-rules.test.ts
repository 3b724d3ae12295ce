import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import type { AgreedStep } from './schema';
import { cardSaid, changeRow, MEETING_TIMES, oneDay, pointCards, pointGroups, rowsWaiting, rowWhoText, timeChoice } from './meeting-step-rules';

const row = (extra: Partial<AgreedStep> = {}): AgreedStep => ({ id: 's1', what: '', who: { role: 'me' }, ...extra });

describe('the "Møtet" step screens', () => {
	it('a time card is chosen for an offered time; any other time, or writing one, is "Annen tid"', () => {
		expect(timeChoice('10:00', false)).toBe('10:00');
		expect(timeChoice('10:30', false)).toBe('other');
		expect(timeChoice(undefined, true)).toBe('other');
		expect(timeChoice(undefined, false)).toBeUndefined();
		expect(MEETING_TIMES).toContain('09:00');
	});

	it('a tap on another day moves the meeting there; a tap on the chosen day takes it away', () => {
		expect(oneDay(['2026-03-10', '2026-03-11'], '2026-03-10')).toBe('2026-03-11');
		expect(oneDay(['2026-03-10'], undefined)).toBe('2026-03-10');
		expect(oneDay([], '2026-03-10')).toBeUndefined();
	});

	it('a card tap is said as on or off', () => {
		expect(cardSaid('Pause', true)).toBe(m.meeting_card_on({ card: 'Pause' }));
		expect(cardSaid('Pause', false)).toBe(m.meeting_card_off({ card: 'Pause' }));
	});

	it('"Hva vil du si?" leaves out empty groups and gives every card a symbol', () => {
		const groups = pointGroups({ about: [{ id: 'about/a/text', from: 'about', text: 'Snill' }], plan: [], trial: [{ id: 'trial/t', from: 'trial', text: 'Jobbsmak', symbol: 'doc_star' }] });
		expect(groups.map((g) => [g.id, g.title])).toEqual([
			['about', m.meeting_say_about()],
			['trial', m.meeting_say_trials()]
		]);
		expect(pointCards(groups[0]!.items)).toEqual([{ id: 'about/a/text', label: 'Snill', symbol: 'meet_say' }]);
		expect(pointCards(groups[1]!.items)[0]!.symbol).toBe('doc_star');
	});

	it('changing a row leaves the others; a due day taken away is left out', () => {
		const rows = [row({ due: '2026-04-01' }), row({ id: 's2', what: 'Ringe' })];
		const next = changeRow(rows, 's1', { what: 'Søke', due: undefined });
		expect(next[0]).toEqual({ id: 's1', what: 'Søke', who: { role: 'me' } });
		expect('due' in next[0]!).toBe(false);
		expect(next[1]).toBe(rows[1]);
		expect(changeRow(rows, 's2', (r) => ({ who: { ...r.who, role: 'teacher' } }))[1]!.who).toEqual({ role: 'teacher' });
	});

	it('rows with words that are not in the plan yet are waiting', () => {
		expect(rowsWaiting([row({ what: 'Søke' }), row({ id: 's2', what: ' ' }), row({ id: 's3', what: 'Ringe', stepId: 'p1' })])).toBe(1);
	});

	it('who does a step: the name with the role, or the role alone', () => {
		expect(rowWhoText({ role: 'teacher', name: 'Kari' }, 'nb')).toBe(`Kari (${m.meeting_role_teacher({}, { locale: 'nb' }).toLocaleLowerCase()})`);
		expect(rowWhoText({ role: 'me' }, 'nb')).toBe(m.meeting_role_me({}, { locale: 'nb' }));
	});
});
