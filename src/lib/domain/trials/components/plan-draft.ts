import type { Transport, Trial, TrialInput, TrialJob, TrialKind } from '../schema';
import { normaliseDays } from '../trial-rules';

/**
 * The plan while the person makes it, one part per screen. Text fields are strings (empty = not
 * said), so a half-made plan can be kept in sessionStorage and survive a reload.
 */
export interface PlanDraft {
	kind?: TrialKind;
	/** A catalogue job id, when one was chosen. */
	jobId?: string;
	/** The job in the person's own words, when no catalogue job was chosen. */
	ownTitle: string;
	workplace: string;
	days: string[];
	startTime?: string;
	transport?: Transport;
	contactName: string;
	contactPhone: string;
	willDo: string;
	findOut: string;
}

/** The screens of "Planlegg", in order. Only `kind` and `days` must be answered. */
export const PLAN_PARTS = ['kind', 'job', 'workplace', 'days', 'time', 'transport', 'contact', 'will_do', 'find_out'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export function isPlanPart(value: string | null): value is PlanPart {
	return (PLAN_PARTS as readonly string[]).includes(value ?? '');
}

export function emptyDraft(): PlanDraft {
	return { ownTitle: '', workplace: '', days: [], contactName: '', contactPhone: '', willDo: '', findOut: '' };
}

/** A phone number the person can call: digits, spaces, + ( ) -; 3–20 characters (the schema's rule). */
export function phoneOk(phone: string): boolean {
	return /^[0-9+ ()-]{3,20}$/.test(phone.trim());
}

function job(draft: PlanDraft): TrialJob | undefined {
	if (draft.jobId) return { kind: 'catalogue', jobId: draft.jobId };
	const title = draft.ownTitle.trim();
	return title ? { kind: 'own', title: title.slice(0, 80) } : undefined;
}

function text(value: string, max: number): string | undefined {
	const trimmed = value.trim();
	return trimmed ? trimmed.slice(0, max) : undefined;
}

/**
 * What one screen changes, for `TrialsState.update`: a part left empty becomes undefined, which
 * clears it (the person took it away), never an empty string the schema would refuse.
 */
export function partChange(part: PlanPart, draft: PlanDraft): Partial<TrialInput> {
	switch (part) {
		case 'kind':
			return draft.kind ? { kind: draft.kind } : {};
		case 'job':
			return { job: job(draft) };
		case 'workplace':
			return { workplace: text(draft.workplace, 80) };
		case 'days':
			return draft.days.length > 0 ? { days: normaliseDays(draft.days) } : {};
		case 'time':
			return { startTime: draft.startTime };
		case 'transport':
			return { transport: draft.transport };
		case 'contact': {
			const name = text(draft.contactName, 60);
			const phone = phoneOk(draft.contactPhone) ? draft.contactPhone.trim() : undefined;
			return { contact: name ? { name, ...(phone ? { phone } : {}) } : undefined };
		}
		case 'will_do':
			return { willDo: text(draft.willDo, 2000) };
		case 'find_out':
			return { findOut: text(draft.findOut, 2000) };
	}
}

/** The whole plan, or null while the two things it needs (the kind and one day) are missing. */
export function draftToInput(draft: PlanDraft): TrialInput | null {
	if (!draft.kind || draft.days.length === 0) return null;
	const input = Object.assign({}, ...PLAN_PARTS.map((part) => partChange(part, draft))) as TrialInput;
	return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as TrialInput;
}

/** A stored plan as a draft, so "Endre" opens the same screen with what was said. */
export function draftFromTrial(trial: Trial): PlanDraft {
	return {
		kind: trial.kind,
		jobId: trial.job?.kind === 'catalogue' ? trial.job.jobId : undefined,
		ownTitle: trial.job?.kind === 'own' ? trial.job.title : '',
		workplace: trial.workplace ?? '',
		days: [...trial.days],
		startTime: trial.startTime,
		transport: trial.transport,
		contactName: trial.contact?.name ?? '',
		contactPhone: trial.contact?.phone ?? '',
		willDo: trial.willDo ?? '',
		findOut: trial.findOut ?? ''
	};
}

/** Reads a draft kept in sessionStorage; anything odd gives a fresh draft (nothing is stored yet). */
export function readDraft(raw: string | null): PlanDraft {
	try {
		const value = JSON.parse(raw ?? 'null') as Partial<PlanDraft> | null;
		if (!value || typeof value !== 'object') return emptyDraft();
		const base = emptyDraft();
		const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
		return {
			...base,
			kind: typeof value.kind === 'string' ? value.kind : undefined,
			jobId: typeof value.jobId === 'string' ? value.jobId : undefined,
			ownTitle: str(value.ownTitle, ''),
			workplace: str(value.workplace, ''),
			days: Array.isArray(value.days) ? normaliseDays(value.days.filter((d): d is string => typeof d === 'string')) : [],
			startTime: typeof value.startTime === 'string' ? value.startTime : undefined,
			transport: typeof value.transport === 'string' ? value.transport : undefined,
			contactName: str(value.contactName, ''),
			contactPhone: str(value.contactPhone, ''),
			willDo: str(value.willDo, ''),
			findOut: str(value.findOut, '')
		};
	} catch {
		return emptyDraft();
	}
}
