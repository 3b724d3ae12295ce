import { strFromU8, unzipSync } from 'fflate';

/** Reading a made .docx back in tests: its parts by name, and Word's escaped text as the person wrote it. */

export interface DocxParts {
	names: string[];
	/** One file inside the .docx as text; fails the test when it is missing. */
	part(name: string): string;
}

export async function unzipDocx(blob: Blob): Promise<DocxParts> {
	const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
	return {
		names: Object.keys(files),
		part(name) {
			const bytes = files[name];
			if (!bytes) throw new Error(`${name} is missing from the .docx`);
			return strFromU8(bytes);
		}
	};
}

export function unescapeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}
