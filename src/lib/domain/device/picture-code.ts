import { CODE_PICTURES } from './pictures';

/**
 * [Note: picture code is a curtain] A picture code is 3 or 4 symbols in order, instead of a password
 * (WCAG 3.3.8). It keeps curious classmates out of each other's profiles on a shared tablet. It is not
 * security: the data is not encrypted, and people choose guessable patterns (docs/reliability.md, "The picture code is a curtain").
 * We say so plainly in settings and on the "Om appen" page. After 5 wrong tries the person waits 30 s
 * ([Note: wrong tries wait]); on a shared tablet only an adult can lift a forgotten code ([Note: adult code]).
 */
export const CODE_SYMBOLS = CODE_PICTURES;
export type CodeSymbol = (typeof CODE_SYMBOLS)[number];

export const CODE_MIN = 3;
export const CODE_MAX = 4;

export function isValidCode(code: readonly string[]): boolean {
	return (
		code.length >= CODE_MIN &&
		code.length <= CODE_MAX &&
		code.every((s) => (CODE_SYMBOLS as readonly string[]).includes(s))
	);
}

/** Hash of the code, salted with the profile id so two people with the same code get different hashes. */
export async function hashCode(salt: string, code: readonly string[]): Promise<string> {
	const data = new TextEncoder().encode(`jobbvei-picture-code:${salt}:${code.join(',')}`);
	const digest = await crypto.subtle.digest('SHA-256', data);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function codeMatches(
	profileId: string,
	stored: { hash: string; length: number; salt?: string | undefined },
	attempt: readonly string[]
): Promise<boolean> {
	if (attempt.length !== stored.length) return false;
	return (await hashCode(stored.salt ?? profileId, attempt)) === stored.hash;
}
