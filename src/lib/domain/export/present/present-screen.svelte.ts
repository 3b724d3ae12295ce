import type { Locale } from '$lib/i18n/locale';
import { localToday } from '$lib/i18n/dates';
import { speech } from '$lib/speech/speech.svelte';
import { speechRate } from '$lib/settings/speech-rate.svelte';
import { announce } from '$lib/ui/announce.svelte';
import { PRESETS, type Preset } from '../selection-schema';
import { PresentState } from './present.svelte';
import { slideAnnouncement, stepForKey, type Slide } from './present-rules';

/** ?preset=… as the address gives it; anything else shows "Til møtet". */
export function presetFrom(value: string | null): Preset {
	return (PRESETS as readonly string[]).includes(value ?? '') ? (value as Preset) : 'meeting';
}

/** The element a key was pressed on is a control that Space and Enter press (not "Neste"). */
function onControl(target: EventTarget | null): boolean {
	return !!(target as Partial<Element> | null)?.closest?.('a[href], button, input, select, textarea, [role="button"]');
}

/**
 * "Vis fram selv" (/present): the slides the person steps through in the meeting, with big buttons,
 * arrow keys or a switch (Space or Enter), each slide read aloud on request and its change said by
 * the live region.
 */
export class PresentScreen {
	readonly #appLocale: () => Locale;
	show = $state<PresentState | null>(null);
	slide = $derived<Slide | undefined>(this.show?.current);
	count = $derived(this.show?.slides.length ?? 0);
	index = $derived(this.show?.index ?? 0);
	/** The document's language (the person may export in another language than the app's). */
	docLocale = $derived.by<Locale>(() => this.show?.doc?.locale ?? this.#appLocale());
	speaking = $derived(speech.speaking);

	constructor(appLocale: () => Locale) {
		this.#appLocale = appLocale;
	}

	/** Reads the person's chosen export as slides; returns what lets its photos go. */
	open(profileId: string, preset: Preset, today = localToday()): () => void {
		const state = new PresentState();
		this.show = state;
		void state.load(profileId, preset, this.#appLocale(), today);
		return () => state.dispose();
	}

	/** One slide back (-1) or on (1): reading stops, the slide starts at its top, and the change is said. */
	go(step: -1 | 1): void {
		const show = this.show;
		if (!show || !show.step(step)) return;
		speech.stop();
		scrollTo({ top: 0 });
		announce(slideAnnouncement(show.slides, show.index, this.docLocale));
	}

	/** Arrows and Page Up/Down step; Space and Enter too, unless they press a button or link. */
	onkeydown(event: KeyboardEvent): void {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.show?.doc) return;
		const step = stepForKey(event.key, onControl(event.target));
		if (step === 0) return;
		event.preventDefault();
		this.go(step);
	}

	/** "Les opp", or "Stopp" while reading. */
	readAloud(): void {
		if (this.speaking) speech.stop();
		else if (this.slide) void speech.say(this.slide.spoken, this.docLocale, speechRate.value);
	}
}
