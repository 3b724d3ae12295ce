import { m } from '$lib/paraglide/messages';
import { announce } from '$lib/ui/announce.svelte';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import type { InterestsState } from '../interests.svelte';

/** "Vil prøve": stars a job, or takes the star away, and says which it was. */
export async function toggleStarSaying(interests: InterestsState, jobId: string, title: string, by: AnsweredBy): Promise<void> {
	await interests.toggleStar(jobId, by);
	announce(jobId in interests.stars ? m.star_added({ job: title }) : m.star_removed({ job: title }));
}
