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

/**
 * "jobbsmak-scandic-bergen.ics": words made into a file name any phone or calendar accepts (letters,
 * digits and dashes; æøå written plainly; at most 60 characters); nothing left → "jobbvei".
 */
export function plainFileName(words: readonly string[], extension: string): string {
	const base = words
		.join('-')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[æÆ]/g, 'ae')
		.replace(/[øØ]/g, 'o')
		.replace(/[åÅ]/g, 'a')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${base || 'jobbvei'}.${extension}`;
}
