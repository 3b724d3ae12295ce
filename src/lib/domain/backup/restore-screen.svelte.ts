import { m } from '$lib/paraglide/messages';
import type { SymbolId } from '$lib/symbols/registry';
import { announce } from '$lib/ui/announce.svelte';
import { AdultGate } from '$lib/domain/device/adult-code.svelte';
import { sessionState } from '$lib/domain/profile/session.svelte';
import type { BackupProblem } from './backup-schema';
import { RestoreFlow } from './restore.svelte';

/** Each way a file can fail has its own words and symbol: the person knows what to do next. */
export const RESTORE_PROBLEMS: Record<BackupProblem | 'full', { symbol: SymbolId; title: () => string; text: () => string }> = {
	'not-jobbvei': { symbol: 'bk_not_jobbvei', title: m.restore_problem_not_jobbvei, text: m.restore_problem_not_jobbvei_text },
	damaged: { symbol: 'bk_damaged', title: m.restore_problem_damaged, text: m.restore_problem_damaged_text },
	'newer-version': { symbol: 'ui_update', title: m.restore_problem_newer, text: m.restore_problem_newer_text },
	'too-big': { symbol: 'bk_too_big', title: m.restore_problem_too_big, text: m.restore_problem_too_big_text },
	empty: { symbol: 'bk_empty', title: m.restore_problem_empty, text: m.restore_problem_empty_text },
	full: { symbol: 'ui_storage', title: m.problem_full, text: m.restore_full }
};

/**
 * "Hent fra sikkerhetskopi" on its screen: each step of the flow, then the start screen and screen
 * readers are told what came of it. Replacing a person on a shared tablet is like deleting them:
 * with an adult code set, it asks first ([Note: adult code]).
 */
export class RestoreScreen {
	readonly flow = new RestoreFlow();
	readonly gate = new AdultGate();

	choose(file: File): Promise<void> {
		return this.#run(() => this.flow.choose(file));
	}

	samePerson(): Promise<void> {
		return this.#run(() => this.flow.samePerson());
	}

	otherPerson(): Promise<void> {
		return this.#run(() => this.flow.otherPerson());
	}

	replace(name: string): Promise<void> {
		return this.gate.ask(m.adult_why_restore_replace({ name }), () => this.#run(() => this.flow.replace()));
	}

	keepBoth(): Promise<void> {
		return this.#run(() => this.flow.keepBoth());
	}

	undo(): Promise<void> {
		return this.#run(() => this.flow.undo());
	}

	async #run(step: () => Promise<void>): Promise<void> {
		await step();
		const now = this.flow.step;
		if (now.kind === 'done' || now.kind === 'undone') {
			// The start screen must show the person who came back (and stop saying the data is gone).
			sessionState.wiped = false;
			await sessionState.load();
			announce(now.kind === 'done' ? m.restore_done({ name: now.name }) : now.removed ? m.restore_undone_removed({ name: now.name }) : m.restore_undone({ name: now.name }));
		} else if (now.kind === 'problem') announce(RESTORE_PROBLEMS[now.problem].title());
	}
}
