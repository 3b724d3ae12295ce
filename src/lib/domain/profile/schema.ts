import { z } from '$lib/storage/zod';
import { ProfileSettings } from '$lib/settings/schema';
import { Locale } from '$lib/i18n/locale';
import { CalendarDay } from '$lib/calendar/day';
import { SITUATIONS } from './situation';

/** A profile picture: one of the app's symbols, or the person's own photo (stored in `media`). */
export const ProfilePicture = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('symbol'), symbol: z.string().check(z.regex(/^[a-z0-9_]+$/)) }),
	z.object({ kind: z.literal('photo'), mediaId: z.string().check(z.minLength(1)) })
]);
export type ProfilePicture = z.infer<typeof ProfilePicture>;

/** The picture code, stored as a hash. See [Note: picture code is a curtain]. */
export const PictureCode = z.object({
	hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
	length: z.number().check(z.int(), z.minimum(3), z.maximum(4)),
	/**
	 * What the hash was salted with, when it is not this profile's id: a person restored as a copy
	 * ("Behold begge") gets a new id but keeps the code they know, so the old id stays the salt.
	 */
	salt: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
});
export type PictureCode = z.infer<typeof PictureCode>;

export const NAME_MAX = 40;

/** One person on this device. Their answers, media, language and settings are their own. */
export const Profile = z.object({
	id: z.string().check(z.minLength(1), z.maxLength(64)),
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX)),
	picture: ProfilePicture,
	locale: Locale,
	settings: ProfileSettings,
	pictureCode: z.optional(PictureCode),
	/** Where the person is now ([Note: where the person is now]); not said yet on older profiles. */
	situation: z.optional(z.enum(SITUATIONS)),
	/**
	 * Set on a person restored beside someone of the same name: the start screen says "Fra
	 * sikkerhetskopi {date}" under the copy, so two Olas can be told apart.
	 */
	fromBackup: z.optional(z.object({ madeOn: z.optional(CalendarDay) })),
	/** Revision of the write that created the profile; orders the start screen. */
	createdRev: z.number().check(z.int(), z.minimum(1)),
	rev: z.number().check(z.int(), z.minimum(1))
});
export type Profile = z.infer<typeof Profile>;
