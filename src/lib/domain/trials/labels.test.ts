import { describe, expect, it } from 'vitest';
import symbolMap from '$lib/symbols/symbol-map.json';
import { LOCALES } from '$lib/i18n/locale';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { JOBS } from '$lib/domain/interests/catalogue';
import { FACES, HELP_KINDS, PLACE_TAGS, SYMBOLS, TIREDNESS, TOPICS, TRANSPORTS, TRIAL_KINDS, YES_MAYBE_NO } from './schema';
import { AFTER_QUESTIONS, BEFORE_QUESTIONS, DAY_QUESTIONS, questionTitle } from './questions';
import {
	faceLabel,
	helpLabel,
	jobTitle,
	kindExplained,
	kindLabel,
	noteTitle,
	placeLabel,
	taskLabel,
	taskSymbol,
	tirednessLabel,
	topicLabel,
	transportLabel,
	trialSymbol,
	yesMaybeNoLabel
} from './labels';

describe('words and symbols for every choice', () => {
	it('uses only symbols that exist in the symbol map', () => {
		const known = new Set(Object.keys(symbolMap));
		const used = Object.values(SYMBOLS).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
		for (const id of used) expect(known.has(id), id).toBe(true);
	});

	it('has a label in every language for every id', () => {
		for (const locale of LOCALES) {
			const labels = [
				...TRIAL_KINDS.map((k) => kindLabel(k, locale)),
				...TRIAL_KINDS.map((k) => kindExplained(k, locale)),
				...TRANSPORTS.map((t) => transportLabel(t, locale)),
				...FACES.map((f) => faceLabel(f, locale)),
				...YES_MAYBE_NO.map((v) => yesMaybeNoLabel(v, locale)),
				...TIREDNESS.map((v) => tirednessLabel(v, locale)),
				...PLACE_TAGS.map((v) => placeLabel(v, locale)),
				...HELP_KINDS.map((v) => helpLabel(v, locale)),
				...TOPICS.map((v) => topicLabel(v, locale)),
				...[...BEFORE_QUESTIONS, ...DAY_QUESTIONS, ...AFTER_QUESTIONS].map((q) => questionTitle(q.id, locale))
			];
			for (const label of labels) {
				expect(label.trim().length).toBeGreaterThan(0);
				expect(label).not.toMatch(/^[a-z_]+$/); // an id shown instead of words
			}
			expect(new Set(labels).size).toBeGreaterThan(40);
		}
		expect(questionTitle('liked:act_cook', 'nb')).toBe('Likte du dette?');
	});

	it('explains each kind of trial in one easy sentence', () => {
		for (const kind of TRIAL_KINDS) expect(checkEasyRead(kindExplained(kind, 'nb'))).toEqual([]);
	});

	it('names tasks, jobs and trials', () => {
		const trial = { ownTasks: [{ id: 'own_1', label: 'Re senger' }] };
		expect(taskLabel('act_cook', trial, 'nb')).toBe('Lage mat');
		expect(taskLabel('own_1', trial, 'en')).toBe('Re senger');
		expect(taskSymbol('act_cook')).toBe('act_cook');
		expect(taskSymbol('own_1')).toBe('ui_edit');
		expect(jobTitle({ job: { kind: 'catalogue', jobId: 'hotel_room_attendant' } }, JOBS, 'en')).toBe('Hotel room attendant');
		expect(jobTitle({ job: { kind: 'own', title: 'Hundepasser' } }, JOBS, 'en')).toBe('Hundepasser');
		expect(jobTitle({}, JOBS, 'nb')).toBeNull();
		expect(trialSymbol({ kind: 'praksis' }, JOBS)).toBe('trial_praksis');
	});

	it('heads a helper’s note with who wrote it', () => {
		expect(noteTitle({ kind: 'helper', role: 'teacher' }, 'nb')).toBe('Lærer sin kommentar');
		expect(noteTitle({ kind: 'helper', role: 'teacher', name: 'Kari' }, 'nb')).toBe('Kommentar fra Kari, lærer');
		expect(noteTitle({ kind: 'helper', role: 'parent' }, 'en')).toBe('Comment from the parent');
		expect(noteTitle({ kind: 'self' }, 'nb')).toBe('');
	});
});
