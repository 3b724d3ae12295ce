import { m } from '$lib/paraglide/messages';
import { filledSections, spokenSection, type Cv, type CvLine } from '$lib/domain/cv/cv-rules';
import { CV_SECTIONS, SECTION_SYMBOL, type CvSection } from '$lib/domain/cv/schema';
import { sectionTitle } from '$lib/domain/cv/labels';
import type { SymbolId } from '$lib/symbols/registry';

/** A run of lines under the heading they sit under ("Det folk liker ved meg"), if any. */
export interface CvBlock {
	group: string | undefined;
	lines: CvLine[];
}

/** One section of Min CV as the page shows it. */
export interface CvPart {
	section: CvSection;
	title: string;
	symbol: SymbolId;
	blocks: CvBlock[];
	/** "Endre" once it says something; the contact section always does (the name). */
	filled: boolean;
	/** What "Les opp" says: the title, the name on the first, and every line. */
	spoken: string;
}

/** Lines under the headings they sit under, in order. */
export function grouped(lines: readonly CvLine[]): CvBlock[] {
	const out: CvBlock[] = [];
	for (const line of lines) {
		const last = out.at(-1);
		if (last && last.group === line.group) last.lines.push(line);
		else out.push({ group: line.group, lines: [line] });
	}
	return out;
}

/** The finished CV (hidden lines left out), section by section. */
export function cvParts(done: Cv): CvPart[] {
	const filled = filledSections(done);
	return CV_SECTIONS.map((section) => {
		const lines = done.sections[section];
		const title = sectionTitle(section);
		const spoken =
			section === 'contact' ? spokenSection(`${title}. ${done.name}`, lines) : lines.length ? spokenSection(title, lines) : `${title}. ${m.cv_empty_section()}`;
		return { section, title, symbol: SECTION_SYMBOL[section], blocks: grouped(lines), filled: filled.includes(section) || section === 'contact', spoken };
	});
}
