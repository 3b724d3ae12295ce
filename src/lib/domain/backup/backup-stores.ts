import type { z } from '$lib/storage/zod';
import { Answer } from '$lib/domain/answers/schema';
import { Exploration } from '$lib/domain/interests/schema';
import { Trial } from '$lib/domain/trials/schema';
import { PlanStep } from '$lib/domain/plan/step-schema';
import { PlanVersion } from '$lib/domain/plan/schema';
import { Meeting } from '$lib/domain/meeting/schema';
import { CvEntry } from '$lib/domain/cv/schema';

/**
 * Every store that holds a person's own records (besides the profile and its media), with the schema
 * each record must pass before it is written back. A new personal store must be added here, or its
 * records would be left out of backups: backup.test.ts checks this list against "Slett meg"'s list.
 */
export const BACKUP_STORES = {
	answers: Answer,
	explorations: Exploration,
	trials: Trial,
	'plan-steps': PlanStep,
	'plan-versions': PlanVersion,
	meetings: Meeting,
	'cv-entries': CvEntry
} satisfies Record<string, z.ZodMiniType>;

export type BackupStore = keyof typeof BACKUP_STORES;
export const BACKUP_STORE_NAMES = Object.keys(BACKUP_STORES) as BackupStore[];
