import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, db } from './db';
import { applyUpgrades, UPGRADES } from './upgrades';
import { sha256Hex } from '$lib/media/media-record';
import { currentRevision } from './records';
import { listProfiles } from '$lib/domain/profile/profiles-repo';
import { getMedia } from '$lib/media/media-store';
import { listAnswers } from '$lib/domain/answers/answers-repo';
import { listTrials, loadTrialAnswers } from '$lib/domain/trials/trials-repo';
import v1 from './fixtures/db-v1.json';
import v2 from './fixtures/db-v2.json';
import v3 from './fixtures/db-v3.json';
import v4 from './fixtures/db-v4.json';
import v5 from './fixtures/db-v5.json';
import v6 from './fixtures/db-v6.json';
import v7 from './fixtures/db-v7.json';
import { listPacks } from '$lib/domain/info/packs-repo';
import { listPlanSteps } from '$lib/domain/plan/steps-repo';
import { PlanVersion } from '$lib/domain/plan/schema';
import { Meeting } from '$lib/domain/meeting/schema';
import { CvEntry } from '$lib/domain/cv/schema';
import { adultCodeTries, pictureCodeTries, readAdultCode } from '$lib/domain/device/device-repo';

/** One fixture per released database version. Never delete one: someone still has that database. */
const FIXTURES = [v1, v2, v3, v4, v5, v6, v7] as (typeof v1 & { records: Record<string, unknown[]> })[];

type FixtureMedia = { bytesBase64: string; sha256: string } & Record<string, unknown>;

function bytesOf(base64: string): ArrayBuffer {
	const binary = Buffer.from(base64, 'base64');
	return binary.buffer.slice(binary.byteOffset, binary.byteOffset + binary.byteLength);
}

/** Writes a fixture exactly as that old version of the app would have stored it. */
async function seed(fixture: typeof v1): Promise<void> {
	const old = await openDB(DB_NAME, fixture.version, {
		upgrade: (database, oldVersion, newVersion, tx) => applyUpgrades(database as never, oldVersion, newVersion ?? fixture.version, tx as never)
	});
	const tx = old.transaction(Object.keys(fixture.records), 'readwrite');
	for (const [store, records] of Object.entries(fixture.records)) {
		for (const record of records as Record<string, unknown>[]) {
			if (store === 'media') {
				const { bytesBase64, ...rest } = record as FixtureMedia;
				const bytes = bytesOf(bytesBase64);
				await tx.objectStore(store).put({ ...rest, bytes, size: bytes.byteLength, sha256: await Promise.resolve(rest.sha256) });
			} else await tx.objectStore(store).put(record);
		}
	}
	await tx.done;
	old.close();
}

