import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';

type Fact = { symbol: SymbolId; text: string };
const fact = (symbol: SymbolId, text: () => string): Fact => ({ symbol, text: text() });

/** "Om appen": what happens to the person's data, said one fact at a time. */
export function dataFacts(): Fact[] {
	return [
		fact('doc_phone', m.about_data_1),
		fact('ui_privacy', m.about_data_2),
		fact('ui_lock', m.about_data_3),
		fact('doc_photo', m.about_data_4),
		fact('ui_warning', m.about_data_5),
		fact('ui_storage', m.about_data_6),
		fact('ui_lock', m.about_data_7),
		fact('ui_unlock', m.about_data_8),
		// What the picture code is, and is not, and what an adult code adds on a shared tablet.
		fact('ui_lock', m.about_data_13),
		fact('ui_privacy', m.about_data_14),
		fact('ui_key', m.about_data_15),
		fact('ui_key', m.about_data_16),
		fact('ui_warning', m.about_data_17),
		fact('ui_switch_person', m.about_data_9),
		fact('ui_delete', m.about_data_10),
		fact('doc_school', m.about_data_11),
		fact('doc_share', m.about_data_12)
	];
}

/** How to put the app on the home screen. */
export function installFacts(): Fact[] {
	return [fact('ui_done', m.about_install_1), fact('doc_phone', m.about_install_2), fact('doc_phone', m.about_install_3)];
}
