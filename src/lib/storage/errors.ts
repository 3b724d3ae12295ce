/** The device has no room left. Nothing already saved is lost; the person is told what to do. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
}

/** A record did not match its schema, so it was not written. */
export class InvalidRecordError extends Error {
	override name = 'InvalidRecordError';
	constructor(
		readonly store: string,
		readonly issues: string
	) {
		super(`Invalid ${store} record: ${issues}`);
	}
}

/** The database on this device was made by a newer version of Jobbvei. */
export class NewerDatabaseError extends Error {
	override name = 'NewerDatabaseError';
}

/** True for every way browsers report a full disk or used-up quota (docs/reliability.md, "A full device"). */
export function isQuotaError(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const name = (error as { name?: string }).name;
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
	const inner = (error as { error?: unknown; cause?: unknown }).error ?? (error as { cause?: unknown }).cause;
	return inner ? isQuotaError(inner) : false;
}
