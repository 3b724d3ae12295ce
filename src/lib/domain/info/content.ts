import optionsData from './content/options.json';
import rolesData from './content/roles.json';
import glossaryData from './content/glossary.json';
import yearData from './content/year.json';
import helpersData from './content/helpers.json';
import applyData from './content/apply.json';
import type { ApplyStage, GlossaryEntry, HelperSection, Option, OptionGroup, Role, YearDate } from './content-schema';
import { OPTION_GROUPS } from './content-schema';
import type { Locale } from '$lib/i18n/locale';

import { text } from '../interests/catalogue';

export { text };

/**
 * The information pages' texts ("Informasjon"). Validated with zod when the app is built (vite.config.ts)
 * and in content.test.ts, so the pages can trust them at run time.
 */
export const OPTIONS = optionsData as Option[];
export const ROLES = rolesData as Role[];
export const GLOSSARY = glossaryData as GlossaryEntry[];
/** "Året mitt": the national dates that matter every year. */
export const YEAR_DATES = yearData as YearDate[];
/** "For foreldre, lærere og hjelpere". */
export const HELPERS = helpersData as HelperSection[];
/** "Hva skal vi søke om, hvor og når?": by age, for parents. */
export const APPLY_STAGES = applyData as ApplyStage[];

/** The options in their groups, in the order the list shows them. */
export const OPTIONS_BY_GROUP: { group: OptionGroup; options: Option[] }[] = OPTION_GROUPS.map((group) => ({
	group,
	options: OPTIONS.filter((o) => o.group === group)
}));

export function optionById(id: string | null): Option | undefined {
	return OPTIONS.find((o) => o.id === id);
}

export function roleById(id: string): Role | undefined {
	return ROLES.find((r) => r.id === id);
}

/** The glossary in the alphabetical order of the language being read. */
export function glossaryInOrder(locale: Locale): GlossaryEntry[] {
	return [...GLOSSARY].sort((a, b) => text(a.term, locale).localeCompare(text(b.term, locale), locale));
}

export function glossaryEntry(id: string): GlossaryEntry | undefined {
	return GLOSSARY.find((g) => g.id === id);
}

/** Where a glossary entry lives: the words page scrolls to it (an anchor works offline and prerendered). */
export function glossaryHref(id: string): string {
	return `/info/words#${id}`;
}

/** Where "Vil du prøve dette?" goes. See `TRY_TARGETS`. */
export function tryHref(option: Option): string {
	return option.try === 'plan' ? '/trials/new' : '/trials';
}
