import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import { packText, type ContentPack } from './pack-schema';
import { nextOccurrence } from './year';
import { whenLabel } from './year-labels';

/** One line under a card's heading: a sentence, a line with its symbol, or an address to copy. */
export interface PackLine {
	text: string;
	symbol?: SymbolId;
	/** A web address or e-mail: text to read or copy, not a link out of the offline app; long ones wrap. */
	address?: boolean;
}

/** An offer, a date or a contact, as its card says it. */
export interface PackCard {
	id: string;
	symbol: SymbolId;
	title: string;
	/** What "Les opp" says. */
	spoken: string;
	lines: PackLine[];
	/** Where the pack says the fact comes from: "Kilde: …" for helpers, when the pack gives it. */
	source?: string;
}

/** A stored pack as "Tilbud der du bor" shows it, in the reader's language. */
export interface PackView {
	id: string;
	name: string;
	example: boolean;
	offers: PackCard[];
	dates: PackCard[];
	contacts: PackCard[];
}

/** The adults' change meetings a pack puts in given weeks (`adults.changeMeetingWeeks`), one card a week. */
function changeMeetingCards(pack: ContentPack, locale: Locale, today: string): PackCard[] {
	const o = { locale };
	return (pack.adults?.changeMeetingWeeks ?? []).map((week) => {
		const title = m.info_year_change_week_title({}, o);
		const when = whenLabel({ week }, nextOccurrence({ week }, today), locale);
		const about = m.info_year_change_week_text({}, o);
		const lines: PackLine[] = [{ text: when, symbol: 'doc_calendar' }, { text: about }];
		return { id: `adults-change-${week}`, symbol: 'doc_people_table', title, spoken: spoken(title, when, about), lines, ...(pack.adults?.source ? { source: pack.adults.source } : {}) };
	});
}

const spoken = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('. ');

export function packView(pack: ContentPack, locale: Locale, today: string): PackView {
	const say = (t: Parameters<typeof packText>[0]) => packText(t, locale);
	const o = { locale };
	return {
		id: pack.id,
		name: say(pack.name),
		example: !!pack.example,
		offers: pack.offers.map((offer) => {
			const title = say(offer.name);
			const what = say(offer.what);
			const ask = offer.contact ? say(offer.contact) : null;
			const lines: PackLine[] = [{ text: what }];
			if (ask) lines.push({ text: ask, symbol: 'sup_help' });
			if (offer.web) lines.push({ text: m.info_local_web({ address: offer.web }, o), address: true });
			return { id: offer.id, symbol: offer.symbol as SymbolId, title, spoken: spoken(title, what, ask), lines, ...(offer.source ? { source: offer.source } : {}) };
		}),
		dates: [
			...pack.dates.map((date) => {
				const title = say(date.title);
				const when = whenLabel(date.when, nextOccurrence(date.when, today), locale);
				const about = date.text ? say(date.text) : null;
				const lines: PackLine[] = [{ text: when, symbol: 'doc_calendar' }];
				if (about) lines.push({ text: about });
				return { id: date.id, symbol: date.symbol as SymbolId, title, spoken: spoken(title, when, about), lines, ...(date.source ? { source: date.source } : {}) };
			}),
			...changeMeetingCards(pack, locale, today)
		],
		contacts: pack.contacts.map((contact) => {
			const title = say(contact.name);
			const what = contact.what ? say(contact.what) : null;
			const lines: PackLine[] = [];
			if (what) lines.push({ text: what });
			if (contact.phone) lines.push({ text: m.info_local_phone({ phone: contact.phone }, o), symbol: 'doc_phone' });
			if (contact.email) lines.push({ text: m.info_local_email({ email: contact.email }, o), address: true });
			if (contact.web) lines.push({ text: m.info_local_web({ address: contact.web }, o), address: true });
			return { id: contact.id, symbol: contact.symbol as SymbolId, title, spoken: spoken(title, what), lines };
		})
	};
}
