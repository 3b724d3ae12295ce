/**
 * One word per concept (docs/easy-read.md): a person who reads little learns a word once, and a
 * second word for the same thing reads as a second thing. These are the bokmål words the app uses,
 * each with the words it does not use for the same concept. `terms.test.ts` scans every bokmål text
 * (messages, the job catalogue, the info pages) and names each text that uses a banned word.
 */
export interface Term {
	/** The word the app uses. */
	preferred: string;
	/** Other words for the same concept. A banned word also matches its longer forms ("jobbveilederen"). */
	banned: string[];
	/** Why this word, for the developer who comes next. */
	why: string;
}

export const TERMS: Term[] = [
	{
		preferred: 'jobbspesialist',
		banned: ['jobbveileder', 'jobbcoach', 'jobb-coach'],
		// The same helper had three names across the screens (the helper list, the plan, the change
		// cards). Jobbspesialist is what the people doing this work in Norway are called now.
		why: 'The person who helps you find a job, and helps you and the boss once you have started.'
	},
	{
		preferred: 'koordinator',
		banned: ['overgangsansvarlig'],
		// Some municipalities name an "overgangsansvarlig" for the move from school, and advise that the
		// koordinator is that same person. The koordinator is the role every municipality must offer by
		// law, and the word the meeting already used, so a person meets one name for one helper.
		why: 'One person who makes everyone who helps you work together, also from school to adult life.'
	},
	{
		preferred: 'tilpasset jobb',
		banned: ['tilrettelagt jobb'],
		// VTO is "tilpasset jobb i en vanlig bedrift"; VTA is "tilrettelagt bedrift". "Tilrettelagt jobb"
		// for VTO made the two read as one.
		why: 'An adapted, permanent job at an ordinary company (VTO), kept apart from a VTA company.'
	},
	{
		preferred: 'tilrettelagt bedrift',
		banned: ['skjermet virksomhet', 'skjermet bedrift', 'vernet bedrift', 'vernet arbeid'],
		why: 'A VTA company. The old words for it sound like a place to hide people away.'
	},
	{
		preferred: 'hyggelig',
		banned: ['snill'],
		why: 'About adults at work and in a CV: "snill" is what one says about a child.'
	},
	{
		preferred: 'PC',
		banned: ['datamaskin'],
		why: 'The card says "Bruke PC"; the jobs and the help texts say PC too.'
	}
];

export interface BannedHit {
	banned: string;
	preferred: string;
}

function escape(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A banned word at the start of a word, in any case, with any ending: "Jobbveilederen", "snille". */
const PATTERNS = TERMS.flatMap((term) =>
	term.banned.map((banned) => ({ banned, preferred: term.preferred, re: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(banned)}`, 'iu') }))
);

/** Every banned word in a text, with the word to use instead. */
export function bannedWordsIn(text: string): BannedHit[] {
	return PATTERNS.filter((p) => p.re.test(text)).map(({ banned, preferred }) => ({ banned, preferred }));
}
