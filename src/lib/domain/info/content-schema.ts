import { z } from '../../storage/zod';
import { Text3 } from '../interests/catalogue-schema';
import { isMonthDay } from './year';

/**
 * Easy-read information ("Informasjon"): what there is after school, who can help, and the hard words.
 * The texts are data in three languages, validated when the app is built (vite.config.ts) and in
 * content.test.ts, like the interests catalogue.
 */

const Id = z.string().check(z.regex(/^[a-z0-9_]+$/), z.maxLength(60));

/**
 * [Note: fact sources] Where a fact comes from: the name of the document or public site it rests on
 * ("Oslo kommune: Flere i tilrettelagt arbeid (rapport, 2020)", "nav.no"). Required on every entry, so a
 * helper can check a fact before acting on it and whoever edits the text knows what to re-read. Shown
 * to helpers as a small "Kilde: …" line. Names are not translated: they are the documents' own titles.
 */
export const FactSource = z.string().check(z.trim(), z.minLength(3), z.maxLength(160));

/** How the options are grouped on the list: a job, a way to try a job, or something else. */
export const OPTION_GROUPS = ['work', 'try', 'other'] as const;
export const OptionGroup = z.enum(OPTION_GROUPS);
export type OptionGroup = z.infer<typeof OptionGroup>;

/**
 * Where "Vil du prøve dette?" goes: `plan` plans a jobbsmak (/trials/new); `list` opens the
 * person's jobbsmak list (/trials) for options where a jobbsmak makes no sense (money, a school year).
 */
export const TRY_TARGETS = ['plan', 'list'] as const;

/** One thing a person can do after school: VTA, VTO, folkehøgskole … */
export const Option = z.object({
	id: Id,
	group: OptionGroup,
	symbol: Id,
	title: Text3,
	/** One short line on the list card. */
	summary: Text3,
	/** 3–7 short easy-read sentences, each its own paragraph. */
	sentences: z.array(Text3).check(z.minLength(3), z.maxLength(7)),
	/** Who to ask, in one or two sentences. */
	ask: Text3,
	/** Role ids (roles.json) named in `ask`: linked to "Hvem kan hjelpe meg?". */
	roles: z.array(Id).check(z.minLength(1)),
	/** Glossary ids of the hard words on this page: each is a button that explains it. */
	words: z.array(Id),
	try: z.enum(TRY_TARGETS),
	source: FactSource
});
export type Option = z.infer<typeof Option>;

/** A person who can help: the teacher, NAV, the verge … */
export const Role = z.object({
	id: Id,
	symbol: Id,
	title: Text3,
	/** What this person can do for me, in one or two sentences. */
	text: Text3,
	/** Glossary ids of the hard words in the text. */
	words: z.array(Id),
	source: FactSource
});
export type Role = z.infer<typeof Role>;

/** One hard word, explained in one sentence: what ExplainWord shows and "Ord og forklaringer" lists. */
export const GlossaryEntry = z.object({
	id: Id,
	symbol: Id,
	/** The word as it is written in a sentence: "hospitering", "NAV". */
	term: Text3,
	/** One easy-read sentence. */
	explanation: Text3,
	/** Read more: an option page about the same thing. */
	option: z.optional(Id),
	source: FactSource
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Options = z.array(Option).check(z.minLength(1));
export const Roles = z.array(Role).check(z.minLength(1));
export const Glossary = z.array(GlossaryEntry).check(z.minLength(1));

const Month = z.number().check(z.int(), z.minimum(1), z.maximum(12));

/** When a date comes back every year: a day ("02-01"), an ISO week (1–53), or months from–to. See year.ts. */
export const YearWhen = z.union([
	z.strictObject({ date: z.string().check(z.refine(isMonthDay, 'not a day of the year (MM-DD)')) }),
	z.strictObject({ week: z.number().check(z.int(), z.minimum(1), z.maximum(53)) }),
	z.strictObject({ months: z.tuple([Month, Month]) })
]);

/**
 * Whose year a date belongs to: a pupil's school year, or an adult's working year (the yearly review,
 * the meetings about changing work). See [Note: where the person is now] in profile/situation.ts.
 */
export const YEAR_AUDIENCES = ['pupil', 'adult'] as const;
export const YearAudience = z.enum(YEAR_AUDIENCES);
export type YearAudience = z.infer<typeof YearAudience>;

/** A date that matters every year ("Året mitt"): the national defaults in year.json. */
export const YearDate = z.object({
	id: Id,
	symbol: Id,
	audience: YearAudience,
	title: Text3,
	/** One or two easy-read sentences: what happens, and what to do. */
	text: Text3,
	when: YearWhen,
	/** Glossary ids of the hard words in the title and text: listed under the wheel. */
	words: z.array(Id),
	source: FactSource
});
export type YearDate = z.infer<typeof YearDate>;
export const YearDates = z.array(YearDate).check(z.minLength(1));

/** Who a part of "For foreldre, lærere og hjelpere" is for. */
export const HELPER_AUDIENCES = ['all', 'teachers'] as const;

/**
 * One part of "For foreldre, lærere og hjelpere": plain language (sentences of at most 20 words),
 * not only easy-read, because the readers are the adults around the person.
 */
export const HelperSection = z.object({
	id: Id,
	symbol: Id,
	audience: z.enum(HELPER_AUDIENCES),
	title: Text3,
	/** Short paragraphs, or list points when `list` is true. */
	paragraphs: z.array(Text3).check(z.minLength(1), z.maxLength(8)),
	list: z.optional(z.boolean()),
	source: FactSource
});
export type HelperSection = z.infer<typeof HelperSection>;
export const HelperSections = z.array(HelperSection).check(z.minLength(1));

/** Who takes an application: NAV (the state), the municipality, the school or the county, or the place itself. */
export const APPLY_WHERE = ['nav', 'municipality', 'school', 'county', 'place'] as const;

/**
 * One thing to apply for on "Hva skal vi søke om, hvor og når?": what, where and when, in plain
 * language for parents (sentences of at most 20 words), with the source it rests on.
 */
export const ApplyItem = z.object({
	id: Id,
	symbol: Id,
	title: Text3,
	/** What it is and what to do, one or two sentences. */
	what: Text3,
	where: z.enum(APPLY_WHERE),
	/** When to apply: "Før 1. februar", "Når som helst". */
	when: Text3,
	/** An option page about the same thing: "Les mer". */
	option: z.optional(Id),
	source: FactSource
});
export type ApplyItem = z.infer<typeof ApplyItem>;

/** A stage of the way: age 16, 17, 18, the last school year, after school. */
export const ApplyStage = z.object({
	id: Id,
	symbol: Id,
	title: Text3,
	items: z.array(ApplyItem).check(z.minLength(1), z.maxLength(8))
});
export type ApplyStage = z.infer<typeof ApplyStage>;
export const ApplyStages = z.array(ApplyStage).check(z.minLength(1));
