/**
 * Storage problems the person should hear about. One place, so the layout can show them
 * in easy-read without every screen having to catch errors itself.
 */
export type StorageProblem =
	| { kind: 'full' }
	| { kind: 'bad-record'; store: string; count: number }
	| { kind: 'wiped' }
	| { kind: 'newer-database' }
	| { kind: 'upgraded-elsewhere' }
	| { kind: 'unavailable' };

class StorageProblems {
	list = $state<StorageProblem[]>([]);

	report(problem: StorageProblem) {
		if (problem.kind === 'bad-record') {
			const existing = this.list.find(
				(p): p is Extract<StorageProblem, { kind: 'bad-record' }> =>
					p.kind === 'bad-record' && p.store === problem.store
			);
			if (existing) {
				existing.count += problem.count;
				return;
			}
		} else if (this.list.some((p) => p.kind === problem.kind)) return;
		this.list.push(problem);
	}

	dismiss(kind: StorageProblem['kind']) {
		this.list = this.list.filter((p) => p.kind !== kind);
	}

	has(kind: StorageProblem['kind']) {
		return this.list.some((p) => p.kind === kind);
	}
}

export const storageProblems = new StorageProblems();
