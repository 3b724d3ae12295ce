import { describe, expect, it } from 'vitest';
import { pbkdf2Sync } from 'node:crypto';
import { db } from '$lib/storage/db';
import { CODE_SYMBOLS } from './picture-code';
import { MAX_TRIES, NO_TRIES, WAIT_MS, recordFailure, settleClock, waitLeft, type TryLog } from './tries';
import {
	ADULT_CODE_ITERATIONS,
	adultCodeMatches,
	adultCodeProblem,
	hashAdultCode,
	makeAdultCode,
	sameEntry,
	shouldSuggestAdultCode,
	type AdultCodeEntry
} from './adult-code';
import { adultCodeTries, pictureCodeTries, readAdultCode } from './device-repo';
import { AdultCode, AdultCodeTries, CodeTries, ITERATIONS_MAX, ITERATIONS_MIN } from './schema';
import { WrongTries } from './wrong-tries';
import { AdultCodeState, AdultGate } from './adult-code.svelte';
import v6 from '$lib/storage/fixtures/db-v6.json';

/** A time on a tablet whose clock is right (epoch ms). */
const T = Date.UTC(2026, 10, 23, 9, 0, 0);
const YEAR = 365 * 24 * 3600 * 1000;

function fails(count: number, at: number, log: TryLog = NO_TRIES): TryLog {
	for (let i = 0; i < count; i++) log = recordFailure(log, at);
	return log;
}

describe('wrong tries: 5 tries, then a 30 s wait', () => {
	it('lets 4 wrong tries pass, and makes the 5th wait 30 s, counting down', () => {
		expect(waitLeft(fails(MAX_TRIES - 1, T), T)).toBe(0);
		const log = fails(MAX_TRIES, T);
		expect(waitLeft(log, T)).toBe(WAIT_MS);
		expect(waitLeft(log, T + WAIT_MS / 2)).toBe(WAIT_MS / 2);
		expect(waitLeft(log, T + WAIT_MS)).toBe(0);
		// After the wait, a new round of 5 starts.
		expect(recordFailure(log, T + WAIT_MS).failures).toBe(1);
	});

	it('a clock moved back (to 1970) waits one 30 s wait from now, not until the clock catches up', () => {
		const log = fails(MAX_TRIES, T);
		const back = Date.UTC(1970, 0, 1, 0, 5);
		expect(waitLeft(log, back)).toBe(WAIT_MS); // never more than one wait, even unsettled
		const settled = settleClock(log, back);
		expect(settled).toEqual({ failures: MAX_TRIES, lastFailureAt: back });
		expect(waitLeft(settled, back + WAIT_MS - 1)).toBe(1);
		expect(waitLeft(settled, back + WAIT_MS)).toBe(0);
		// The wrong clock goes on from there: 30 s later the person may try again.
		expect(waitLeft(settleClock(settled, back + WAIT_MS), back + WAIT_MS)).toBe(0);
	});

	it('a clock moved back during the wait adds at most one wait from that moment', () => {
		const log = fails(MAX_TRIES, T);
		const jumpedBack = T + 10_000 - YEAR;
		const settled = settleClock(log, jumpedBack);
		expect(waitLeft(settled, jumpedBack)).toBe(WAIT_MS);
		expect(waitLeft(settled, jumpedBack + WAIT_MS)).toBe(0);
	});

	it('a clock that jumps ahead may end the wait early', () => {
		const log = fails(MAX_TRIES, T);
		expect(waitLeft(log, T + YEAR)).toBe(0);
		expect(settleClock(log, T + YEAR)).toBe(log);
	});

	it('settling keeps a right clock\'s log as the same object, so nothing is stored for it', () => {
		const log = fails(2, T);
		expect(settleClock(log, T + 1)).toBe(log);
		expect(settleClock(log, T)).toBe(log);
	});

	it('a wrong try on a clock that went back counts from now', () => {
		const log = fails(3, T);
		expect(recordFailure(log, T - YEAR)).toEqual({ failures: 4, lastFailureAt: T - YEAR });
	});
});

