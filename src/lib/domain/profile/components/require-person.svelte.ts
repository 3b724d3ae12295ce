import { goto } from '$app/navigation';
import { sessionState } from '../session.svelte';

/**
 * Screens that belong to one person send everyone else to "Hvem er du?": after a reload in another
 * tab, after "Bytt person", or when the person was deleted.
 */
export function requirePerson(): void {
	$effect(() => {
		if (sessionState.ready && !sessionState.active) void goto('/', { replaceState: true });
	});
}
