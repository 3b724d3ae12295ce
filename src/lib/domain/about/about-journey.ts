import { m } from '$lib/paraglide/messages';
import type { Journey } from '$lib/domain/journey/journey';
import { ABOUT_CARDS, ABOUT_PARTS, ABOUT_PREFIX, type AboutPart } from './schema';
import { PART_SYMBOL, cardLabel, partTitle } from './labels';

/** "Om meg" as a journey ([Note: journeys as data]): three parts of cards, words and a recording. */
export const ABOUT_JOURNEY: Journey<AboutPart> = {
	id: 'about',
	prefix: ABOUT_PREFIX,
	parts: ABOUT_PARTS.map((part) => ({
		id: part,
		title: (locale) => partTitle(part, locale),
		hint: (locale) => m.me_part_hint({}, { locale }),
		symbol: PART_SYMBOL[part],
		cards: ABOUT_CARDS[part].map((card) => ({ ...card, label: (locale) => cardLabel(part, card.id, locale) })),
		choice: 'many',
		ownWords: true,
		voice: true
	})),
	home: { href: '/me', title: (locale) => m.me_title({}, { locale }), symbol: 'doc_me' },
	notFound: (locale) => m.me_not_found({}, { locale }),
	said: {
		on: (card, locale) => m.me_card_on({ card }, { locale }),
		off: (card, locale) => m.me_card_off({ card }, { locale }),
		saved: (locale) => m.me_saved({}, { locale })
	}
};
