import type { AnsweredBy } from '$lib/domain/answers/schema';

/** The teacher who helps in the tests: her answers must always be marked as hers. */
export const KARI: AnsweredBy = { kind: 'helper', role: 'teacher', name: 'Kari' };

/** The person the tests make on the device (what "Ny person" asks for). */
export const NORA = { name: 'Nora', picture: { kind: 'symbol' as const, symbol: 'pic_cat' }, locale: 'nb' as const };