describe('database upgrades', () => {
	it('has one step for every version up to the current one', () => {
		expect(Object.keys(UPGRADES).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
	});

	it('has a fixture for every released version', () => {
		expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
	});

	it.each(FIXTURES)('opens a version $version database with data and loses nothing', async (fixture) => {
		// Give the media record its real hash before seeding, as the app computes it on save.
		for (const media of fixture.records.media as FixtureMedia[]) media.sha256 = await sha256Hex(bytesOf(media.bytesBase64));
		await seed(fixture);

		const profiles = await listProfiles();
		expect(profiles).toEqual(fixture.records.profiles);
		for (const profile of fixture.records.profiles) {
			const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
			expect((await listAnswers(profile.id)).sort(byId)).toEqual(
				(fixture.records.answers as { id: string; profileId: string }[]).filter((a) => a.profileId === profile.id).sort(byId)
			);
		}
		for (const media of fixture.records.media as FixtureMedia[]) {
			const stored = await getMedia(media.id as string);
			expect(stored?.sha256).toBe(await sha256Hex(stored!.bytes));
			expect(stored?.sha256).toBe(media.sha256);
		}
		// Every record of every store is still there, byte for byte (media compared above by hash).
		const database = await db();
		for (const [store, records] of Object.entries(fixture.records)) {
			if (store === 'media') continue;
			expect(await database.getAll(store as never)).toEqual(
				[...(records as { id?: string; key?: string }[])].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))
			);
		}
		expect(await currentRevision()).toBe((fixture.records.meta[0] as { value: number }).value);
		expect((await db()).version).toBe(DB_VERSION);
	});

	it.each([v1, v2])('gives a version $version database an empty trials store to plan jobbsmak in', async (fixture) => {
		await seed(fixture as typeof v1);
		const database = await db();
		expect([...database.objectStoreNames]).toContain('trials');
		expect([...database.transaction('trials').objectStore('trials').indexNames]).toEqual(['by-profile']);
		for (const profile of fixture.records.profiles) expect(await listTrials(profile.id)).toEqual([]);
	});

	it('reads version 3 trials and their reflections back through their schemas', async () => {
		const fixture = v3 as unknown as typeof v1;
		for (const media of (fixture.records as { media: FixtureMedia[] }).media) media.sha256 = await sha256Hex(bytesOf(media.bytesBase64));
		await seed(fixture);
		const nora = await listTrials('p-nora');
		expect(nora).toEqual(v3.records.trials.filter((t) => t.profileId === 'p-nora'));
		const answers = (await loadTrialAnswers('p-nora')).get('t-1');
		expect(answers?.days['2026-10-05']?.['tasks']?.value).toEqual(['own_1', 'act_clean']);
		expect(answers?.days['2026-10-05']?.['proud/text']?.value).toBe('Jeg redde 10 senger.');
		expect(answers?.notes['day/2026-10-05']?.answeredBy).toEqual({ kind: 'helper', role: 'teacher', name: 'Kari' });
		expect(answers?.after['work_here']?.value).toBe('yes');
	});

	it.each([v1, v2, v3])('gives a version $version database an empty store for local content packs, and keeps its trials', async (fixture) => {
		await seed(fixture as typeof v1);
		const database = await db();
		expect([...database.objectStoreNames]).toContain('content-packs');
		expect(await listPacks()).toEqual([]);
		const trials = (fixture.records as { trials?: { profileId: string }[] }).trials ?? [];
		for (const profile of fixture.records.profiles) expect((await listTrials(profile.id)).length).toBe(trials.filter((t) => t.profileId === profile.id).length);
	});

	it('reads a version 4 content pack back through its schema', async () => {
		const fixture = v4 as unknown as typeof v1;
		for (const media of (fixture.records as { media: FixtureMedia[] }).media) media.sha256 = await sha256Hex(bytesOf(media.bytesBase64));
		await seed(fixture);
		const packs = await listPacks();
		expect(packs).toEqual(v4.records['content-packs']);
		expect(packs[0]?.pack.dates.map((d) => d.when)).toEqual([{ date: '02-01' }, { week: 41 }]);
	});

	it.each([v1, v2, v3, v4])('gives a version $version database empty stores for plan steps, plan versions, meetings and CV lines', async (fixture) => {
		await seed(fixture as typeof v1);
		const database = await db();
		for (const name of ['plan-steps', 'plan-versions', 'meetings', 'cv-entries'] as const) {
			expect([...database.transaction(name).objectStore(name).indexNames]).toEqual(['by-profile']);
			expect(await database.count(name)).toBe(0);
		}
		expect(await listProfiles()).toEqual(fixture.records.profiles);
	});

	it('reads version 5 plan steps, plan versions, meetings and CV lines back through their schemas', async () => {
		const fixture = v5 as unknown as typeof v1;
		for (const media of (fixture.records as { media: FixtureMedia[] }).media) media.sha256 = await sha256Hex(bytesOf(media.bytesBase64));
		await seed(fixture);
		const steps = await listPlanSteps('p-nora');
		expect(steps.map((s) => s.what)).toEqual(['Søke jobbsmak på Meny', 'Øve på bussen']);
		expect(steps[1]!.source).toEqual({ kind: 'meeting', meetingId: 'mt-1' });
		const database = await db();
		for (const [store, schema] of [['plan-versions', PlanVersion], ['meetings', Meeting], ['cv-entries', CvEntry]] as const) {
			const records = await database.getAll(store);
			expect(records.length, store).toBe(1);
			for (const record of records) expect(schema.safeParse(record).success, store).toBe(true);
		}
	});

	it.each([v1, v2, v3, v4, v5])('gives a version $version database empty stores for the device, picture-code tries and restore undo', async (fixture) => {
		await seed(fixture as typeof v1);
		const database = await db();
		expect(await database.count('device')).toBe(0);
		for (const name of ['code-tries', 'restore-undo'] as const) {
			expect([...database.transaction(name).objectStore(name).indexNames]).toEqual(['by-profile']);
			expect(await database.count(name)).toBe(0);
		}
		expect(await listProfiles()).toEqual(fixture.records.profiles);
	});

	it('reads the version 6 adult code, its wrong tries and a person\'s wrong tries back through their schemas', async () => {
		const fixture = v6 as unknown as typeof v1;
		for (const media of (fixture.records as { media: FixtureMedia[] }).media) media.sha256 = await sha256Hex(bytesOf(media.bytesBase64));
		await seed(fixture);
		const [code, tries] = v6.records.device;
		expect(await readAdultCode()).toEqual(code);
		// An hour after the fixture's last wrong tries, on a right clock: read as stored, nothing rewritten.
		const later = v6.records['code-tries'][0]!.lastFailureAt + 3600_000;
		expect(await adultCodeTries.read(later)).toEqual({ failures: tries!.failures, lastFailureAt: tries!.lastFailureAt });
		expect(await pictureCodeTries('p-nora').read(later)).toEqual({ failures: 5, lastFailureAt: v6.records['code-tries'][0]!.lastFailureAt });
		expect(await pictureCodeTries('p-jonas').read(later)).toEqual({ failures: 0, lastFailureAt: 0 });
		expect(await currentRevision()).toBe(30);
	});

	it('turns version 6 plan steps taken from a card into the card, in any language, and keeps the person\'s own words', async () => {
		const fixture = structuredClone(v6) as unknown as typeof v1 & { records: Record<string, Record<string, unknown>[]> };
		for (const media of (fixture.records as unknown as { media: FixtureMedia[] }).media) media.sha256 = await sha256Hex(bytesOf(media.bytesBase64));
		const steps = fixture.records['plan-steps']!;
		steps[0] = { ...steps[0]!, what: 'Call NAV' };
		steps[1] = { ...steps[1]!, what: '  Søke om jobbsmak ' };
		steps.push({ ...steps[0]!, id: 's-9', what: 'Ringe NAV om jobb' });
		const version = fixture.records['plan-versions']![0]! as { snapshot: { steps: Record<string, unknown>[] } };
		version.snapshot.steps = [{ ...version.snapshot.steps[0], what: 'Besøkje ein arbeidsplass' }];
		await seed(fixture as typeof v1);
		const stored = await listPlanSteps('p-nora');
		expect(stored.map((s) => [s.id, s.what, s.idea ?? null]).sort()).toEqual([
			['s-1', '', 'call_nav'],
			['s-2', '', 'apply_trial'],
			['s-9', 'Ringe NAV om jobb', null]
		]);
		const [saved] = await (await db()).getAll('plan-versions');
		expect(PlanVersion.parse(saved).snapshot.steps.map((s) => [s.what, s.idea])).toEqual([['', 'visit_work']]);
	});
});
