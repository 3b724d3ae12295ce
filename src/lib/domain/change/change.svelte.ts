import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, saveAnswer } from '$lib/domain/answers/answers-repo';
import type { Answer, AnsweredBy } from '$lib/domain/answers/schema';
import { aboutFrom } from '$lib/domain/about/about-rules';
import { loadLiked } from '$lib/domain/interests/liked';
import { JourneyState } from '$lib/domain/journey/journey.svelte';
import { toggleCard } from '$lib/domain/journey/journey-keys';
import { CHANGE_JOURNEY } from './change-journey';
import { changeFrom, filledParts, type ChangePage, type KnownElsewhere } from './change-rules';
import { changeKey, type ChangePart, type WorkDays } from './schema';

/**
 * One person's change request ("Jeg vil prøve noe annet"), what its screens bind to: the four parts
 * (a journey, [Note: journeys as data]), where the person is now and the jobs they want. Every tap
 * and word is stored at once ([Note: autosave]); a full device sets `full` and keeps what was saved.
 */
export class ChangeState extends JourneyState<ChangePart> {
	where = $state('');
	whereBy = $state<AnsweredBy | null>(null);
	jobs = $state<string[]>([]);
	jobsBy = $state<AnsweredBy | null>(null);
	days = $state<WorkDays | null>(null);
	daysBy = $state<AnsweredBy | null>(null);
	/** The whole request as the finished page and the CV read it. */
	page = $derived<ChangePage>({ parts: this.parts, where: this.where, whereBy: this.whereBy, jobs: this.jobs, jobsBy: this.jobsBy, days: this.days, daysBy: this.daysBy });
	/** Om meg's support and the liked interest cards: read into the request, never asked again. */
	known = $state<KnownElsewhere>({ support: null, liked: [] });

	constructor(profileId: string) {
		super(profileId, CHANGE_JOURNEY);
	}

	override async load(): Promise<void> {
		const [answers, interests] = await Promise.all([listAnswers(this.profileId), loadLiked(this.profileId)]);
		this.read(answers);
		const support = aboutFrom(answers).support;
		this.known = { support: { cards: support.cards, by: support.cardsBy }, liked: interests.liked };
		this.loaded = true;
	}

	protected override read(answers: readonly Answer[]): void {
		const page = changeFrom(answers);
		this.parts = page.parts;
		this.where = page.where;
		this.whereBy = page.whereBy;
		this.jobs = page.jobs;
		this.jobsBy = page.jobsBy;
		this.days = page.days;
		this.daysBy = page.daysBy;
	}

	protected override countFilled(): number {
		return filledParts(this.page);
	}

	/** A job the person starred, on or off for "Dette vil jeg prøve". */
	async toggleJob(jobId: string, by: AnsweredBy): Promise<boolean> {
		const jobs = toggleCard(this.jobs, jobId);
		if (!(await this.guard(() => saveAnswer(this.profileId, changeKey('want', 'jobs'), jobs, by)))) return false;
		this.jobs = jobs;
		this.jobsBy = by;
		return true;
	}

	/** How many days a week the person wants to work ("Vet ikke ennå" is 0). */
	async setDays(days: WorkDays, by: AnsweredBy): Promise<boolean> {
		if (!(await this.guard(() => saveAnswer(this.profileId, changeKey('want', 'days'), days, by)))) return false;
		this.days = days;
		this.daysBy = by;
		return true;
	}

	async setWhere(where: string, by: AnsweredBy): Promise<boolean> {
		const value = where.trim();
		if (!(await this.guard(() => saveAnswer(this.profileId, changeKey('now', 'where'), value, by)))) return false;
		this.where = value;
		this.whereBy = by;
		return true;
	}
}

/** The change request of the person using the app; a new person gets a fresh state. */
export const changeFor = perProfile((profileId) => new ChangeState(profileId));
