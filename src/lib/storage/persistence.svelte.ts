/**
 * Asks the browser to keep Jobbvei's data even when the device runs low on space
 * (docs/reliability.md, "Asking to keep the data"). The answer is shown in settings, so nobody has to guess.
 */
export type PersistenceStatus = 'granted' | 'not-granted' | 'unsupported' | 'unknown';

class Persistence {
	status = $state<PersistenceStatus>('unknown');

	/** Reads the current state without asking. */
	async refresh(): Promise<PersistenceStatus> {
		const storage = globalThis.navigator?.storage;
		if (!storage?.persisted) return (this.status = 'unsupported');
		try {
			this.status = (await storage.persisted()) ? 'granted' : 'not-granted';
		} catch {
			this.status = 'unsupported';
		}
		return this.status;
	}

	/** Asks once something worth keeping is saved. Browsers may say no without asking the person. */
	async request(): Promise<PersistenceStatus> {
		const storage = globalThis.navigator?.storage;
		if (!storage?.persist) return (this.status = 'unsupported');
		try {
			this.status = (await storage.persist()) ? 'granted' : 'not-granted';
		} catch {
			this.status = 'not-granted';
		}
		return this.status;
	}
}

export const persistence = new Persistence();
