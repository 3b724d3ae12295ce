import { m } from '$lib/paraglide/messages';
import { PhotoError } from '$lib/media/photo';

/** What a person is told when a chosen photo cannot be used: too big, or not a picture at all. */
export function photoProblem(error: unknown): string {
	return error instanceof PhotoError && error.reason === 'too-big' ? m.photo_too_big() : m.photo_not_image();
}
