import { m } from '$lib/paraglide/messages';
import type { PersonEvidence } from '$lib/domain/evidence/person-evidence';
import type { DocPhoto, DocSection } from '$lib/domain/export/document';
import { docGroup, docLine } from '$lib/domain/export/doc-lines';
import type { SectionContext } from '$lib/domain/export/section-registry';
import { isIncluded } from '$lib/domain/export/selection-rules';
import { summaryFor } from '$lib/domain/trials/summary';
import { photosOf } from '$lib/domain/trials/aggregate';
import { trialSymbol, trialTitle } from '$lib/domain/trials/labels';
import { daysRange } from '$lib/domain/trials/trial-rules';

/**
 * One section per ticked trial: its dates, then one idea per line with its symbol, as the person says
 * it ([Note: evidence model]); photos only with "photos".
 */
export function trialSections(person: PersonEvidence, { choice, locale, today }: SectionContext): DocSection[] {
	const photosOn = isIncluded(choice, 'photos');
	return person.trials
		.filter(({ trial }) => isIncluded(choice, 'trials', trial.id))
		.map(({ trial, answers }) => {
			const summary = summaryFor({ trial, answers, jobs: person.jobs, locale, today });
			const photos: DocPhoto[] = photosOn ? photosOf(trial, answers).map((mediaId) => ({ mediaId, alt: m.export_trial_photo_alt({}, { locale }) })) : [];
			const lines = summary.sentences.map((s) => docLine(s.text, { symbol: s.symbol, own: s.own, by: s.by, facts: s.facts }, locale));
			const dates = docGroup([docLine(daysRange(trial.days[0]!, trial.days.at(-1)!, locale, true), { symbol: 'doc_calendar', facts: [`trials/${trial.id}#days`] }, locale)]);
			return { part: 'trials' as const, trialId: trial.id, title: trialTitle(trial, person.jobs, locale), symbol: trialSymbol(trial, person.jobs), groups: [dates, docGroup(lines, undefined, undefined, photos)] };
		});
}
