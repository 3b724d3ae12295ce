import { z } from '$lib/storage/zod';

/**
 * What the person can tick for an export, each with a symbol on the choose screen. Trials are ticked one
 * by one (`trialIds`); "photos" and "contact" are switches over the rest: without them no photo and no
 * phone number or e-mail leave the app, whatever else is ticked.
 */
export const EXPORT_PARTS = ['about', 'cv', 'plan', 'trials', 'interests', 'meeting', 'change', 'photos', 'contact'] as const;
export const ExportPart = z.enum(EXPORT_PARTS);
export type ExportPart = z.infer<typeof ExportPart>;

/**
 * Who it is for. Each remembers the person's last choice for that recipient. "change" is the meeting
 * with NAV and the municipality about a change request ("Jeg vil prøve noe annet"); the change page
 * links straight to it (/export?for=change).
 */
export const PRESETS = ['meeting', 'nav', 'employer', 'change'] as const;
export const Preset = z.enum(PRESETS);
export type Preset = z.infer<typeof Preset>;

/** One choice of what goes in. Stored per preset as an answer (`export/choice/<preset>`), parsed at the edge. */
export const ExportChoice = z.object({
	parts: z.array(ExportPart).check(z.maxLength(EXPORT_PARTS.length)),
	/** The trials ticked, by id; only used when 'trials' is in parts. */
	trialIds: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(500))
});
export type ExportChoice = z.infer<typeof ExportChoice>;

/** What each recipient starts with before the person changes it ("all trials" is filled in when the trials are known). */
export const PRESET_DEFAULTS: Record<Preset, readonly ExportPart[]> = {
	meeting: ['about', 'plan', 'trials', 'interests', 'meeting', 'photos'],
	nav: ['about', 'cv', 'plan', 'trials', 'change', 'contact'],
	employer: ['about', 'cv', 'interests', 'contact'],
	// An adult asking to change work brings the request itself (what I do now, what I want and why,
	// what I have tried, what help I need), what was said on each trial, and "Om meg" with what helps
	// them at work. Not the CV or the plan: the meeting is about the change, and NAV and the
	// municipality already know the person, so no phone number either. Photos only if they tick them.
	change: ['about', 'change', 'trials']
};
