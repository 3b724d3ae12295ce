import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { roleLabel } from './labels';
import type { PointOption } from './meeting-rules';
import type { AgreedStep } from './schema';

/**
 * What the "Møtet" step screens work out that is not drawing: which time is chosen, which day a tap
 * on the calendar picks, the groups of "Hva vil du si?", how a step row changes. Pure, so each is
 * tested without a screen.
 */

/** The start times offered as cards; any other time is written in ("Annen tid"). */
export const MEETING_TIMES = ['09:00', '10:00', '12:00', '14:00'] as const;

/** The chosen time card: one of MEETING_TIMES, "other" for a written time (or while writing one), or none. */
export function timeChoice(time: string | undefined, writingOther: boolean): string | undefined {
	return writingOther || (time && !(MEETING_TIMES as readonly string[]).includes(time)) ? 'other' : time;
}

/**
 * The one day after a tap on the calendar. The calendar keeps a list of days; the meeting has one, so
 * a tap on another day moves the meeting there, and a tap on the chosen day takes it away.
 */
export function oneDay(days: readonly string[], current: string | undefined): string | undefined {
	return days.find((d) => d !== current) ?? days[0];
}

/** "Kort valgt: …" / "Kort tatt bort: …": what a screen reader hears after a tap on a card. */
export function cardSaid(label: string, on: boolean): string {
	return on ? m.meeting_card_on({ card: label }) : m.meeting_card_off({ card: label });
}

export interface PointGroup {
	id: 'about' | 'plan' | 'trial';
	title: string;
	items: PointOption[];
}

/** "Hva vil du si?": Om meg, the plan and the trials, each a group of cards; empty groups are left out. */
export function pointGroups(options: Record<'about' | 'plan' | 'trial', PointOption[]>): PointGroup[] {
	const groups: PointGroup[] = [
		{ id: 'about', title: m.meeting_say_about(), items: options.about },
		{ id: 'plan', title: m.meeting_say_plan(), items: options.plan },
		{ id: 'trial', title: m.meeting_say_trials(), items: options.trial }
	];
	return groups.filter((g) => g.items.length > 0);
}

/** A group's options as cards; an option without its own symbol gets the "say" symbol. */
export function pointCards(items: readonly PointOption[]): { id: string; label: string; symbol: SymbolId }[] {
	return items.map((o) => ({ id: o.id, label: o.text, symbol: (o.symbol ?? 'meet_say') as SymbolId }));
}

/** A change to one step row: a patch, or a function of the row as stored. */
export type RowChange = Partial<AgreedStep> | ((row: AgreedStep) => Partial<AgreedStep>);

/** The rows with one row changed; a due day taken away is left out, not stored as empty. */
export function changeRow(rows: readonly AgreedStep[], id: string, change: RowChange): AgreedStep[] {
	return rows.map((row) => {
		if (row.id !== id) return row;
		const patch = typeof change === 'function' ? change(row) : change;
		const next: AgreedStep = { ...row, ...patch };
		if ('due' in patch && !patch.due) delete next.due;
		return next;
	});
}

/** How many rows with words are not in Min plan yet ("Legg stegene i planen" shows when there are some). */
export function rowsWaiting(rows: readonly AgreedStep[]): number {
	return rows.filter((s) => !s.stepId && s.what.trim() !== '').length;
}

/** Who does a step, as its row says it: "Kari (lærer)", or only the role. */
export function rowWhoText(who: AgreedStep['who'], locale?: Locale): string {
	const role = roleLabel(who.role, locale);
	return who.name ? `${who.name} (${role.toLocaleLowerCase()})` : role;
}
