import { m } from '$lib/paraglide/messages';
import type { Round, WayIn } from '../catalogue-schema';
import type { Like } from '../schema';
import type { SymbolId } from '$lib/symbols/registry';

export const LIKE_SYMBOL: Record<Like, SymbolId> = { like: 'feel_like', unsure: 'feel_maybe', dislike: 'feel_dislike' };

export function likeLabel(like: Like): string {
	return { like: m.answer_like, unsure: m.answer_unsure, dislike: m.answer_dislike }[like]();
}

export function pileName(like: Like | null): string {
	return like === null
		? m.pile_name_none()
		: { like: m.pile_name_like, unsure: m.pile_name_unsure, dislike: m.pile_name_dislike }[like]();
}

export function roundName(round: Round): string {
	return { area: m.round_area, task: m.round_task, condition: m.round_condition }[round]();
}

export function roundQuestion(round: Round): string {
	return { area: m.round_area_question, task: m.round_task_question, condition: m.round_condition_question }[round]();
}

export function whereLabel(where: 'ordinary' | 'vta' | 'both'): string {
	return { ordinary: m.where_ordinary, vta: m.where_vta, both: m.where_both }[where]();
}

/** The same symbols as the info pages about these ways ("Hva finnes etter skolen?"), so a person recognises them. */
export const WAY_IN_SYMBOL: Record<WayIn, SymbolId> = { supported_job: 'info_supported', vta: 'job_factory', laerekandidat: 'info_student' };

/** "Vanlig vei inn: Vanlig jobb med støtte" — one line on the job page. */
export function wayInLine(wayIn: WayIn): string {
	const way = { supported_job: m.job_way_in_supported_job, vta: m.job_way_in_vta, laerekandidat: m.job_way_in_laerekandidat }[wayIn]();
	return m.job_way_in({ way });
}

/** "å sortere, å være inne og mye lyd" — a list in the person's language. */
export function joinList(items: string[], locale: string): string {
	return new Intl.ListFormat(locale === 'en' ? 'en' : 'nb', { type: 'conjunction' }).format(items);
}