describe('adult code: what can be one', () => {
	it('takes 6 to 12 digits, or 5 of the code pictures', () => {
		expect(adultCodeProblem({ kind: 'digits', digits: '123456' })).toBeNull();
		expect(adultCodeProblem({ kind: 'digits', digits: '123456789012' })).toBeNull();
		expect(adultCodeProblem({ kind: 'digits', digits: '12345' })).toBe('too-short');
		expect(adultCodeProblem({ kind: 'digits', digits: '1234567890123' })).toBe('too-long');
		expect(adultCodeProblem({ kind: 'digits', digits: '12 3456' })).toBe('not-digits');
		expect(adultCodeProblem({ kind: 'digits', digits: '١٢٣٤٥٦' })).toBe('not-digits');
		expect(adultCodeProblem({ kind: 'pictures', pictures: CODE_SYMBOLS.slice(0, 5) })).toBeNull();
		expect(adultCodeProblem({ kind: 'pictures', pictures: CODE_SYMBOLS.slice(0, 4) })).toBe('pictures');
		expect(adultCodeProblem({ kind: 'pictures', pictures: ['pic_cat', 'pic_cat', 'pic_cat', 'pic_cat', 'pic_owl'] })).toBe('pictures');
	});

	it('tells the same code apart from another, also across kinds', () => {
		expect(sameEntry({ kind: 'digits', digits: '123456' }, { kind: 'digits', digits: '123456' })).toBe(true);
		expect(sameEntry({ kind: 'digits', digits: '123456' }, { kind: 'digits', digits: '123457' })).toBe(false);
		const five = CODE_SYMBOLS.slice(0, 5);
		expect(sameEntry({ kind: 'pictures', pictures: five }, { kind: 'pictures', pictures: [...five].reverse() })).toBe(false);
	});

	it('is suggested when 2 or more people have a picture code and the device has no adult code', () => {
		const coded = { pictureCode: { hash: 'h', length: 4 } };
		expect(shouldSuggestAdultCode([coded, coded], false)).toBe(true);
		expect(shouldSuggestAdultCode([coded, coded, {}], true)).toBe(false);
		expect(shouldSuggestAdultCode([coded, {}, {}], false)).toBe(false);
		expect(shouldSuggestAdultCode([], false)).toBe(false);
	});
});

describe('adult code: a salted PBKDF2 hash, never the code', () => {
	const digits: AdultCodeEntry = { kind: 'digits', digits: '271828' };
	const rounds = 1000; // the rule, not the cost: quick here

	it('is PBKDF2-SHA-256 over the kind and the code, with the salt and rounds given', async () => {
		const salt = '00112233445566778899aabbccddeeff';
		const expected = pbkdf2Sync('digits:271828', Buffer.from(salt, 'hex'), rounds, 32, 'sha256').toString('hex');
		expect(await hashAdultCode(digits, salt, rounds)).toBe(expected);
	});

	it('accepts the right code and refuses a wrong one, another kind, and the same code under another salt', async () => {
		const stored = await makeAdultCode(digits, rounds);
		expect(stored).toMatchObject({ kind: 'digits', length: 6, iterations: rounds });
		expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
		expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(stored)).not.toContain('271828');
		expect(await adultCodeMatches(stored, digits)).toBe(true);
		expect(await adultCodeMatches(stored, { kind: 'digits', digits: '271829' })).toBe(false);
		expect(await adultCodeMatches(stored, { kind: 'digits', digits: '2718280' })).toBe(false);
		expect(await adultCodeMatches({ ...stored, salt: 'ffeeddccbbaa99887766554433221100' }, digits)).toBe(false);
		// Two devices with the same code store different salts and hashes.
		const other = await makeAdultCode(digits, rounds);
		expect(other.salt).not.toBe(stored.salt);
		expect(other.hash).not.toBe(stored.hash);
	});

	it('for pictures, the order counts', async () => {
		const pictures = CODE_SYMBOLS.slice(3, 8);
		const stored = await makeAdultCode({ kind: 'pictures', pictures }, rounds);
		expect(stored).toMatchObject({ kind: 'pictures', length: 5 });
		expect(await adultCodeMatches(stored, { kind: 'pictures', pictures })).toBe(true);
		expect(await adultCodeMatches(stored, { kind: 'pictures', pictures: [...pictures].reverse() })).toBe(false);
	});

	it('uses a round count the stored schema accepts', () => {
		expect(ADULT_CODE_ITERATIONS).toBeGreaterThanOrEqual(ITERATIONS_MIN);
		expect(ADULT_CODE_ITERATIONS).toBeLessThanOrEqual(ITERATIONS_MAX);
	});
});

describe('device records', () => {
	it('reads the version 6 fixture\'s adult code, its tries and a person\'s tries through their schemas', () => {
		const [code, tries] = v6.records.device;
		expect(AdultCode.parse(code)).toEqual(code);
		expect(AdultCodeTries.parse(tries)).toEqual(tries);
		for (const record of v6.records['code-tries']) expect(CodeTries.parse(record)).toEqual(record);
	});

	it('refuses a stored code without salt, with a short hash, too few rounds, or 4 pictures', () => {
		const code = (v6.records.device as unknown as Record<string, unknown>[])[0]!;
		const { salt: _salt, ...noSalt } = code;
		expect(AdultCode.safeParse(noSalt).success).toBe(false);
		expect(AdultCode.safeParse({ ...code, hash: 'ab' }).success).toBe(false);
		expect(AdultCode.safeParse({ ...code, iterations: 1000 }).success).toBe(false);
		expect(AdultCode.safeParse({ ...code, kind: 'pictures', length: 4 }).success).toBe(false);
		expect(AdultCode.safeParse({ ...code, length: 5 }).success).toBe(false);
	});
});

