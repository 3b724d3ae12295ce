import {
	FACES,
	HELP_KINDS,
	NO_HELP,
	PLACE_TAGS,
	TASK_LIKES,
	TIREDNESS,
	YES_MAYBE_NO,
	YES_NO,
	type Face,
	type HelpKind,
	type PlaceTag,
	type TaskLike,
	type Tiredness,
	type Trial,
	type TrialKind,
	type YesMaybeNo,
	type YesNo
} from '$lib/domain/trials/schema';
import { likedQuestion, tasksDone, type PhaseAnswers, type TrialAnswers } from '$lib/domain/trials/trial-rules';
import { derived, fromAnswer, type Fact, type Words } from '$lib/domain/answers/facts';

/** A job as stored: one of the catalogue's (by id, so it can be named in any language) or the person's own title. */
export type JobValue = { kind: 'catalogue'; jobId: string } | { kind: 'own'; title: string };

/** How many of the planned days the person has told about, and how many are still to come. */
export interface DayCount {
	planned: number;
	done: number;
	ahead: number;
}

/** One answer per day, per question: a level stays the level that day ("veldig sliten" on day 2). */
export type PerDay<V> = Fact<V>[];

/**
 * Everything one trial says, as facts ([Note: evidence model]). Days planned, days told about and
 * days still ahead are three different facts: a trial of 5 planned days with 2 told about is "2 av 5",
 * never "5 dager". A day counts as done when the person answered anything about it (helper notes
 * do not count: they are not the person's).
 */
export interface TrialEvidence {
	id: string;
	kind: TrialKind;
	/** Orders trials (revision of the trial's making, never the clock). */
	createdRev: number;
	job: Fact<JobValue> | null;
	place: Fact<Words> | null;
	/** The person's own tasks by id ("own_1"), to name them in any document. */
	ownTasks: Record<string, string>;
	days: { planned: string[]; done: string[]; ahead: string[] };
	dayCount: Fact<DayCount>;
	faces: PerDay<Face>;
	tiredness: PerDay<Tiredness>;
	breaks: PerDay<Face>;
	trip: PerDay<Face>;
	peopleKind: PerDay<YesNo>;
	peopleHelp: PerDay<YesNo>;
	placeTags: PerDay<PlaceTag[]>;
	help: PerDay<HelpKind[]>;
	/** Days the person said "Jeg trengte ikke hjelp". */
	noHelp: PerDay<true>;
	/** Each task done, with how the person liked it the last time they were asked. */
	tasks: { taskId: string; done: Fact<string[]>[]; like: Fact<TaskLike> | null }[];
	workHere: Fact<YesMaybeNo> | null;
	similar: Fact<YesMaybeNo> | null;
	/** "Jeg kan …" after the trial: task ids, and the person's own words. */
	canDo: Fact<string[]> | null;
	canDoWords: Fact<Words> | null;
	/** The person's own summary, when they wrote one: it is shown instead of the app's sentences. */
	summaryWords: Fact<Words> | null;
	/** Photos taken there, by day: media ids. */
	photos: Fact<string[]>[];
}

function one<T extends string>(answers: PhaseAnswers | undefined, question: string, options: readonly T[]): Fact<T> | null {
	const answer = answers?.[question];
	return answer && typeof answer.value === 'string' && (options as readonly string[]).includes(answer.value) ? fromAnswer(answer, answer.value as T) : null;
}

function many<T extends string>(answers: PhaseAnswers | undefined, question: string, options?: readonly T[]): Fact<T[]> | null {
	const answer = answers?.[question];
	if (!answer || !Array.isArray(answer.value)) return null;
	const values = answer.value.filter((v): v is T => !options || (options as readonly string[]).includes(v));
	return values.length ? fromAnswer(answer, values) : null;
}

function words(answers: PhaseAnswers | undefined, question: string): Fact<Words> | null {
	const answer = answers?.[question];
	return answer && typeof answer.value === 'string' && answer.value.trim() ? fromAnswer(answer, { text: answer.value.trim() }) : null;
}

