import { EXPORT_PARTS, PRESET_DEFAULTS, Preset, type ExportChoice, type ExportPart } from './selection-schema';

/**
 * [Note: what goes in] The person ticks what an export holds. These rules are the only way a choice
 * changes, and `isIncluded` is the only way the builder asks: a part (or trial) not ticked is never
 * read, so it cannot slip into a preview, a PDF or a print.
 */

/** Parts in the order the choose screen and the document show them. */
function ordered(parts: Iterable<ExportPart>): ExportPart[] {
	const set = new Set(parts);
	return EXPORT_PARTS.filter((p) => set.has(p));
}

/**
 * The recipient a link asks for (`/export?for=change` from the change page), or null for no `for` or
 * one the app does not know: then the export starts as usual, with "Hvem er det til?".
 */
export function linkedPreset(value: string | null | undefined): Preset | null {
	const parsed = Preset.safeParse(value);
	return parsed.success ? parsed.data : null;
}

/** What a recipient starts with: the preset's parts, and every trial when trials are in. */
export function defaultChoice(preset: Preset, trialIds: readonly string[]): ExportChoice {
	const parts = ordered(PRESET_DEFAULTS[preset]);
	return { parts, trialIds: parts.includes('trials') ? [...trialIds] : [] };
}

/**
 * One part on or off. Turning "trials" on with no trial ticked ticks them all (so the tap does
 * something); turning it off keeps the trial ticks for when it comes back.
 */
export function togglePart(choice: ExportChoice, part: ExportPart, allTrialIds: readonly string[] = []): ExportChoice {
	const on = choice.parts.includes(part);
	const parts = ordered(on ? choice.parts.filter((p) => p !== part) : [...choice.parts, part]);
	const trialIds = !on && part === 'trials' && choice.trialIds.length === 0 ? [...allTrialIds] : [...choice.trialIds];
	return { parts, trialIds };
}

/**
 * One trial on or off. Ticking a trial also ticks "trials"; unticking the last one unticks "trials",
 * so the switch and the trial cards never disagree.
 */
export function toggleTrial(choice: ExportChoice, trialId: string): ExportChoice {
	const trialIds = choice.trialIds.includes(trialId) ? choice.trialIds.filter((t) => t !== trialId) : [...choice.trialIds, trialId];
	const parts = trialIds.length === 0 ? choice.parts.filter((p) => p !== 'trials') : ordered([...choice.parts, 'trials']);
	return { parts, trialIds };
}

/** Whether a part (or, for trials, one trial) goes in. A trial needs both "trials" and its own tick. */
export function isIncluded(choice: ExportChoice, part: ExportPart, trialId?: string): boolean {
	if (!choice.parts.includes(part)) return false;
	if (part === 'trials' && trialId !== undefined) return choice.trialIds.includes(trialId);
	return true;
}

/** Trial ticks of trials that no longer exist are dropped (a deleted trial never comes back in). */
export function withKnownTrials(choice: ExportChoice, trialIds: readonly string[]): ExportChoice {
	const known = new Set(trialIds);
	return { parts: ordered(choice.parts), trialIds: choice.trialIds.filter((t) => known.has(t)) };
}

/** True when nothing that makes a page is ticked (photos alone make nothing). */
export function isEmptyChoice(choice: ExportChoice): boolean {
	return !choice.parts.some((p) => p !== 'photos' && (p !== 'trials' || choice.trialIds.length > 0));
}

/** The stored form: ['about', 'trials', 'trial:<id>', …]. */
export function encodeChoice(choice: ExportChoice): string[] {
	return [...ordered(choice.parts), ...choice.trialIds.map((id) => `trial:${id}`)];
}

/** Reads the stored form back; null when it is not a list of known parts and trial ids. */
export function decodeChoice(value: unknown): { parts: unknown[]; trialIds: unknown[] } | null {
	if (!Array.isArray(value)) return null;
	const parts: unknown[] = [];
	const trialIds: unknown[] = [];
	for (const item of value) {
		if (typeof item === 'string' && item.startsWith('trial:')) trialIds.push(item.slice('trial:'.length));
		else parts.push(item);
	}
	return { parts, trialIds };
}
