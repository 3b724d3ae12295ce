import { z } from '$lib/storage/zod';
import { AnsweredBy } from '$lib/domain/answers/schema';
import type { SymbolId } from '$lib/symbols/registry';

/**
 * [Note: CV keys] Min CV is built from what is already in the app (Om meg, trials, interests) and
 * asks only for what the app cannot know. Those few simple fields are ordinary answers:
 *   cv/surname, cv/place, cv/phone, cv/email contact details, only if the person adds them
 *   cv/skills, cv/languages, cv/travel       chosen card ids, in the order chosen
 *   cv/skills/text, cv/languages/text, cv/travel/text   the person's own words
 *   cv/school/name|programme|from|to         the school
 *   cv/hidden                                ids of lines left out of the CV (never deleted)
 *   cv/line/<lineId>                         a generated line as the person changed it
 * Own experience (a placement, a job, a course the app does not know) and references are records in
 * the `cv-entries` store (CvEntry below).
 */
export const CV_PREFIX = 'cv/';

export const CV_SECTIONS = ['contact', 'about', 'skills', 'school', 'experience', 'interests', 'languages', 'travel', 'references'] as const;
export type CvSection = (typeof CV_SECTIONS)[number];

export function isCvSection(value: string | null | undefined): value is CvSection {
	return (CV_SECTIONS as readonly string[]).includes(value ?? '');
}

/** Sections with cards the person chooses (and own words). */
export const CARD_FIELDS = ['skills', 'languages', 'travel'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export const TEXT_FIELDS = ['surname', 'place', 'phone', 'email', 'school/name', 'school/programme', 'school/from', 'school/to'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const cvKey = (field: TextField | CardField | `${CardField}/text` | 'hidden'): string => `${CV_PREFIX}${field}`;
export const cvLineKey = (lineId: string): string => `${CV_PREFIX}line/${lineId}`;

/**
 * Skill cards: tasks of the interest catalogue (their labels and symbols, so "Lage mat" looks the
 * same on a card, in a trial and in the CV) and three ways of working with their own words.
 */
export const SKILL_CARDS: readonly { id: string; symbol: SymbolId }[] = [
	{ id: 'act_cook', symbol: 'act_cook' },
	{ id: 'act_wash_dishes', symbol: 'act_wash_dishes' },
	{ id: 'act_clean', symbol: 'act_clean' },
	{ id: 'act_sort', symbol: 'act_sort' },
	{ id: 'act_pack', symbol: 'act_pack' },
	{ id: 'act_stock_shelves', symbol: 'act_stock_shelves' },
	{ id: 'act_use_computer', symbol: 'act_use_computer' },
	{ id: 'act_talk_customers', symbol: 'act_talk_customers' },
	{ id: 'act_help_people', symbol: 'act_help_people' },
	{ id: 'act_animal_care', symbol: 'act_animal_care' },
	{ id: 'act_plant', symbol: 'act_plant' },
	{ id: 'act_make_coffee', symbol: 'act_make_coffee' },
	{ id: 'on_time', symbol: 'me_on_time' },
	{ id: 'checklist', symbol: 'sup_checklist' },
	{ id: 'team', symbol: 'cond_team' }
];

export const LANGUAGE_CARDS: readonly { id: string; symbol: SymbolId }[] = [
	{ id: 'norwegian', symbol: 'cv_lang_norwegian' },
	{ id: 'english', symbol: 'cv_lang_english' },
	{ id: 'sign', symbol: 'cv_lang_sign' }
];

export const TRAVEL_CARDS: readonly { id: string; symbol: SymbolId }[] = [
	{ id: 'bus', symbol: 'sup_bus' },
	{ id: 'train', symbol: 'sup_train' },
	{ id: 'walk', symbol: 'sup_walk' },
	{ id: 'bike', symbol: 'sup_bicycle' },
	{ id: 'taxi', symbol: 'sup_taxi' },
	{ id: 'car', symbol: 'cv_licence_car' },
	{ id: 'moped', symbol: 'cv_licence_moped' },
	{ id: 'practice', symbol: 'sup_timetable' }
];

export const FIELD_CARDS: Record<CardField, readonly { id: string; symbol: SymbolId }[]> = {
	skills: SKILL_CARDS,
	languages: LANGUAGE_CARDS,
	travel: TRAVEL_CARDS
};

export const SECTION_SYMBOL: Record<CvSection, SymbolId> = {
	contact: 'cv_phone',
	about: 'doc_me',
	skills: 'cv_skills',
	school: 'doc_school',
	experience: 'doc_work',
	interests: 'cv_interests',
	languages: 'cv_languages',
	travel: 'sup_bus',
	references: 'cv_reference'
};

/** A month ("2025-08") or a day ("2025-08-14"), as the person chose it. */
export const MonthOrDay = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/));

export const ENTRY_KINDS = ['placement', 'job', 'course', 'reference'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

/**
 * One line of the CV the app could not know: a placement, a job or a course (place, what I did,
 * from/to), or a reference (place = the person's name, what = who they are, phone).
 */
export const CvEntry = z.object({
	id: z.string().check(z.minLength(1)),
	profileId: z.string().check(z.minLength(1)),
	kind: EntryKind,
	place: z.string().check(z.minLength(1), z.maxLength(120)),
	what: z.optional(z.string().check(z.maxLength(1000))),
	from: z.optional(MonthOrDay),
	to: z.optional(MonthOrDay),
	phone: z.optional(z.string().check(z.maxLength(40))),
	answeredBy: AnsweredBy,
	/** Revision when the entry was made: orders the list, never the clock. */
	createdRev: z.number().check(z.int(), z.minimum(1)),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type CvEntry = z.infer<typeof CvEntry>;

/** What an edit screen gives; an empty string clears an optional field. */
export interface CvEntryInput {
	kind: EntryKind;
	place: string;
	what?: string;
	from?: string;
	to?: string;
	phone?: string;
}
