import { describe, expect, it, vi } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { announcer } from '$lib/ui/announce.svelte';
import { createProfile } from '$lib/domain/profile/profiles-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { saveAnswer } from '$lib/domain/answers/answers-repo';
import { changeKey } from '$lib/domain/change/schema';
import { ExportScreen } from './export-screen.svelte';
import { loadLast, savePreset } from './selection-repo';

const SELF: AnsweredBy = { kind: 'self' };
/** The live region speaks a moment after announce(). */
const said = () => new Promise((resolve) => setTimeout(resolve, 150));

async function screenForNora(): Promise<ExportScreen> {
	const p = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
	const screen = new ExportScreen(() => p.id);
	await screen.exp!.load('nb');
	return screen;
}

describe('ExportScreen', () => {
	it('goes through who, what, language and the preview; the files are offered only with something to show', async () => {
		const screen = await screenForNora();
		expect([screen.step, screen.previous, screen.next, screen.canMake]).toEqual(['who', null, 'what', false]);
		await screen.exp!.choosePreset('meeting', SELF);
		await screen.go('what');
		expect([screen.index, screen.previous, screen.next]).toEqual([1, 'who', 'language']);
		await screen.go('preview');
		expect([screen.step, screen.next]).toEqual(['preview', null]);
		expect(screen.exp!.doc).not.toBeNull();
		expect(screen.canMake).toBe(!screen.exp!.empty);
	});

	it('makes a file and says so; offline the first time it says the file could not be made', async () => {
		const screen = await screenForNora();
		const file = new File(['%PDF'], 'Nora-Jobbvei.pdf', { type: 'application/pdf' });
		const make = vi.spyOn(screen.exp!, 'makeFile').mockResolvedValueOnce(file);
		const save = vi.fn(async () => true);
		await screen.make('easy_pdf', save);
		expect(save).toHaveBeenCalledWith(file);
		await said();
		expect([screen.busy, screen.failed, announcer.text]).toEqual([null, false, m.export_downloaded()]);

		vi.spyOn(console, 'error').mockImplementation(() => {});
		make.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
		await screen.make('cv_pdf', save);
		await said();
		expect([screen.busy, screen.failed, announcer.text]).toEqual([null, true, m.export_offline()]);
		// Going on to another step clears the message.
		await screen.go('language');
		expect(screen.failed).toBe(false);
	});

	it('opened with ?for=change it shows the preview of the change export, and the person can still go back', async () => {
		const p = await createProfile({ name: 'Jonas', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		await saveAnswer(p.id, changeKey('why', 'text'), 'Jeg vil jobbe i en butikk.', SELF);
		await savePreset(p.id, 'employer', SELF);
		const screen = new ExportScreen(() => p.id);
		const opening = screen.open('nb', SELF, 'change');
		// The preview's step from the start: "Hvem er det til?" does not flash by.
		expect(screen.step).toBe('preview');
		await opening;
		expect(screen.exp!.preset).toBe('change');
		expect(screen.exp!.choice.parts).toEqual(['about', 'trials', 'change']);
		expect(screen.exp!.doc?.sections.map((s) => s.part)).toEqual(['change']);
		expect(JSON.stringify(screen.exp!.doc)).toContain('Jeg vil jobbe i en butikk.');
		expect(screen.canMake).toBe(true);
		expect((await loadLast(p.id)).preset).toBe('change');
		// A second call (the page's effect running again) does not start it over.
		await screen.open('nb', SELF, 'change');
		await screen.go('what');
		expect(screen.step).toBe('what');
	});

	it('an unknown ?for= starts as usual, with the last recipient', async () => {
		const p = await createProfile({ name: 'Nora', picture: { kind: 'symbol', symbol: 'pic_cat' }, locale: 'nb' });
		await savePreset(p.id, 'nav', SELF);
		for (const value of ['evil', null]) {
			const screen = new ExportScreen(() => p.id);
			await screen.open('nb', SELF, value);
			expect([screen.step, screen.exp!.preset, screen.exp!.doc]).toEqual(['who', 'nav', null]);
		}
	});
});
