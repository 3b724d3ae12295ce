import { expect, type Page } from '@playwright/test';
import { hydrated } from '../fixtures';
import { nb } from './messages';
import { seed } from './seed';

/**
 * The card-part journeys ("Om meg", Min plan, "Jeg vil prøve noe annet", Min CV) as the tests meet
 * them: every part lives at `<home>/part?id=<part>` on one shared part screen, and every part's
 * answers are stored under `<prefix><part>[/text|/voice]` (src/lib/domain/journey/journey-keys.ts).
 * One copy of opening a part, writing own words and seeding answers, for every journey test.
 */
export const JOURNEYS = {
	about: { home: '/me', title: 'me_title', notFound: 'me_not_found', parts: ['liked_for', 'important', 'support'] },
	cv: { home: '/cv', title: 'cv_title', notFound: 'cv_not_found', parts: ['contact', 'about', 'skills', 'school', 'experience', 'interests', 'languages', 'travel', 'references'] },
	plan: { home: '/plan', title: 'plan_title', notFound: 'plan_not_found', parts: ['dream_job', 'this_year', 'few_years', 'next_trial'] },
	change: { home: '/change', title: 'change_title', notFound: 'change_not_found', parts: ['now', 'want', 'why', 'help'] }
} as const;
export type JourneyName = keyof typeof JOURNEYS;

export function partUrl(journey: JourneyName, part: string): string {
	return `${JOURNEYS[journey].home}/part?id=${part}`;
}

/** The overview and each part's screen of a journey, in order. */
export function journeyScreens(journey: JourneyName): string[] {
	return [JOURNEYS[journey].home, ...JOURNEYS[journey].parts.map((part) => partUrl(journey, part))];
}

/** Opens one part straight from its address (a bookmark, a reload) and waits until taps count. */
export async function openPart(page: Page, journey: JourneyName, part: string): Promise<void> {
	await page.goto(partUrl(journey, part));
	await hydrated(page);
}

/** Writes the person's own words on a part: opens "Skriv selv" when it is folded away, and leaves the box so it is saved. */
export async function writeOwnWords(page: Page, text: string): Promise<void> {
	const box = page.getByRole('textbox', { name: nb('trial_text_label') });
	if (!(await box.isVisible())) await page.getByRole('button', { name: nb('trial_text_write'), exact: true }).click();
	await expect(box).toBeVisible();
	await box.fill(text);
	await box.blur();
}

export type By = { kind: 'self' } | { kind: 'helper'; role: string; name?: string };
export const SELF: By = { kind: 'self' };

/** One stored answer as answers-repo.ts saveAnswer writes it (seed adds id, profile and revision). */
export function answer(key: string, value: unknown, answeredBy: By = SELF): Record<string, unknown> {
	return { key, value, answeredBy };
}

/** Stores answers by key, all given by the person, so a screen can be opened with answers already given. */
export async function seedAnswers(page: Page, profileId: string, values: Record<string, unknown>, by: By = SELF): Promise<void> {
	await seed(page, profileId, { answers: Object.entries(values).map(([key, value]) => answer(key, value, by)) });
}

/** Records of another store (trials, cv-entries) as their repositories write them, made by the person. */
export async function seedRecords(page: Page, store: string, profileId: string, records: Record<string, unknown>[]): Promise<void> {
	await seed(page, profileId, { [store]: records.map((record) => ({ answeredBy: SELF, ...record })) });
}
