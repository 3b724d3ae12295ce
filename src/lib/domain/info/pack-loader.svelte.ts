import { m } from '$lib/paraglide/messages';
import { localToday } from '$lib/i18n/dates';
import type { Locale } from '$lib/i18n/locale';
import { announce } from '$lib/ui/announce.svelte';
import { AdultGate } from '$lib/domain/device/adult-code.svelte';
import { packText, type PackProblem } from './pack-schema';
import { packsState, type PackCandidate, type PacksState } from './packs.svelte';
import { packView, type PackView } from './pack-view';

/** What the last file ended in, as the page says it. */
const PROBLEM_TEXT: Record<PackProblem | 'full', () => string> = {
	'too-big': m.info_local_error_too_big,
	'not-json': m.info_local_error_not_json,
	'not-a-pack': m.info_local_error_not_a_pack,
	damaged: m.info_local_error_damaged,
	full: m.info_local_error_full
};

/**
 * "Tilbud der du bor": loading a pack from a file or the example, asking before one replaces a pack
 * with the same id, removing one and "Angre". One message at a time: a new try clears the last.
 * Packs are for everyone on the tablet, so on a shared one an adult loads and removes them ([Note: adult code]).
 */
export class PackLoader {
	readonly packs: PacksState;
	readonly gate = new AdultGate();
	readonly #locale: () => Locale;
	readonly #today: string;

	problem = $state<PackProblem | 'full' | null>(null);
	/** The pack just loaded, by name. */
	loadedName = $state<string | null>(null);
	/** The pack just removed, by name, for "Angre". */
	removedName = $state('');
	busy = $state(false);
	/** A file that would replace a pack with the same id: the page asks before anything changes. */
	replacing = $state.raw<(PackCandidate & { ok: true }) | null>(null);

	problemText = $derived(this.problem ? PROBLEM_TEXT[this.problem]() : null);
	/** The name of the pack a new file would replace. */
	replacedName = $derived.by(() => (this.replacing?.replaces ? packText(this.replacing.replaces.pack.name, this.#locale()) : null));

	/** The stored packs as the page shows them, in the reader's language. */
	shown = $derived.by((): { id: string; view: PackView }[] => this.packs.packs.map((stored) => ({ id: stored.id, view: packView(stored.pack, this.#locale(), this.#today) })));

	constructor(locale: () => Locale, packs: PacksState = packsState(), today = localToday()) {
		this.#locale = locale;
		this.packs = packs;
		this.#today = today;
	}

	/** Reads a file (or the example) and stores it, unless it would replace a pack: then it asks first. */
	async load(read: () => Promise<PackCandidate>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.problem = null;
		this.loadedName = null;
		this.replacing = null;
		try {
			const candidate = await read();
			if (!candidate.ok) this.problem = candidate.problem;
			else if (candidate.replaces) this.replacing = candidate;
			else await this.keep(candidate);
		} finally {
			this.busy = false;
		}
	}

	loadFile(file: File): Promise<void> {
		return this.load(() => this.packs.readFile(file));
	}

	loadExample(): Promise<void> {
		return this.load(() => this.packs.readExample());
	}

	/** "Bytt ut": stores the file that replaces a pack. */
	replace(): Promise<void> {
		const candidate = this.replacing;
		return candidate ? this.keep(candidate) : Promise.resolve();
	}

	/** "Behold den jeg har". */
	keepOld(): void {
		this.replacing = null;
	}

	keep(candidate: PackCandidate & { ok: true }): Promise<void> {
		this.replacing = null;
		return this.gate.ask(m.adult_why_pack_load(), async () => {
			const outcome = await this.packs.store(candidate);
			if (!outcome.ok) {
				this.problem = outcome.problem;
				return;
			}
			this.loadedName = packText(outcome.pack.name, this.#locale());
			announce(m.info_local_loaded({ name: this.loadedName }));
		});
	}

	remove(id: string, name: string): void {
		this.problem = null;
		this.loadedName = null;
		void this.gate.ask(m.adult_why_pack_remove({ name }), async () => {
			this.removedName = name;
			await this.packs.remove(id);
			announce(m.info_local_removed({ name }));
		});
	}

	async undo(): Promise<void> {
		await this.packs.undoRemove();
		announce(m.info_local_loaded({ name: this.removedName }));
	}
}
