import { m } from '$lib/paraglide/messages';
import type { Journey } from '$lib/domain/journey/journey';
import { CHANGE_CARDS, CHANGE_PARTS, CHANGE_PREFIX, type ChangePart } from './schema';
import { CHANGE_PART_SYMBOL, changeCardLabel, changePartTitle } from './labels';

/**
 * "Jeg vil prøve noe annet" as a journey ([Note: journeys as data]). Where the person is now and the
 * jobs they want are fields of its own (ChangeState); what they tried is read from their trials.
 */
export const CHANGE_JOURNEY: Journey<ChangePart> = {
	id: 'change',
	prefix: CHANGE_PREFIX,
	parts: CHANGE_PARTS.map((part) => ({
		id: part,
		title: (locale) => changePartTitle(part, locale),
		hint: (locale) => m.change_part_hint({}, { locale }),
		symbol: CHANGE_PART_SYMBOL[part],
		cards: CHANGE_CARDS[part].map((card) => ({ ...card, label: (locale) => changeCardLabel(part, card.id, locale) })),
		choice: 'many',
		ownWords: true,
		voice: true
	})),
	home: { href: '/change', title: (locale) => m.change_title({}, { locale }), symbol: 'chg_why' },
	notFound: (locale) => m.change_not_found({}, { locale }),
	said: {
		on: (card, locale) => m.change_card_on({ card }, { locale }),
		off: (card, locale) => m.change_card_off({ card }, { locale }),
		saved: (locale) => m.change_saved({}, { locale })
	}
};
