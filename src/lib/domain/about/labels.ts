import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { AboutPart } from './schema';

type Opt = { locale?: Locale };
type Message = (inputs: Record<string, never>, options: Opt) => string;
const o = (locale?: Locale): Opt => (locale ? { locale } : {});

/** "Det folk liker ved meg", "Det som er viktig for meg", "Slik hjelper du meg best". */
export function partTitle(part: AboutPart, locale?: Locale): string {
	return { liked_for: m.me_part_liked_for, important: m.me_part_important, support: m.me_part_support }[part]({}, o(locale));
}

/** The symbol of each part on the overview. */
export const PART_SYMBOL: Record<AboutPart, SymbolId> = { liked_for: 'me_happy', important: 'imp_family', support: 'sup_help' };

// Spelled out (not looked up by a built key) so the build keeps only the messages this page uses.
const CARD_LABELS: Record<AboutPart, Record<string, Message>> = {
	liked_for: {
		kind: m.me_card_liked_for_kind,
		happy: m.me_card_liked_for_happy,
		funny: m.me_card_liked_for_funny,
		helpful: m.me_card_liked_for_helpful,
		hardworking: m.me_card_liked_for_hardworking,
		on_time: m.me_card_liked_for_on_time,
		tidy: m.me_card_liked_for_tidy,
		careful: m.me_card_liked_for_careful,
		calm: m.me_card_liked_for_calm,
		good_with_people: m.me_card_liked_for_good_with_people,
		good_with_animals: m.me_card_liked_for_good_with_animals,
		ideas: m.me_card_liked_for_ideas,
	},
	important: {
		family: m.me_card_important_family,
		friends: m.me_card_important_friends,
		music: m.me_card_important_music,
		sport: m.me_card_important_sport,
		animals: m.me_card_important_animals,
		food: m.me_card_important_food,
		games: m.me_card_important_games,
		learning: m.me_card_important_learning,
		outdoors: m.me_card_important_outdoors,
		quiet: m.me_card_important_quiet,
		routines: m.me_card_important_routines,
		own_money: m.me_card_important_own_money,
	},
	support: {
		one_thing: m.me_card_support_one_thing,
		show_me: m.me_card_support_show_me,
		checklist: m.me_card_support_checklist,
		same_routine: m.me_card_support_same_routine,
		breaks: m.me_card_support_breaks,
		contact_person: m.me_card_support_contact_person,
		talk_calmly: m.me_card_support_talk_calmly,
		quiet_place: m.me_card_support_quiet_place,
		early_notice: m.me_card_support_early_notice,
		travel_training: m.me_card_support_travel_training,
	}
};

/** The label of a card, e.g. "Jeg er snill". Unknown ids read as themselves (the rules drop them first). */
export function cardLabel(part: AboutPart, id: string, locale?: Locale): string {
	return CARD_LABELS[part][id]?.({}, o(locale)) ?? id;
}
