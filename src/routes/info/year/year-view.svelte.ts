import { m } from '$lib/paraglide/messages';
import { localToday } from '$lib/i18n/dates';
import type { Locale } from '$lib/i18n/locale';
import { saveFile } from '$lib/files/save-file';
import { announce } from '$lib/ui/announce.svelte';
import type { ContentPack } from '$lib/domain/info/pack-schema';
import { buildYear, mergeRecurring, personDates, type PersonDate, type YearItem } from '$lib/domain/info/year';
import { yearIcs, yearIcsFileName } from '$lib/domain/info/year-ics';
import { itemIcsEvent } from '$lib/domain/info/year-labels';
import { datesFor, monthEvents, monthTiles, nationalDates, packDates, prefixWheel, yearParts, yearWords } from '$lib/domain/info/year-screen';
import type { Audience } from '$lib/domain/profile/situation';
import { planFor } from '$lib/domain/plan/plan.svelte';
import { planStepDates } from '$lib/domain/plan/plan-rules';
import { trialsFor } from '$lib/domain/trials/trials.svelte';
import { icsFileName } from '$lib/domain/trials/trial-calendar';
import { trialHref, trialName } from '$lib/domain/trials/components/trial-view';

/** Where the wheel's dates come from: the reader's language, the device's packs and the person, if any. */
export interface YearSources {
	locale: () => Locale;
	packs: () => readonly { pack: ContentPack }[];
	/** The person whose jobbsmak days and plan steps are shown too; the wheel works without one. */
	personId: () => string | null;
	/** Whose year to show: a pupil's, an adult's, or both (not said yet, or nobody chosen). */
	audience: () => Audience;
}

/**
 * "Året mitt" for whoever reads it: the national dates, the local packs' dates and, with a person
 * chosen, their jobbsmak days and the dated steps of "Min plan" — twelve months from today.
 */
export class YearView {
	readonly today: string;
	readonly #sources: YearSources;

	readonly #trials = $derived.by(() => {
		const id = this.#sources.personId();
		return id ? trialsFor(id) : null;
	});
	readonly #plan = $derived.by(() => {
		const id = this.#sources.personId();
		return id ? planFor(id) : null;
	});
	readonly #mine = $derived.by((): PersonDate[] => {
		const trials = this.#trials;
		if (!trials?.loaded) return [];
		const locale = this.#sources.locale();
		return trials.list.map(({ trial, symbol }) => ({ id: trial.id, symbol, title: trialName(trial, trials.allJobs, locale), days: trial.days, source: 'trial', href: trialHref(trial.id) }));
	});
	/** See [Note: plan steps hook]: the dated steps of "Min plan" that are still to do. */
	readonly #planSteps = $derived.by(() => (this.#plan?.loaded ? planStepDates(this.#plan.steps, this.#sources.locale()) : []));

	/**
	 * The school year, the adults' year, or both under their headings: each with its twelve month
	 * tiles at the top and its months with dates' cards under them.
	 */
	readonly parts = $derived.by(() => {
		const locale = this.#sources.locale();
		const recurring = mergeRecurring(nationalDates(locale), packDates(this.#sources.packs(), locale));
		const mine = personDates({ trials: this.#mine, planSteps: this.#planSteps });
		return yearParts(this.#sources.audience(), locale).map((part) => {
			const wheel = prefixWheel(buildYear(datesFor(recurring, part.audience), part.mine ? mine : [], this.today), part.prefix);
			return { ...part, wheel, tiles: monthTiles(wheel, locale, part.prefix), months: monthEvents(wheel, locale, part.prefix) };
		});
	});
	readonly words = $derived(yearWords(...this.parts.map((p) => p.wheel)));

	constructor(sources: YearSources, today = localToday()) {
		this.#sources = sources;
		this.today = today;
	}

	/** The calendar file for one date: a jobbsmak's own (all its days), else the one date or span. */
	calendarFile(item: YearItem, now = new Date()): File | null {
		const locale = this.#sources.locale();
		if (item.source === 'trial') {
			const trial = this.#trials?.trial(item.id);
			const ics = trial ? this.#trials?.calendar(trial.id, locale, now) : null;
			return trial && ics ? new File([ics], icsFileName(trial, locale), { type: 'text/calendar' }) : null;
		}
		return new File([yearIcs([itemIcsEvent(item, locale)], now)], yearIcsFileName(item.id), { type: 'text/calendar' });
	}

	/** "Legg i kalenderen": hands the file over and says so once it is saved. */
	async addToCalendar(item: YearItem): Promise<void> {
		const file = this.calendarFile(item);
		if (file && (await saveFile(file))) announce(m.info_year_added());
	}
}
