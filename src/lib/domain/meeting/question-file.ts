import symbolIds from '$lib/symbols/symbol-ids.json';
import { z } from '$lib/storage/zod';
import { parseSafeJson } from '$lib/domain/interests/job-import';
import { MAX_CALLER_QUESTIONS } from './schema';
import type { NewCallerQuestion } from './caller-questions';

/**
 * [Note: question file] The one who calls the meeting (often the transition coordinator) can send
 * the questions as a small file, so a helper need not type them (docs/for-kommuner.md, "Spørsmål før
 * møtet som fil"). It is read like a content pack: a size limit first, JSON without keys that change
 * how objects behave, a file of another kind refused, and nothing stored until the whole file is good.
 */
export const QUESTION_FILE_FORMAT = 'jobbvei-questions';
export const QUESTION_FILE_VERSION = 1;
export const MAX_QUESTION_FILE_BYTES = 64 * 1024;

const SYMBOLS = new Set<string>(symbolIds);

export const QuestionFile = z.object({
	format: z.literal(QUESTION_FILE_FORMAT),
	version: z.literal(QUESTION_FILE_VERSION),
	questions: z
		.array(
			z.object({
				text: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
				symbol: z.optional(z.string().check(z.refine((s) => SYMBOLS.has(s), 'not a symbol of the app')))
			})
		)
		.check(z.minLength(1), z.maxLength(MAX_CALLER_QUESTIONS))
});
export type QuestionFile = z.infer<typeof QuestionFile>;

/** Why a file was refused; each has its own easy-read message. */
export type QuestionFileProblem = 'too-big' | 'not-json' | 'not-questions' | 'damaged';
export type QuestionFileResult = { ok: true; questions: NewCallerQuestion[] } | { ok: false; problem: QuestionFileProblem };

/**
 * Reads a question file's text. `bytes` is the file's size, checked before the text is read when it
 * can be. A file that is JSON but of another kind ("not-questions") is told apart from a question file
 * with a mistake ("damaged"), so the helper knows whether they chose the wrong file.
 */
export function readQuestionFile(text: string, bytes: number = new TextEncoder().encode(text).length): QuestionFileResult {
	if (bytes > MAX_QUESTION_FILE_BYTES) return { ok: false, problem: 'too-big' };
	let json: unknown;
	try {
		json = parseSafeJson(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	if (json === null || typeof json !== 'object' || (json as { format?: unknown }).format !== QUESTION_FILE_FORMAT) return { ok: false, problem: 'not-questions' };
	const parsed = QuestionFile.safeParse(json);
	return parsed.success ? { ok: true, questions: parsed.data.questions } : { ok: false, problem: 'damaged' };
}

/** Reads a chosen file; a big file is refused before its text is read. */
export async function readQuestionFileFrom(file: Blob): Promise<QuestionFileResult> {
	if (file.size > MAX_QUESTION_FILE_BYTES) return { ok: false, problem: 'too-big' };
	return readQuestionFile(await file.text(), file.size);
}