describe('wrong tries are stored: a reload does not reset them', () => {
	it('counts 5 wrong adult codes, and a new screen (a reload) still sees the wait', async () => {
		for (let i = 0; i < MAX_TRIES; i++) await adultCodeTries.fail(T + i);
		const reloaded = new WrongTries(adultCodeTries);
		expect(await reloaded.refresh(T + 10_000)).toBe(WAIT_MS - 10_000 + 4);
		expect(await reloaded.attempt(async () => true, T + 10_000)).toBe('wait');
		expect(await reloaded.attempt(async () => true, T + 4 + WAIT_MS)).toBe('right');
		expect(await (await db()).get('device', 'adult-code-tries')).toBeUndefined();
	});

	it('keeps each person\'s tries apart', async () => {
		await pictureCodeTries('p-nora').fail(T);
		expect((await pictureCodeTries('p-nora').read(T)).failures).toBe(1);
		expect(await pictureCodeTries('p-jonas').read(T)).toEqual(NO_TRIES);
		const stored = await (await db()).get('code-tries', 'p-nora');
		expect(CodeTries.parse(stored)).toMatchObject({ profileId: 'p-nora', failures: 1, lastFailureAt: T });
	});

	it('stores the settled time when the clock went back, so each reload does not wait again', async () => {
		const nora = pictureCodeTries('p-nora');
		for (let i = 0; i < MAX_TRIES; i++) await nora.fail(T);
		const back = T - YEAR;
		expect(await new WrongTries(nora).refresh(back)).toBe(WAIT_MS);
		expect(await nora.read(back + 20_000)).toEqual({ failures: MAX_TRIES, lastFailureAt: back });
		// Reloaded 20 s later, on the same wrong clock: 10 s left, not 30 again.
		expect(await new WrongTries(nora).refresh(back + 20_000)).toBe(10_000);
	});

	it('counts tries from two tabs together', async () => {
		const tabA = new WrongTries(pictureCodeTries('p-nora'));
		const tabB = new WrongTries(pictureCodeTries('p-nora'));
		await tabA.refresh(T);
		await tabB.refresh(T);
		for (let i = 0; i < 3; i++) expect(await tabA.attempt(async () => false, T)).toBe('wrong');
		expect(await tabB.attempt(async () => false, T)).toBe('wrong');
		expect(await tabB.attempt(async () => false, T)).toBe('wrong');
		expect(await tabA.attempt(async () => true, T + 1)).toBe('wait');
	});
});

describe('adult gate', () => {
	const code: AdultCodeEntry = { kind: 'digits', digits: '314159' };

	it('without an adult code, runs the action at once', async () => {
		const gate = new AdultGate(new AdultCodeState(ITERATIONS_MIN));
		let ran = 0;
		await gate.ask('why', () => ran++);
		expect(ran).toBe(1);
		expect(gate.pending).toBeNull();
	});

	it('with one, runs the action only after the right code, and 5 wrong codes mean a wait', async () => {
		const state = new AdultCodeState(ITERATIONS_MIN);
		await state.set(code);
		expect(state.current).toEqual({ kind: 'digits', length: 6 });
		const stored = await readAdultCode();
		expect(stored).toMatchObject({ key: 'adult-code', kind: 'digits', length: 6, iterations: ITERATIONS_MIN });
		expect(JSON.stringify(stored)).not.toContain('314159');

		const gate = new AdultGate(state);
		let ran = 0;
		await gate.ask('Hjelperkoden trengs for å slette Nora.', () => ran++);
		expect(ran).toBe(0);
		expect(gate.pending?.reason).toBe('Hjelperkoden trengs for å slette Nora.');
		expect(await gate.submit({ kind: 'digits', digits: '000000' })).toBe('wrong');
		expect(ran).toBe(0);
		expect(await gate.submit(code)).toBe('right');
		expect(ran).toBe(1);
		expect(gate.pending).toBeNull();

		await gate.ask('again', () => ran++);
		for (let i = 0; i < MAX_TRIES; i++) expect(await gate.submit({ kind: 'digits', digits: `00000${i}` })).toBe('wrong');
		// The right code now waits too: guessing cannot go on at full speed.
		expect(await gate.submit(code)).toBe('wait');
		expect(ran).toBe(1);
		// A new screen (a reload) sees the same wait.
		expect(await new AdultCodeState(ITERATIONS_MIN).tries.refresh()).toBeGreaterThan(WAIT_MS - 5000);
	});

	it('an action asked for while a code is being checked keeps waiting for its own code', async () => {
		const state = new AdultCodeState(ITERATIONS_MIN);
		await state.set(code);
		const gate = new AdultGate(state);
		const ran: string[] = [];
		await gate.ask('load', () => ran.push('load'));
		const checking = gate.submit(code);
		await gate.ask('remove', () => ran.push('remove'));
		expect(await checking).toBe('right');
		expect(ran).toEqual(['load']);
		expect(gate.pending?.reason).toBe('remove');
	});

	it('a removed code guards nothing any more, and its tries are gone', async () => {
		const state = new AdultCodeState(ITERATIONS_MIN);
		await state.set(code);
		await adultCodeTries.fail(Date.now());
		await state.remove();
		expect(state.current).toBeNull();
		expect(await (await db()).getAll('device')).toEqual([]);
	});
});
