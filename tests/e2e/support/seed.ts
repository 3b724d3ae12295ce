import type { Page } from '@playwright/test';

/** Records put the way the repositories write them: one transaction, the next revisions from meta. */
export async function seed(page: Page, pid: string, stores: Record<string, Record<string, unknown>[]>): Promise<void> {
	await page.evaluate(
		async ({ pid, stores }) => {
			await new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('jobbvei');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction([...Object.keys(stores), 'meta'], 'readwrite');
					const meta = tx.objectStore('meta');
					const get = meta.get('revision');
					get.onsuccess = () => {
						let rev = (get.result as { value?: number } | undefined)?.value ?? 0;
						for (const [store, records] of Object.entries(stores)) {
							for (const record of records) {
								rev++;
								const stamped = store === 'answers' ? { ...record, id: `${pid}/${record.key}`, rev } : { ...record, createdRev: rev, rev };
								tx.objectStore(store).put({ profileId: pid, ...stamped });
							}
						}
						meta.put({ key: 'revision', value: rev });
					};
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			});
		},
		{ pid, stores }
	);
}

