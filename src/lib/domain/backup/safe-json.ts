import { BACKUP_LIMITS, BackupError, type BackupLimits } from './backup-schema';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON from a file someone gave the person: refused before parsing when too long, and while parsing
 * when it holds a key that could change how objects behave (prototype pollution, ASVS 15.3.6).
 * After parsing, nesting depth and string length are checked without recursion.
 */
export function parseUntrustedJson(text: string, limits: BackupLimits = BACKUP_LIMITS): unknown {
	if (text.length > limits.jsonBytes) throw new BackupError('too-big', 'json');
	let value: unknown;
	try {
		value = JSON.parse(text, (key, v: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) throw new BackupError('damaged', `key ${key}`);
			return v;
		});
	} catch (error) {
		if (error instanceof BackupError) throw error;
		throw new BackupError('damaged', 'json');
	}
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (typeof item === 'string') {
			if (item.length > limits.stringLength) throw new BackupError('damaged', 'string length');
		} else if (item !== null && typeof item === 'object') {
			if (depth > limits.depth) throw new BackupError('damaged', 'depth');
			for (const [key, child] of Object.entries(item)) {
				if (key.length > limits.stringLength) throw new BackupError('damaged', 'key length');
				stack.push([child, depth + 1]);
			}
		}
	}
	return value;
}
