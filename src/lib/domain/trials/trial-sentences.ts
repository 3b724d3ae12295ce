import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { fit, inSentence, listSentences } from '$lib/i18n/easy-read-lists';
import { MAX_WORDS_PER_SENTENCE, words } from '$lib/i18n/easy-read';
import type { Job } from '$lib/domain/interests/catalogue-schema';
import type { Fact } from '$lib/domain/answers/facts';
import type { Sentence } from '$lib/domain/answers/sentence';
import type { TrialEvidence } from './trial-evidence';
import { helpLabel, jobTitle, taskLabel, taskPhrase, taskSymbol } from './labels';
import { PLACE_OPPOSITE, PLACE_TAGS, SYMBOLS, TASK_LIKES, type Face, type PlaceTag, type TaskLike, type Tiredness, type YesNo } from './schema';

type Msg = (inputs: { count: number }, options: { locale: Locale }) => string;
type Plain = (inputs: object, options: { locale: Locale }) => string;

/** The job as a sentence needs it: a catalogue title in lower case inside the sentence, the person's own title as typed. */
function jobInSentence(ev: TrialEvidence, jobs: readonly Job[], locale: Locale): string | null {
	if (!ev.job) return null;
	const value = ev.job.value;
	const title = jobTitle({ job: value.kind === 'catalogue' ? { kind: 'catalogue', jobId: value.jobId } : { kind: 'own', title: value.title } }, jobs, locale);
	if (!title) return null;
	return value.kind === 'catalogue' ? inSentence(title, locale) : title;
}

/**
 * The first sentences: where, as what, and how many days — told about, of planned ("Jeg var på Bogstad
 * gård som stallhjelp i 2 av 5 dager."), or still planned ("Jeg skal være på …"). Planned days are
 * never counted as done. One sentence when it fits in 12 words, else two.
 */
export function trialDaysSentences(ev: TrialEvidence, jobs: readonly Job[], locale: Locale): Sentence[] {
	const o = { locale };
	const { planned, done } = ev.dayCount.value;
	const place = ev.place?.value.text ?? null;
	const job = jobInSentence(ev, jobs, locale);
	const status = done === 0 ? 'planned' : done === planned ? 'done' : 'part';
	const variant = place && job ? 'place_job' : place ? 'place' : job ? 'job' : 'none';
	const render = (p: string | null, j: string | null): string => {
		const inputs = { place: p ?? '', job: j ?? '', count: status === 'planned' ? planned : done, done, planned };
		const key = `trial_say_${status}${variant === 'none' ? '' : `_${variant}`}` as const;
		return (m[key as keyof typeof m] as unknown as (i: typeof inputs, o: { locale: Locale }) => string)(inputs, o);
	};
	const symbol = SYMBOLS.kind[ev.kind] as SymbolId;
	const facts = [ev.dayCount.id, ...(ev.place ? [ev.place.id] : []), ...(ev.job ? [ev.job.id] : [])];
	const whole = render(place, job);
	if (!place || words(whole).length <= MAX_WORDS_PER_SENTENCE) return [{ text: whole, symbol, facts }];
	if (!job) return [{ text: render(fit(place, (p) => render(p, null)), null), symbol, facts }];
	// Too long for one sentence: the place and days, then the job in a sentence of its own, so neither
	// the place nor the job loses its name (a very long place name alone is shortened).
	const variantWithout = (p: string) => (m[`trial_say_${status}_place` as keyof typeof m] as unknown as (i: object, o: { locale: Locale }) => string)({ place: p, count: status === 'planned' ? planned : done, done, planned }, o);
	const jobSentence = status === 'planned' ? m.trial_say_job_planned({ job }, o) : m.trial_say_job_tried({ job }, o);
	return [
		{ text: variantWithout(fit(place, variantWithout)), symbol, facts: [ev.dayCount.id, ev.place!.id] },
		{ text: jobSentence, symbol, facts: [ev.job!.id] }
	];
}

/**
 * One answer given on several days, levels kept: when every day told about got the same answer, one
 * sentence says it ("Jeg ble litt sliten."); when days differ, each level gets its own sentence with
 * its count ("1 dag ble jeg litt sliten. 1 dag ble jeg veldig sliten."). A level is never flattened.
 */
