import { m } from '$lib/paraglide/messages';
import type { Example } from '$lib/ui/examples';

/** SelectField's props for string values (it is generic over the values). */
export interface SelectFieldExample {
	label: string;
	hint?: string;
	options: { value: string; label: string }[];
	value?: string;
}

const helpers = () => [
	{ value: 'parent', label: m.helper_parent() },
	{ value: 'teacher', label: m.helper_teacher() }
];

export const selectFieldExamples: Example<SelectFieldExample>[] = [
	{ name: 'chosen', props: () => ({ label: m.meeting_step_who(), options: helpers(), value: 'teacher' }) },
	{ name: 'hint', props: () => ({ label: m.meeting_step_who(), hint: m.meeting_who_hint(), options: helpers() }) }
];
