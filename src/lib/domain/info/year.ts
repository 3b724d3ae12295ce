/**
 * "Året mitt" (the year wheel) as plain data: when the dates that matter happen, which one comes
 * next, and the person's own days in the same twelve months. No DOM, no database, no clock: `today`
 * is always a parameter (YYYY-MM-DD from the device), so tests and class tablets with wrong clocks
 * give the same answer for the same day.
 *
 * [Note: year wheel months] The wheel shows twelve months starting with this month, so everything on
 * it is still to come and the next thing is near the top. A span that has already begun (the
 * overgangsmøte in October–November, seen in November) is shown in this month and marked "Nå".
 * Days are YYYY-MM-DD strings handled in UTC, like the date picker (month-grid.ts).
 */

/** When something happens, every year: a day ("02-01"), an ISO week, or months (from, to: 1–12). */
export type YearWhen = { date: string } | { week: number } | { months: [number, number] };

/** One time it happens: first and last day, both included. */
export interface Occurrence {
	start: string;
	end: string;
}

/** Where a date on the wheel comes from. */
export type YearSource = 'national' | 'local' | 'trial' | 'plan';

/** A date that comes back every year: from the app's own list or from a local content pack. */
export interface RecurringDate {
	id: string;
	symbol: string;
	title: string;
	text?: string;
	when: YearWhen;
	source: 'national' | 'local';
	/** A local date replaces the national one with this id (a municipality's own deadline). */
	replaces?: string;
	/** The content pack's name, for a local date. */
	from?: string;
	/** Whose year it belongs to; a date for everybody ('all') is on both. See year-screen.ts. */
	audience?: 'pupil' | 'adult' | 'all';
	/** Where the fact comes from, for helpers: "Kilde: …". See [Note: fact sources] in content-schema.ts. */
	citation?: string;
}

/** A date of the person's own: the days of a planned jobbsmak, or a plan step. */
export interface PersonDate {
	id: string;
	symbol: string;
	title: string;
	/** YYYY-MM-DD, in order. */
	days: string[];
	source: 'trial' | 'plan';
	/** Where the person reads more (the trial page). */
	href?: string;
}

/**
 * [Note: plan steps hook] "Min plan" hands its dated next steps that are not done yet to the wheel
 * as this shape (the route maps them with plan-rules and passes them to `personDates`).
 */
export interface PlanStepDate {
	id: string;
	/** The step in the person's words: "Søke på folkehøgskole". */
	title: string;
	/** YYYY-MM-DD */
	day: string;
	symbol?: string;
	href?: string;
}

/** What the wheel shows for one date in one month. */
export interface YearItem {
	/** Unique on the wheel and safe as an HTML id. */
	key: string;
	id: string;
	symbol: string;
	title: string;
	text?: string;
	source: YearSource;
	start: string;
	end: string;
	/** A recurring date: how it is said ("uke 41"). */
	when?: YearWhen;
	/** A person's date: its days in this month. */
	days?: string[];
	href?: string;
	from?: string;
	/** Where the fact comes from (a recurring date): shown to helpers as "Kilde: …". */
	citation?: string;
	/** Already begun today and not over. */
	now: boolean;
}

export interface YearMonth {
	/** YYYY-MM-01 */
	month: string;
	items: YearItem[];
}

export interface YearWheel {
	months: YearMonth[];
	/** The first item that starts today or later: highlighted as "Neste". */
	next: YearItem | null;
}

// ---- days --------------------------------------------------------------------------------------

function parse(day: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d!));
}