function perLevel<V extends string>(
	facts: readonly Fact<V>[],
	order: readonly V[],
	same: Partial<Record<V, Plain>>,
	counted: Record<V, Msg>,
	symbol: (v: V) => SymbolId,
	locale: Locale
): Sentence[] {
	const o = { locale };
	const byLevel = new Map<V, Fact<V>[]>();
	for (const f of facts) byLevel.set(f.value, [...(byLevel.get(f.value) ?? []), f]);
	const levels = order.filter((v) => byLevel.has(v));
	if (levels.length === 1 && same[levels[0]!]) {
		const v = levels[0]!;
		return [{ text: same[v]!({}, o), symbol: symbol(v), facts: byLevel.get(v)!.map((f) => f.id) }];
	}
	return levels.map((v) => ({ text: counted[v]({ count: byLevel.get(v)!.length }, o), symbol: symbol(v), facts: byLevel.get(v)!.map((f) => f.id) }));
}

/** The place over the days: a tag counts when it was chosen on more days than its opposite. */
function placeSentences(ev: TrialEvidence, locale: Locale): Sentence[] {
	const o = { locale };
	const days = new Map<PlaceTag, Fact<PlaceTag[]>[]>();
	for (const f of ev.placeTags) for (const tag of f.value) days.set(tag, [...(days.get(tag) ?? []), f]);
	const said: Record<PlaceTag, Plain> = {
		cond_noisy: m.trial_sum_cond_noisy,
		cond_quiet: m.trial_sum_cond_quiet,
		cond_indoors: m.trial_sum_cond_indoors,
		cond_outdoors: m.trial_sum_cond_outdoors,
		cond_clean: m.trial_sum_cond_clean,
		cond_dirty: m.trial_sum_cond_dirty
	};
	return PLACE_TAGS.filter((tag) => (days.get(tag)?.length ?? 0) > (days.get(PLACE_OPPOSITE[tag])?.length ?? 0)).map((tag) => ({
		text: said[tag]({}, o),
		symbol: SYMBOLS.place[tag] as SymbolId,
		facts: days.get(tag)!.map((f) => f.id)
	}));
}

function taskSentences(ev: TrialEvidence, locale: Locale): Sentence[] {
	const o = { locale };
	const trial = { ownTasks: Object.entries(ev.ownTasks).map(([id, label]) => ({ id, label })) };
	const render: Record<TaskLike, (tasks: string) => string> = {
		like: (tasks) => m.trial_sum_liked({ tasks }, o),
		unsure: (tasks) => m.trial_sum_unsure({ tasks }, o),
		dislike: (tasks) => m.trial_sum_disliked({ tasks }, o)
	};
	return TASK_LIKES.flatMap((like) => {
		const tasks = ev.tasks.filter((t) => t.like?.value === like);
		return listSentences(tasks, (t) => inSentence(taskPhrase(t.taskId, trial, locale), locale), render[like], locale).map((s) => ({
			text: s.text,
			symbol: s.items.length === 1 ? taskSymbol(s.items[0]!.taskId) : (SYMBOLS.taskLike[like] as SymbolId),
			facts: s.items.flatMap((t) => [...(t.like ? [t.like.id] : []), ...t.done.map((f) => f.id)])
		}));
	});
}

function helpSentences(ev: TrialEvidence, locale: Locale): Sentence[] {
	const o = { locale };
	const kinds = [...new Set(ev.help.flatMap((f) => f.value))];
	const out: Sentence[] = listSentences(kinds, (h) => inSentence(helpLabel(h, locale), locale), (help) => m.trial_sum_help({ help }, o), locale).map((s) => ({
		text: s.text,
		symbol: s.items.length === 1 ? (SYMBOLS.help[s.items[0]!] as SymbolId) : 'sup_help',
		facts: ev.help.filter((f) => f.value.some((h) => s.items.includes(h))).map((f) => f.id)
	}));
	// "Jeg klarte meg uten hjelp" only when no day had help.
	if (ev.noHelp.length > 0 && kinds.length === 0) out.push({ text: m.trial_sum_no_help({}, o), symbol: 'feel_proud', facts: ev.noHelp.map((f) => f.id) });
	return out;
}

/**
 * What one trial says, sentence by sentence, as the person ([Note: evidence model]): where and as
 * what, how many days of how many, how the days were (levels kept), what they liked, the place, the
 * people, breaks, tiredness, the trip, help, and what they want. One idea per sentence, each with its
 * symbol, each ≤ 12 words. Only what the person answered is said; helper notes never are.
 */
