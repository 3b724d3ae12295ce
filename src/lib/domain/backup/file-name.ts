/**
 * A file name made from a person's name: no path or reserved characters, no control characters,
 * at most 60 characters (docs/reliability.md, "Export file names"). "Nora/../x" becomes "Nora-..-x"; nothing left → "Jobbvei".
 */
export function safeFileName(name: string): string {
	const cleaned = name
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.-]+|[\s.-]+$/g, '')
		.slice(0, 60)
		.trim();
	return cleaned || 'Jobbvei';
}
