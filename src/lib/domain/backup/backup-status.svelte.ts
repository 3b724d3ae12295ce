import { perProfile } from '$lib/domain/profile/per-profile.svelte';
import { listAnswers, saveAnswer } from '$lib/domain/answers/answers-repo';
import type { AnsweredBy } from '$lib/domain/answers/schema';
import { saveFile } from '$lib/files/save-file';
import { localToday } from '$lib/i18n/dates';
import { BACKUP_LAST_KEY, BACKUP_REMINDER_KEY, shouldRemind } from './reminder';

/** What making a backup ended in: handed over (to Downloads or a share sheet), more than a backup can hold, or failed. */
export type BackupOutcome = 'downloaded' | 'shared' | 'too-much' | 'failed';

/**
 * One person's backups: when the last one was made, whether the home screen should remind them
 * ([Note: backup reminder]), and making one. The zip code is loaded only when a backup is made.
 */
export class BackupStatus {
	readonly profileId: string;
	loaded = $state(false);
	lastBackup = $state<string | undefined>();
	laterOn = $state<string | undefined>();
	answerCount = $state(0);
	remind = $derived(this.loaded && shouldRemind({ today: localToday(), lastBackup: this.lastBackup, laterOn: this.laterOn, answerCount: this.answerCount }));

	constructor(profileId: string) {
		this.profileId = profileId;
	}

	async load(): Promise<void> {
		const answers = await listAnswers(this.profileId);
		const text = (key: string) => {
			const value = answers.find((a) => a.key === key)?.value;
			return typeof value === 'string' ? value : undefined;
		};
		this.lastBackup = text(BACKUP_LAST_KEY);
		this.laterOn = text(BACKUP_REMINDER_KEY);
		this.answerCount = answers.filter((a) => !a.key.startsWith('backup/')).length;
		this.loaded = true;
	}

	/** Makes the file and hands it over (share sheet or download). True when it went to Downloads. */
	async make(by: AnsweredBy): Promise<boolean> {
		const { backupFile } = await import('./backup-export');
		const downloaded = await saveFile(await backupFile(this.profileId));
		const today = localToday();
		await saveAnswer(this.profileId, BACKUP_LAST_KEY, today, by);
		this.lastBackup = today;
		return downloaded;
	}

	/**
	 * Makes a backup and says what came of it as a value the screen can put in words. More than a
	 * backup can hold is never written half; anything else that goes wrong is logged for the developer.
	 */
	async tryMake(by: AnsweredBy): Promise<BackupOutcome> {
		try {
			return (await this.make(by)) ? 'downloaded' : 'shared';
		} catch (error) {
			// Loaded with the backup code itself: the home screen, which shows the reminder, does not need it.
			const { BackupError } = await import('./backup-schema');
			if (error instanceof BackupError && error.problem === 'too-big') return 'too-much';
			console.error('Jobbvei: backup failed', error);
			return 'failed';
		}
	}

	/** "Ikke nå": no reminder for another 30 days. */
	async later(by: AnsweredBy): Promise<void> {
		const today = localToday();
		await saveAnswer(this.profileId, BACKUP_REMINDER_KEY, today, by);
		this.laterOn = today;
	}
}

export const backupStatusFor = perProfile((profileId) => new BackupStatus(profileId));
