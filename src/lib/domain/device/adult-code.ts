/**
 * [Note: adult code] A class tablet holds many pupils. Their picture codes are a curtain against quick
 * looks ([Note: picture code is a curtain]), and without more, any pupil could lift one through
 * "Glemt koden?", delete a classmate or load a content pack for the whole class. A helper can set one
 * adult code for the device: 6 or more digits, or 5 pictures. When it is set, removing a forgotten
 * picture code, deleting a person, loading, replacing or removing a content pack, and changing or
 * removing the adult code itself need it. On a personal phone there is none, and nothing asks for it.
 *
 * Only a salted, slow hash is stored (PBKDF2-SHA-256, a random 16-byte salt, the rounds recorded), so
 * reading the database does not give the code away at once. It is still not encryption: the data it
 * guards lies readable in the browser. A forgotten adult code cannot be found again; the device's data
 * must then be cleared in the browser (after each person made a backup).
 */
import { CODE_SYMBOLS } from './picture-code';
import type { AdultCode } from './schema';

export const DIGITS_MIN = 6;
export const DIGITS_MAX = 12;
export const PICTURES_LENGTH = 5;

/**
 * PBKDF2 rounds for a new adult code. Measured in Debian Chromium with the CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate), 9 checks each: 3 000 000 rounds took 355–390 ms (1 200 000: about
 * 145 ms). The throttle hardly slows it: WebCrypto runs natively, off the page's thread, so a cheap
 * tablet may take a second or two. A helper waits a moment; trying all million 6-digit codes on a
 * copied database takes about 4 days of one such core. A delay, not a wall: a graphics card is quicker.
 */
export const ADULT_CODE_ITERATIONS = 3_000_000;

export type AdultCodeKind = AdultCode['kind'];

/** What a helper typed or tapped. */
export type AdultCodeEntry = { kind: 'digits'; digits: string } | { kind: 'pictures'; pictures: readonly string[] };

/** Why an entry cannot be a new adult code, or null when it can. */
export function adultCodeProblem(entry: AdultCodeEntry): 'not-digits' | 'too-short' | 'too-long' | 'pictures' | null {
	if (entry.kind === 'pictures') {
		const known = entry.pictures.every((p) => (CODE_SYMBOLS as readonly string[]).includes(p));
		return entry.pictures.length === PICTURES_LENGTH && known ? null : 'pictures';
	}
	if (!/^[0-9]*$/.test(entry.digits)) return 'not-digits';
	if (entry.digits.length < DIGITS_MIN) return 'too-short';
	if (entry.digits.length > DIGITS_MAX) return 'too-long';
	return null;
}

function lengthOf(entry: AdultCodeEntry): number {
	return entry.kind === 'digits' ? entry.digits.length : entry.pictures.length;
}

/** The code as the text that is hashed; the kind is part of it, so "12345" never equals 5 pictures. */
function codeText(entry: AdultCodeEntry): string {
	return entry.kind === 'digits' ? `digits:${entry.digits}` : `pictures:${entry.pictures.join(',')}`;
}

function toHex(bytes: Uint8Array): string {
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return bytes;
}

/** PBKDF2-SHA-256 of the code with this salt and these rounds, as 64 hex digits. */
export async function hashAdultCode(entry: AdultCodeEntry, saltHex: string, iterations: number): Promise<string> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(codeText(entry)), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations }, key, 256);
	return toHex(new Uint8Array(bits));
}

/** What is stored for a new code: kind, length, a fresh random salt, the hash and its rounds. Never the code. */
export async function makeAdultCode(
	entry: AdultCodeEntry,
	iterations = ADULT_CODE_ITERATIONS
): Promise<Omit<AdultCode, 'key' | 'rev'>> {
	const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
	const hash = await hashAdultCode(entry, salt, iterations);
	const length = lengthOf(entry);
	return entry.kind === 'digits'
		? { kind: 'digits', length, salt, hash, iterations }
		: { kind: 'pictures', length: PICTURES_LENGTH, salt, hash, iterations };
}

/** True when the entry is the stored code. Compares every hex digit, so timing tells nothing. */
export async function adultCodeMatches(stored: Omit<AdultCode, 'key' | 'rev'>, entry: AdultCodeEntry): Promise<boolean> {
	if (entry.kind !== stored.kind || lengthOf(entry) !== stored.length) return false;
	const hash = await hashAdultCode(entry, stored.salt, stored.iterations);
	let difference = 0;
	for (let i = 0; i < hash.length; i++) difference |= hash.charCodeAt(i) ^ stored.hash.charCodeAt(i);
	return difference === 0 && hash.length === stored.hash.length;
}

/** True when two entries are the same code (the new code, typed again). */
export function sameEntry(a: AdultCodeEntry, b: AdultCodeEntry): boolean {
	return codeText(a) === codeText(b);
}

/**
 * Settings suggest an adult code when two or more people on the device have a picture code and no
 * adult code guards them: a shared tablet, where any pupil could lift a classmate's code.
 */
export function shouldSuggestAdultCode(people: readonly { pictureCode?: unknown }[], hasAdultCode: boolean): boolean {
	return !hasAdultCode && people.filter((p) => p.pictureCode !== undefined).length >= 2;
}
