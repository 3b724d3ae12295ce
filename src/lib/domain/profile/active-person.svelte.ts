import { getContext, setContext } from 'svelte';
import type { Profile } from './schema';
import { sessionState } from './session.svelte';

/**
 * The person whose screens are open. The `(person)` layout provides it, so a page asks for "this
 * person's plan" in one line, and nobody else's data can be on screen. Before the people on the
 * device are read (and in the prerendered page) there is no one yet: `of` gives null, and the page
 * shows its frame and heading.
 */
export class ActivePerson {
	readonly #read: () => Profile | null;

	constructor(read: () => Profile | null) {
		this.#read = read;
	}

	get profile(): Profile | null {
		return this.#read();
	}

	get id(): string | null {
		return this.#read()?.id ?? null;
	}

	/** This person's state of one part, e.g. `person.of(planFor)`; null while no one is known. */
	of<T>(stateFor: (profileId: string) => T): T | null {
		const id = this.id;
		return id ? stateFor(id) : null;
	}
}

const KEY = Symbol('active person');

export function provideActivePerson(): ActivePerson {
	return setContext(KEY, new ActivePerson(() => sessionState.active));
}

export function activePerson(): ActivePerson {
	return getContext<ActivePerson | undefined>(KEY) ?? new ActivePerson(() => sessionState.active);
}
