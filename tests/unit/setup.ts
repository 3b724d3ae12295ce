import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDb } from '$lib/storage/db';

/** A small in-memory Web Storage, so modules that use localStorage/sessionStorage run in Node. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, String(value));
	}
}

if (!('localStorage' in globalThis) || typeof globalThis.localStorage?.setItem !== 'function') {
	Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
	Object.defineProperty(globalThis, 'sessionStorage', { value: new MemoryStorage(), configurable: true });
}

// Every test starts with an empty device.
beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	localStorage.clear();
	sessionStorage.clear();
});

afterEach(async () => {
	await closeDb();
});
