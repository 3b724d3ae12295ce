import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/i18n/dates';
import type { Locale } from '$lib/i18n/locale';
import type { SymbolId } from '$lib/symbols/registry';
import type { Profile } from './schema';

/** The symbol a person chose for themself; a photo person shows "me" until the photo is read. */
export function profileSymbol(profile: Profile): SymbolId {
	return (profile.picture.kind === 'symbol' ? profile.picture.symbol : 'doc_me') as SymbolId;
}

/** Under a person restored beside someone of the same name: where this one came from. */
export function fromBackupText(profile: Profile, locale: Locale): string | undefined {
	if (!profile.fromBackup) return undefined;
	const day = profile.fromBackup.madeOn;
	return day ? m.restore_from_backup({ date: formatDate(day, locale) }) : m.restore_from_backup_undated();
}
