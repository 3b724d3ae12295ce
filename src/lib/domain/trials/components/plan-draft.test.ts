import { describe, expect, it } from 'vitest';
import { Trial } from '../schema';
import { draftFromTrial, draftToInput, emptyDraft, partChange, readDraft } from './plan-draft';

describe('plan draft', () => {
	it('needs only the kind and one day', () => {
		expect(draftToInput(emptyDraft())).toBeNull();
		expect(draftToInput({ ...emptyDraft(), kind: 'jobbsmak' })).toBeNull();
		expect(draftToInput({ ...emptyDraft(), kind: 'jobbsmak', days: ['2026-03-03'] })).toEqual({ kind: 'jobbsmak', days: ['2026-03-03'] });
	});

	it('turns every part into what the schema stores, trimmed', () => {
		const input = draftToInput({
			kind: 'hospitering',
			jobId: 'stable_hand',
			ownTitle: 'ignored when a job is chosen',
			workplace: '  Scandic Bergen ',
			days: ['2026-03-04', '2026-03-03'],
			startTime: '09:00',
			transport: 'bus',
			contactName: 'Kari',
			contactPhone: 'not a number',
			willDo: 'Re senger',
			findOut: ''
		});
		expect(input).toEqual({
			kind: 'hospitering',
			job: { kind: 'catalogue', jobId: 'stable_hand' },
			workplace: 'Scandic Bergen',
			days: ['2026-03-03', '2026-03-04'],
			startTime: '09:00',
			transport: 'bus',
			contact: { name: 'Kari' },
			willDo: 'Re senger'
		});
		const now = { id: 't1', profileId: 'p', ownTasks: [], answeredBy: { kind: 'self' }, createdRev: 1, rev: 1, ...input };
		expect(Trial.safeParse(now).success).toBe(true);
	});

	it('clears a part the person emptied', () => {
		expect(partChange('workplace', emptyDraft())).toEqual({ workplace: undefined });
		expect(partChange('job', { ...emptyDraft(), ownTitle: 'Kokk' })).toEqual({ job: { kind: 'own', title: 'Kokk' } });
		expect(partChange('contact', { ...emptyDraft(), contactName: 'Ola', contactPhone: '+47 900 00 000' })).toEqual({
			contact: { name: 'Ola', phone: '+47 900 00 000' }
		});
	});

	it('opens a stored plan as a draft and survives a bad stored draft', () => {
		const trial = Trial.parse({
			id: 't1',
			profileId: 'p',
			kind: 'jobbsmak',
			job: { kind: 'own', title: 'Kokk' },
			days: ['2026-03-03'],
			ownTasks: [],
			answeredBy: { kind: 'self' },
			createdRev: 1,
			rev: 1
		});
		expect(draftFromTrial(trial)).toMatchObject({ kind: 'jobbsmak', ownTitle: 'Kokk', days: ['2026-03-03'] });
		expect(readDraft('{oops')).toEqual(emptyDraft());
		expect(readDraft(JSON.stringify({ days: ['2026-02-31', '2026-03-03', 4] }))).toMatchObject({ days: ['2026-03-03'] });
	});
});
