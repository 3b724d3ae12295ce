import { describe, expect, it, vi } from 'vitest';
import { m } from '$lib/paraglide/messages';
import StepItem from './StepItem.svelte';
import PartView from './PartView.svelte';
import type { StepSnapshot } from '../schema';
import { mounter } from '../../../../../tests/unit/mount';

const render = mounter();

const step: StepSnapshot = {
	id: 's1',
	what: 'Søke jobbsmak på Meny',
	who: { role: 'teacher', name: 'Kari' },
	due: '2026-12-04',
	done: false,
	source: { kind: 'meeting', meetingId: 'mt-1' },
	answeredBy: { kind: 'helper', role: 'teacher', name: 'Kari' }
};

describe('a plan step', () => {
	it('says what, by when with the weekday, who helps, that it came from the meeting and who wrote it', () => {
		const el = render(StepItem as never, { step, locale: 'nb', today: '2026-11-26' });
		const text = el.textContent ?? '';
		expect(el.querySelector('h3')?.textContent).toBe('Søke jobbsmak på Meny');
		expect(text).toContain('Innen fredag 4. desember');
		expect(text).toContain('Lærer Kari hjelper.');
		expect(text).toContain(m.plan_step_from_meeting());
		expect(text).toContain(m.planned_by_helper({ helper: 'Kari, lærer' }));
		// Read only (a saved plan): nothing to tick or change.
		expect(el.querySelector('input, a, button[data-voice]')).toBeNull();
		expect(text).not.toContain(m.plan_step_late());
	});

	it('ticks off with a real checkbox named by the step, and warns when the date has passed', () => {
		const ondone = vi.fn();
		const el = render(StepItem as never, { step: { ...step, source: { kind: 'plan' } }, locale: 'nb', today: '2026-12-10', ondone, ondelete: () => {} });
		const box = el.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
		expect(box.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`${m.plan_step_done()}: Søke jobbsmak på Meny`);
		expect(el.textContent).toContain(m.plan_step_late());
		expect(el.textContent).not.toContain(m.plan_step_from_meeting());
		box.click();
		expect(ondone).toHaveBeenCalledWith(true);
		expect(el.querySelector('a')?.getAttribute('href')).toBe('/plan/step?id=s1');
	});
});

describe('a part of the plan', () => {
	it("marks a helper's words as the helper's", () => {
		const el = render(PartView as never, {
			part: 'few_years',
			answers: { cards: ['apprentice'], cardsBy: { kind: 'self' }, text: 'Bo for meg selv.', textBy: { kind: 'helper', role: 'parent', name: 'Mamma' }, voice: false },
			jobs: [],
			locale: 'nb'
		});
		expect(el.querySelector('li')?.textContent).toBe(m.plan_goal_apprentice());
		expect(el.querySelector('[data-testid="answered-by"]')?.textContent).toBe(m.answered_by_helper({ helper: 'Mamma, forelder' }));
		expect(el.querySelector('[data-by="helper"]')?.textContent).toContain('Bo for meg selv.');
	});
});
