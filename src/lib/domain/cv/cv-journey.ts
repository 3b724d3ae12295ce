import { m } from '$lib/paraglide/messages';
import type { Journey, JourneyPart } from '$lib/domain/journey/journey';
import { CARD_FIELDS, CV_PREFIX, CV_SECTIONS, FIELD_CARDS, SECTION_SYMBOL, type CardField, type CvSection } from './schema';
import { cardLabel, sectionTitle } from './labels';

// Spelled out per field, so each message is called by its name (docs/toolchain.md).
const CARD_WORDS: Record<CardField, Pick<JourneyPart, 'hint' | 'cardsLabel' | 'wordsLabel'>> = {
	skills: { hint: (locale) => m.cv_skills_hint({}, { locale }), cardsLabel: (locale) => m.cv_skills_cards({}, { locale }), wordsLabel: (locale) => m.cv_own_words({}, { locale }) },
	languages: { hint: (locale) => m.cv_languages_hint({}, { locale }), wordsLabel: (locale) => m.cv_languages_own({}, { locale }) },
	travel: { hint: (locale) => m.cv_travel_hint({}, { locale }), wordsLabel: (locale) => m.cv_own_words({}, { locale }) }
};

const isCardField = (section: CvSection): section is CardField => (CARD_FIELDS as readonly string[]).includes(section);

/**
 * Min CV as a journey ([Note: journeys as data]): one part per section. Skills, languages and travel
 * are cards and own words (written, not spoken: a CV is read); the other sections show what the app
 * already knows and ask for the little it cannot know (the CV part page adds those fields).
 */
export const CV_JOURNEY: Journey<CvSection> = {
	id: 'cv',
	prefix: CV_PREFIX,
	parts: CV_SECTIONS.map((section) => ({
		id: section,
		title: (locale) => sectionTitle(section, locale),
		symbol: SECTION_SYMBOL[section],
		choice: 'many',
		voice: false,
		...(isCardField(section)
			? {
					...CARD_WORDS[section],
					cards: FIELD_CARDS[section].map((card) => ({ ...card, label: (locale) => cardLabel(section, card.id, locale) })),
					ownWords: true,
					wordsHint: (locale) => m.cv_own_words_hint({}, { locale })
				}
			: { cards: [], ownWords: false })
	})),
	home: { href: '/cv', title: (locale) => m.cv_title({}, { locale }), symbol: 'doc_cv' },
	notFound: (locale) => m.cv_not_found({}, { locale }),
	said: {
		on: (card, locale) => m.change_card_on({ card }, { locale }),
		off: (card, locale) => m.change_card_off({ card }, { locale }),
		saved: (locale) => m.cv_saved({}, { locale })
	}
};
