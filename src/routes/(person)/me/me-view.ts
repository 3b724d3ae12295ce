import { m } from '$lib/paraglide/messages';
import type { AboutPage } from '$lib/domain/about/about-rules';
import { isFilled } from '$lib/domain/about/about-rules';
import { aboutCard, type AboutPart } from '$lib/domain/about/schema';
import { cardLabel, partTitle } from '$lib/domain/about/labels';
import { answeredByText, helperOf } from '$lib/domain/answers/helper-label';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';

/** One part of Om meg as the page shows it. */
export interface MePart {
	part: AboutPart;
	title: string;
	filled: boolean;
	cards: { id: string; symbol: SymbolId; label: string }[];
	/** What "Les opp" says: the title, each card and the person's words. */
	spoken: string;
	/** Who gave the answers, when a helper did. */
	helpedBy: string | null;
}

export function mePart(page: AboutPage, part: AboutPart, locale: Locale): MePart {
	const answers = page[part];
	const title = partTitle(part);
	const filled = isFilled(answers);
	const cards = answers.cards.map((id) => ({ id, symbol: aboutCard(part, id)!.symbol, label: cardLabel(part, id, locale) }));
	const spoken = filled ? [title, ...cards.map((c) => c.label), answers.text].filter(Boolean).join('. ') : `${title}. ${m.me_empty_part()}`;
	const helper = helperOf(answers);
	return { part, title, filled, cards, spoken, helpedBy: helper ? answeredByText(helper) : null };
}