function iso(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function addDays(day: string, count: number): string {
	const date = parse(day);
	date.setUTCDate(date.getUTCDate() + count);
	return iso(date);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** The last day of a month (1–12) in a year. */
function lastDay(year: number, month: number): string {
	return iso(new Date(Date.UTC(year, month, 0)));
}

/** True for a real calendar day "MM-DD" (29 February counts: it exists in leap years). */
export function isMonthDay(value: string): boolean {
	const match = /^(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const month = Number(match[1]);
	const day = Number(match[2]);
	return month >= 1 && month <= 12 && day >= 1 && day <= Number(lastDay(2024, month).slice(8));
}

// ---- ISO weeks -------------------------------------------------------------------------------------

/** The ISO 8601 week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): { year: number; week: number } {
	const date = parse(day);
	const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
	const thursday = new Date(date);
	thursday.setUTCDate(date.getUTCDate() - weekday + 3);
	const year = thursday.getUTCFullYear();
	const firstThursday = parse(`${year}-01-04`);
	firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
	const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
	return { year, week };
}

/** How many ISO weeks a year has: 52, or 53 when it starts or (leap year) ends on a Thursday. */
export function weeksInYear(year: number): number {
	return isoWeek(`${year}-12-28`).week;
}

/** The Monday of ISO week `week` in ISO year `year` (4 January is always in week 1). */
export function mondayOfWeek(year: number, week: number): string {
	const jan4 = `${year}-01-04`;
	const monday = addDays(jan4, -((parse(jan4).getUTCDay() + 6) % 7));
	return addDays(monday, (week - 1) * 7);
}

// ---- occurrences -----------------------------------------------------------------------------------

/**
 * When `when` happens in `year`, or null when it does not (week 53 in a 52-week year). A week is its
 * working days, Monday to Friday. Months that run over New Year (November to February) end the next year.
 * 29 February is the 28th in other years.
 */
export function occurrenceIn(when: YearWhen, year: number): Occurrence | null {
	if ('date' in when) {
		const [month, day] = when.date.split('-').map(Number);
		const last = Number(lastDay(year, month!).slice(8));
		const date = `${year}-${pad(month!)}-${pad(Math.min(day!, last))}`;
		return { start: date, end: date };
	}
	if ('week' in when) {
		if (when.week < 1 || when.week > weeksInYear(year)) return null;
		const monday = mondayOfWeek(year, when.week);
		return { start: monday, end: addDays(monday, 4) };
	}
	const [from, to] = when.months;
	return { start: `${year}-${pad(from)}-01`, end: lastDay(to >= from ? year : year + 1, to) };
}

/** The next time `when` happens: the one going on today, or the first one after today. */
export function nextOccurrence(when: YearWhen, today: string): Occurrence {
	const year = Number(today.slice(0, 4));
	for (let y = year - 1; y <= year + 6; y++) {
		const o = occurrenceIn(when, y);
		if (o && o.end >= today) return o;
	}
	// Unreachable for valid input: every week from 1 to 53 happens within six years.
	throw new Error(`No occurrence for ${JSON.stringify(when)}`);
}

// ---- the wheel -------------------------------------------------------------------------------------

/** The first day of the month `count` months after the month of `day`. */
export function addMonths(day: string, count: number): string {
	const date = parse(`${day.slice(0, 7)}-01`);
	date.setUTCMonth(date.getUTCMonth() + count);
	return iso(date);
}

/**
 * The person's own dates, ready for the wheel: the trials' days and the steps of "Min plan".
 * See [Note: plan steps hook].
 */
export function personDates(input: { trials: PersonDate[]; planSteps?: PlanStepDate[] }): PersonDate[] {
	const steps = (input.planSteps ?? []).map(
		(s): PersonDate => ({ id: s.id, symbol: s.symbol ?? 'doc_plan', title: s.title, days: [s.day], source: 'plan', ...(s.href ? { href: s.href } : {}) })
	);
	return [...input.trials, ...steps];
}

/** An item's key, safe as an HTML id: "national-overgangsmote", "trial-t-1-2026-12". */
function itemKey(source: YearSource, id: string): string {
	return `${source}-${id}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** National dates without the ones a local pack replaces, and each id once (the first wins). */
export function mergeRecurring(national: readonly RecurringDate[], local: readonly RecurringDate[]): RecurringDate[] {
	const replaced = new Set(local.flatMap((d) => (d.replaces ? [d.replaces] : [])));
	const seen = new Set<string>();
	const out: RecurringDate[] = [];
	for (const d of [...local, ...national]) {
		if (d.source === 'national' && replaced.has(d.id)) continue;
		const key = itemKey(d.source, d.id);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(d);
	}
	return out;
}

const SOURCE_ORDER: Record<YearSource, number> = { trial: 0, plan: 1, local: 2, national: 3 };

/**
 * Twelve months from the month of `today`, each with its dates in order. See [Note: year wheel months].
 * A person's date in the past is left out; a person's dates in one month are one item.
 */
export function buildYear(recurring: readonly RecurringDate[], person: readonly PersonDate[], today: string): YearWheel {
	const first = addMonths(today, 0);
	const after = addMonths(today, 12);
	const months: YearMonth[] = Array.from({ length: 12 }, (_, i) => ({ month: addMonths(today, i), items: [] }));
	const monthOf = (day: string) => months[(Number(day.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(first.slice(5, 7))];

	for (const d of recurring) {
		const o = nextOccurrence(d.when, today);
		if (o.start >= after) continue;
		const home = o.start < first ? months[0] : monthOf(o.start);
		home?.items.push({
			key: itemKey(d.source, d.id),
			id: d.id,
			symbol: d.symbol,
			title: d.title,
			...(d.text ? { text: d.text } : {}),
			source: d.source,
			start: o.start,
			end: o.end,
			when: d.when,
			...(d.from ? { from: d.from } : {}),
			...(d.citation ? { citation: d.citation } : {}),
			now: o.start < today
		});
	}

	for (const p of person) {
		const upcoming = p.days.filter((day) => day >= today && day < after);
		const byMonth = new Map<string, string[]>();
		for (const day of upcoming) byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), day]);
		for (const [month, days] of byMonth) {
			monthOf(days[0]!)?.items.push({
				key: itemKey(p.source, `${p.id}-${month}`),
				id: p.id,
				symbol: p.symbol,
				title: p.title,
				source: p.source,
				start: days[0]!,
				end: days.at(-1)!,
				days,
				...(p.href ? { href: p.href } : {}),
				now: false
			});
		}
	}

	for (const m of months) {
		m.items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.title.localeCompare(b.title)));
	}
	const upcoming = months.flatMap((m) => m.items).filter((i) => !i.now);
	const next = upcoming.reduce<YearItem | null>((best, i) => (best === null || i.start < best.start ? i : best), null);
	return { months, next };
}