function perDay<V>(trial: Pick<Trial, 'days'>, group: TrialAnswers | undefined, read: (answers: PhaseAnswers | undefined) => Fact<V> | null): PerDay<V> {
	return trial.days.flatMap((day) => {
		const fact = read(group?.days[day]);
		return fact ? [fact] : [];
	});
}

/** The day a per-day fact is about, from its id (trials/<id>/day/<date>/…). */
export function dayOf(fact: Pick<Fact, 'id'>): string | null {
	return /\/day\/(\d{4}-\d{2}-\d{2})\//.exec(fact.id)?.[1] ?? null;
}

/**
 * The facts of one trial, as of `today` (YYYY-MM-DD on the device: which days are still ahead).
 * Without `today` no day is said to be ahead (the CV needs only what was done).
 */
export function trialEvidence(trial: Trial, group: TrialAnswers | undefined, today?: string): TrialEvidence {
	const record = `trials/${trial.id}`;
	const fromTrial = <V>(field: string, value: V, status: Fact['status'] = 'said'): Fact<V> => ({
		id: `${record}#${field}`,
		value,
		sources: [record],
		by: trial.answeredBy,
		rev: trial.rev,
		status
	});
	const done = trial.days.filter((day) => Object.keys(group?.days[day] ?? {}).length > 0);
	const ahead = today === undefined ? [] : trial.days.filter((day) => day >= today && !done.includes(day));
	const dayAnswers = done.flatMap((day) => Object.values(group?.days[day] ?? {}));
	const dayCount = derived<DayCount>(`${record}#days`, { planned: trial.days.length, done: done.length, ahead: ahead.length }, dayAnswers.map((a) => fromAnswer(a, null)), [record]);

	const after = group?.after;
	const tasks = tasksDone(trial, group).map((taskId) => {
		const doneFacts = perDay(trial, group, (answers) => {
			const f = many(answers, 'tasks');
			return f && f.value.includes(taskId) ? f : null;
		});
		let like: Fact<TaskLike> | null = null;
		for (const f of perDay(trial, group, (answers) => one(answers, likedQuestion(taskId), TASK_LIKES))) if (!like || f.rev > like.rev) like = f;
		return { taskId, done: doneFacts, like };
	});

	return {
		id: trial.id,
		kind: trial.kind,
		createdRev: trial.createdRev,
		job: trial.job ? fromTrial<JobValue>('job', trial.job.kind === 'catalogue' ? { kind: 'catalogue', jobId: trial.job.jobId } : { kind: 'own', title: trial.job.title }) : null,
		place: trial.workplace?.trim() ? fromTrial<Words>('place', { text: trial.workplace.trim() }) : null,
		ownTasks: Object.fromEntries(trial.ownTasks.map((t) => [t.id, t.label])),
		days: { planned: [...trial.days], done, ahead },
		dayCount: { ...dayCount, status: done.length === 0 ? 'planned' : 'done' },
		faces: perDay(trial, group, (a) => one(a, 'day', FACES)),
		tiredness: perDay(trial, group, (a) => one(a, 'tired', TIREDNESS)),
		breaks: perDay(trial, group, (a) => one(a, 'breaks', FACES)),
		trip: perDay(trial, group, (a) => one(a, 'trip', FACES)),
		peopleKind: perDay(trial, group, (a) => one(a, 'people_kind', YES_NO)),
		peopleHelp: perDay(trial, group, (a) => one(a, 'people_help', YES_NO)),
		placeTags: perDay(trial, group, (a) => many(a, 'place', PLACE_TAGS)),
		help: perDay(trial, group, (a) => many(a, 'help', HELP_KINDS)),
		noHelp: perDay(trial, group, (a) => {
			const f = many(a, 'help');
			return f && f.value.length > 0 && f.value.every((v) => v === NO_HELP) ? { ...f, value: true as const } : null;
		}),
		tasks,
		workHere: one(after, 'work_here', YES_MAYBE_NO),
		similar: one(after, 'similar', YES_MAYBE_NO),
		canDo: many(after, 'can_do'),
		canDoWords: words(after, 'can_do/text'),
		summaryWords: words(after, 'summary'),
		photos: perDay(trial, group, (a) => many(a, 'photos'))
	};
}
