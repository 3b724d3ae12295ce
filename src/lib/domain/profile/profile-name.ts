import { m } from '$lib/paraglide/messages';
import { NAME_MAX } from './schema';

/** What is wrong with a name as typed (nothing, too long), or undefined when it can be kept. */
export function nameProblem(name: string): string | undefined {
	const trimmed = name.trim();
	if (!trimmed) return m.new_name_missing();
	if (trimmed.length > NAME_MAX) return m.new_name_too_long({ max: NAME_MAX });
	return undefined;
}
