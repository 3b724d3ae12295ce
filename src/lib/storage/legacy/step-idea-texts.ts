/**
 * The words each plan step card had in every language up to database version 6 (and backup version 1),
 * as upgrades find them stored: a step taken from a card was stored as the card's words in the screen's
 * language. A record of what was released, like the upgrades that read it: never edited.
 */
const STEP_IDEA_TEXTS_V6: Record<string, readonly string[]> = {
	apply_trial: ['Søke om jobbsmak', 'Søkje om jobbsmak', 'Ask for a job taster'],
	practise_bus: ['Øve på å ta bussen', 'Practise taking the bus'],
	call_nav: ['Ringe NAV', 'Call NAV'],
	visit_work: ['Besøke en arbeidsplass', 'Besøkje ein arbeidsplass', 'Visit a workplace'],
	make_cv: ['Lage CV-en min', 'Make my CV'],
	apply_school: ['Søke på folkehøgskole', 'Søkje på folkehøgskule', 'Apply to a folk high school']
};

function ideaOf(what: unknown): string | null {
	if (typeof what !== 'string') return null;
	const text = what.trim();
	for (const [idea, texts] of Object.entries(STEP_IDEA_TEXTS_V6)) if (texts.includes(text)) return idea;
	return null;
}

/**
 * A stored step (a plan step, or a step in a saved plan) whose words are a card's words: the card's id
 * instead, so it is written in each reader's language. Words that match no card are the person's own
 * and stay as they are; the same object is returned when nothing changes.
 */
export function stepAsIdea<T extends Record<string, unknown>>(step: T): T {
	const idea = ideaOf(step['what']);
	return idea && step['idea'] === undefined ? { ...step, what: '', idea } : step;
}

/** A saved plan version with its steps as cards where they were cards; the same object when none was. */
export function versionAsIdeas<T extends Record<string, unknown>>(version: T): T {
	const snapshot = version['snapshot'] as { steps?: unknown } | undefined;
	const steps = snapshot?.steps;
	if (!Array.isArray(steps)) return version;
	const next = steps.map((s) => (s && typeof s === 'object' ? stepAsIdea(s as Record<string, unknown>) : s));
	return next.some((s, i) => s !== steps[i]) ? { ...version, snapshot: { ...snapshot, steps: next } } : version;
}
