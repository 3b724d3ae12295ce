import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import type { ExportStep } from '../export.svelte';
import type { ExportPart, Preset } from '../selection-schema';

/** Who the export is for, as "Hvem er det til?" shows it. */
export const PRESET_VIEW: Record<Preset, { label: () => string; symbol: SymbolId }> = {
	meeting: { label: () => m.export_preset_meeting(), symbol: 'doc_meeting' },
	nav: { label: () => m.export_preset_nav(), symbol: 'info_nav' },
	employer: { label: () => m.export_preset_employer(), symbol: 'doc_work' },
	change: { label: () => m.export_preset_change(), symbol: 'chg_why' }
};

/** Each part of the export, as "Hva skal være med?" shows it. */
export const PART_VIEW: Record<ExportPart, { label: () => string; symbol: SymbolId }> = {
	about: { label: () => m.export_part_about(), symbol: 'doc_me' },
	cv: { label: () => m.export_part_cv(), symbol: 'doc_cv' },
	plan: { label: () => m.export_part_plan(), symbol: 'doc_plan' },
	trials: { label: () => m.export_part_trials(), symbol: 'trial_jobbsmak' },
	interests: { label: () => m.export_part_interests(), symbol: 'cv_interests' },
	meeting: { label: () => m.export_part_meeting(), symbol: 'doc_meeting' },
	change: { label: () => m.export_part_change(), symbol: 'chg_why' },
	photos: { label: () => m.export_part_photos(), symbol: 'doc_photo' },
	contact: { label: () => m.export_part_contact(), symbol: 'doc_phone' }
};

/** The parts chosen on cards; the photos and the contact details are switches under them. */
export const CARD_PARTS: readonly ExportPart[] = ['about', 'cv', 'plan', 'trials', 'interests', 'meeting', 'change'];
export const SWITCH_PARTS: readonly ExportPart[] = ['photos', 'contact'];

/** The heading of each step. */
export const STEP_TITLE: Record<ExportStep, () => string> = {
	who: () => m.export_step_who(),
	what: () => m.export_step_what(),
	language: () => m.export_step_language(),
	preview: () => m.export_step_preview()
};
