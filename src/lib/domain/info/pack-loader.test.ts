import { describe, expect, it } from 'vitest';
import { PACK_FORMAT } from './pack-schema';
import { PacksState } from './packs.svelte';
import { PackLoader } from './pack-loader.svelte';
import { packView } from './pack-view';

const asker = {
	format: PACK_FORMAT,
	version: 1,
	id: 'asker',
	name: { nb: 'Asker', en: 'Asker municipality' },
	municipality: 'Asker',
	offers: [{ id: 'verksted', symbol: 'act_build', name: 'Verkstedet', what: 'Her lager du ting av tre.', contact: 'Spør NAV.', web: 'asker.kommune.no' }],
	dates: [{ id: 'messe', symbol: 'doc_meeting', title: 'Jobbmesse', when: { week: 41 } }],
	contacts: [{ id: 'nav', symbol: 'sup_help', name: 'NAV Asker', phone: '55 55 33 33', email: 'nav@asker.no' }]
};
const file = (content: unknown, name = 'asker.json') => new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

async function loader() {
	const packs = new PacksState();
	await packs.load();
	return new PackLoader(() => 'nb', packs, '2026-09-15');
}

describe('PackLoader: "Tilbud der du bor"', () => {
	it('loads a file, says which pack came, and shows its offers, dates and contacts as cards', async () => {
		const page = await loader();
		await page.loadFile(file(asker));
		expect([page.loadedName, page.problemText]).toEqual(['Asker', null]);
		const view = page.shown[0]!.view;
		expect(view.offers[0]).toMatchObject({ title: 'Verkstedet', spoken: expect.stringMatching(/^Verkstedet\. Her lager du ting av tre.*Spør NAV\.$/) });
		expect(view.offers[0]?.lines.map((l) => [l.symbol ?? null, !!l.address])).toEqual([
			[null, false],
			['sup_help', false],
			[null, true]
		]);
		expect(view.dates[0]?.lines[0]).toMatchObject({ symbol: 'doc_calendar', text: expect.stringMatching(/^Uke 41: /) });
		expect(view.contacts[0]?.lines.map((l) => l.symbol ?? (l.address ? 'address' : 'text'))).toEqual(['doc_phone', 'address']);
	});

	it('says plainly what is wrong with a file, and stores nothing', async () => {
		const page = await loader();
		await page.loadFile(file('not json'));
		expect(page.problem).toBe('not-json');
		expect(page.problemText).toBeTruthy();
		await page.loadFile(file({ ...asker, format: 'other' }));
		expect(page.problem).toBe('not-a-pack');
		expect(page.shown).toEqual([]);
	});

	it('asks before a file replaces a pack with the same id; "Behold" keeps the old one, "Bytt ut" the new', async () => {
		const page = await loader();
		await page.loadFile(file(asker));
		await page.loadFile(file({ ...asker, name: 'Asker (ny)' }));
		expect(page.replacedName).toBe('Asker');
		expect(page.loadedName).toBeNull();
		page.keepOld();
		expect(page.replacedName).toBeNull();
		expect(page.shown.map((p) => p.view.name)).toEqual(['Asker']);
		await page.loadFile(file({ ...asker, name: 'Asker (ny)' }));
		await page.replace();
		expect(page.shown.map((p) => p.view.name)).toEqual(['Asker (ny)']);
	});

	it('removes a pack, and "Angre" brings it back', async () => {
		const page = await loader();
		await page.loadFile(file(asker));
		page.remove('asker', 'Asker');
		await expect.poll(() => page.shown.length).toBe(0);
		expect(page.removedName).toBe('Asker');
		await page.undo();
		expect(page.shown.map((p) => p.id)).toEqual(['asker']);
	});

	it('reads a pack in the reader\'s language, bokmål where it has nothing else', () => {
		const view = packView({ ...asker, example: true } as Parameters<typeof packView>[0], 'en', '2026-09-15');
		expect([view.name, view.example, view.offers[0]?.title]).toEqual(['Asker municipality', true, 'Verkstedet']);
	});
});
