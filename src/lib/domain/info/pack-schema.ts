import { z } from '../../storage/zod';
import symbolIds from '../../symbols/symbol-ids.json';
import { YearWhen } from './content-schema';

/**
 * [Note: local content pack] The app's information is national and general. A municipality or a
 * school can add its own offers, dates and contact points as one small JSON file ("Tilbud der du bor").
 * The file comes from outside the app, so it is parsed here, once, at the edge: anything that does
 * not match this schema is refused whole and nothing on the device changes. Web addresses are kept as
 * text: the app works offline and never sends the person out of it. Texts may be one string (the
 * municipality's language) or given per app language; the page shows the person's language and falls
 * back to bokmål.
 */

export const PACK_FORMAT = 'jobbvei-content-pack';
/** A pack is a few offers and dates: 200 KB is far more than enough, and keeps a wrong file out. */
export const MAX_PACK_BYTES = 200 * 1024;

const Id = z.string().check(z.regex(/^[a-z0-9_]+$/), z.maxLength(60));
const Line = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));

/** A text in the pack: one string, or per language (bokmål is needed, the others are optional). */
export const PackText = z.union([
	Line,
	z.strictObject({ nb: Line, nn: z.optional(Line), en: z.optional(Line) })
]);
export type PackText = z.infer<typeof PackText>;

const SYMBOLS = new Set<string>(symbolIds);
/** A symbol from the app's own registry (symbol-map.json, whose ids build-symbols lists): the same concept, the same symbol. */
const PackSymbol = z.string().check(z.refine((s) => SYMBOLS.has(s), 'not a symbol of the app'));
/** A web address, shown as text. No scheme needed: "baerum.kommune.no/arbeid". */
const WebText = z.string().check(z.trim(), z.minLength(3), z.maxLength(200), z.regex(/^\S+$/));
const Phone = z.string().check(z.trim(), z.regex(/^\+?[0-9 ]{3,20}$/));
const Email = z.string().check(z.trim(), z.maxLength(200), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/));
/**
 * Where a fact in the pack comes from ("Bærum kommune, tildelingskontoret"). Optional: most of a pack
 * is the municipality's own text. When it is there, helpers see it as "Kilde: …", like the app's own
 * facts ([Note: fact sources] in content-schema.ts).
 */
const PackSource = z.string().check(z.trim(), z.minLength(2), z.maxLength(160));
/** An ISO week, 1–53. */
const Week = z.number().check(z.int(), z.minimum(1), z.maximum(53));

/** A local offer: a work centre, a day centre, a course. */
export const PackOffer = z.strictObject({
	id: Id,
	symbol: PackSymbol,
	name: PackText,
	/** What it is, in one or two easy-read sentences. */
	what: PackText,
	/** Whom to ask: "Tildelingskontoret i kommunen". */
	contact: z.optional(PackText),
	web: z.optional(WebText),
	source: z.optional(PackSource)
});
export type PackOffer = z.infer<typeof PackOffer>;

/** A local date that comes back every year. `replaces` names a national date it stands for (year.json). */
export const PackDate = z.strictObject({
	id: Id,
	symbol: PackSymbol,
	title: PackText,
	text: z.optional(PackText),
	when: YearWhen,
	replaces: z.optional(Id),
	/**
	 * Whose year the date is on: pupils', adults' (in work or a day centre), or everybody's. Without it,
	 * a date that replaces a national one is on that date's year, and any other date is on everybody's.
	 */
	audience: z.optional(z.enum(['pupil', 'adult', 'all'])),
	source: z.optional(PackSource)
});
export type PackDate = z.infer<typeof PackDate>;

/** A place or person to ask. */
export const PackContact = z.strictObject({
	id: Id,
	symbol: PackSymbol,
	name: PackText,
	what: z.optional(PackText),
	phone: z.optional(Phone),
	email: z.optional(Email),
	web: z.optional(WebText)
});
export type PackContact = z.infer<typeof PackContact>;

const uniqueNumbers = (list: number[]) => new Set(list).size === list.length;

/**
 * The adults' year in this municipality. `changeMeetingWeeks`: the weeks when the municipality's
 * services meet about who wants to change work or activity (Bærum: weeks 18 and 41). They stand in
 * for the national "Vil du bytte arbeid?" reminder on the adults' year.
 */
export const PackAdults = z.strictObject({
	changeMeetingWeeks: z.array(Week).check(z.minLength(1), z.maxLength(4), z.refine(uniqueNumbers, 'weeks must be unique')),
	source: z.optional(PackSource)
});
export type PackAdults = z.infer<typeof PackAdults>;

const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

/** The whole file. */
export const ContentPack = z
	.strictObject({
		format: z.literal(PACK_FORMAT),
		version: z.literal(1),
		id: Id,
		name: PackText,
		municipality: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
		/** An example, not checked with the municipality: the page says so. */
		example: z.optional(z.boolean()),
		/** When the facts were last checked, YYYY-MM-DD. */
		checked: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
		offers: z.array(PackOffer).check(z.maxLength(40), z.refine(uniqueIds, 'offer ids must be unique')),
		dates: z.array(PackDate).check(z.maxLength(40), z.refine(uniqueIds, 'date ids must be unique')),
		contacts: z.array(PackContact).check(z.maxLength(40), z.refine(uniqueIds, 'contact ids must be unique')),
		adults: z.optional(PackAdults)
	})
	.check(z.refine((p) => p.offers.length + p.dates.length + p.contacts.length > 0 || !!p.adults, 'the pack is empty'));
export type ContentPack = z.infer<typeof ContentPack>;

/** Why a file was refused; each has its own easy-read message. */
export type PackProblem = 'too-big' | 'not-json' | 'not-a-pack' | 'damaged';
export type PackResult = { ok: true; pack: ContentPack } | { ok: false; problem: PackProblem };

/**
 * Reads a pack file's text. `bytes` is the file's size (checked before the text is read when it can
 * be). A file that is JSON but not a pack at all ("not-a-pack") is told apart from a pack with a
 * mistake in it ("damaged"), so a helper knows whether they chose the wrong file.
 */
export function readPack(text: string, bytes: number = new TextEncoder().encode(text).length): PackResult {
	if (bytes > MAX_PACK_BYTES) return { ok: false, problem: 'too-big' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	if (json === null || typeof json !== 'object' || (json as { format?: unknown }).format !== PACK_FORMAT) return { ok: false, problem: 'not-a-pack' };
	const parsed = ContentPack.safeParse(json);
	return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, problem: 'damaged' };
}

/** A pack text in the person's language, else bokmål. */
export function packText(t: PackText, locale: string): string {
	if (typeof t === 'string') return t;
	return (t as Record<string, string | undefined>)[locale] ?? t.nb;
}

/**
 * The stored pack a new file would replace, or null. The same id is the same pack (a newer file from
 * the same municipality, or one loaded twice): it is replaced only after the person says yes, so a
 * helper's pack is never swapped out by a file that merely shares its id.
 */
export function packReplaced<T extends { id: string }>(stored: readonly T[], pack: Pick<ContentPack, 'id'>): T | null {
	return stored.find((s) => s.id === pack.id) ?? null;
}