export function trialSentences(ev: TrialEvidence, jobs: readonly Job[], locale: Locale): Sentence[] {
	const o = { locale };
	const out: Sentence[] = trialDaysSentences(ev, jobs, locale);
	if (ev.dayCount.value.done > 0 && ev.days.ahead.length > 0) {
		out.push({ text: m.trial_say_ahead({ count: ev.days.ahead.length }, o), symbol: 'doc_calendar', facts: [ev.dayCount.id] });
	}
	const face = (v: Face) => SYMBOLS.face[v] as SymbolId;
	out.push(...perLevel(ev.faces, ['good', 'ok', 'hard'] as const, {}, { good: m.trial_sum_days_good, ok: m.trial_sum_days_ok, hard: m.trial_sum_days_hard }, face, locale));
	out.push(...taskSentences(ev, locale));
	out.push(...placeSentences(ev, locale));
	const yesNo = (v: YesNo) => SYMBOLS.yesNo[v] as SymbolId;
	out.push(...perLevel(ev.peopleKind, ['yes', 'no'] as const, { yes: m.trial_sum_kind_yes, no: m.trial_sum_kind_no }, { yes: m.trial_say_kind_yes_days, no: m.trial_say_kind_no_days }, yesNo, locale));
	out.push(...perLevel(ev.peopleHelp, ['yes', 'no'] as const, { yes: m.trial_sum_helped_yes, no: m.trial_sum_helped_no }, { yes: m.trial_say_helped_yes_days, no: m.trial_say_helped_no_days }, yesNo, locale));
	out.push(...perLevel(ev.breaks, ['good', 'ok', 'hard'] as const, { good: m.trial_sum_breaks_good, ok: m.trial_sum_breaks_ok, hard: m.trial_sum_breaks_hard }, { good: m.trial_say_breaks_good_days, ok: m.trial_say_breaks_ok_days, hard: m.trial_say_breaks_hard_days }, () => 'sup_lunch', locale));
	const tired = (v: Tiredness) => SYMBOLS.tiredness[v] as SymbolId;
	out.push(...perLevel(ev.tiredness, ['rested', 'bit', 'very'] as const, { rested: m.trial_sum_tired_rested, bit: m.trial_sum_tired_bit, very: m.trial_sum_tired_very }, { rested: m.trial_say_tired_rested_days, bit: m.trial_say_tired_bit_days, very: m.trial_say_tired_very_days }, tired, locale));
	out.push(...perLevel(ev.trip, ['good', 'ok', 'hard'] as const, { good: m.trial_sum_trip_good, ok: m.trial_sum_trip_ok, hard: m.trial_sum_trip_hard }, { good: m.trial_say_trip_good_days, ok: m.trial_say_trip_ok_days, hard: m.trial_say_trip_hard_days }, () => 'sup_bus', locale));
	out.push(...helpSentences(ev, locale));
	if (ev.workHere) {
		const v = ev.workHere.value;
		out.push({ text: { yes: m.trial_sum_work_yes, maybe: m.trial_sum_work_maybe, no: m.trial_sum_work_no }[v]({}, o), symbol: SYMBOLS.yesMaybeNo[v] as SymbolId, facts: [ev.workHere.id] });
	}
	if (ev.similar) {
		const v = ev.similar.value;
		out.push({ text: { yes: m.trial_sum_similar_yes, maybe: m.trial_sum_similar_maybe, no: m.trial_sum_similar_no }[v]({}, o), symbol: SYMBOLS.yesMaybeNo[v] as SymbolId, facts: [ev.similar.id] });
	}
	// "Jeg kan: lage mat": the card's label reads right after "kan" ("I can: cook").
	if (ev.canDo) {
		const trial = { ownTasks: Object.entries(ev.ownTasks).map(([id, label]) => ({ id, label })) };
		const canDo = ev.canDo;
		out.push(
			...listSentences(canDo.value, (id) => inSentence(taskLabel(id, trial, locale), locale), (tasks) => m.trial_sum_can_do({ tasks }, o), locale).map((s) => ({
				text: s.text,
				symbol: 'doc_star' as SymbolId,
				facts: [canDo.id]
			}))
		);
	}
	if (ev.canDoWords) out.push({ text: ev.canDoWords.value.text, facts: [ev.canDoWords.id], own: true, by: ev.canDoWords.by.kind === 'app' ? null : ev.canDoWords.by });
	return out;
}
