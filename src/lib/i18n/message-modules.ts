/**
 * Paraglide writes one module per message with its own language switch (about 60 bytes once minified).
 * A message with no inputs — most of them — says the same in far less as one `textIn(...)` call; over
 * about a thousand messages that is tens of kilobytes the phone stores at install. Only a module of
 * exactly the shape Paraglide writes for a message with no inputs is rewritten; any other module (a
 * message with inputs, or a shape a new Paraglide version writes) is left as it is, so the app keeps
 * working and only the saving is lost (messages.test.ts counts the rewritten ones).
 */

/** A message module path in the generated catalogue (not its index or type files). */
export const MESSAGE_MODULE = /[\\/]paraglide[\\/]messages[\\/](?!_)[^\\/]+\.js$/;

export interface StaticMessage {
	name: string;
	/** Each language's text as the source literal Paraglide wrote (a template literal without `${`). */
	literals: string[];
}

/** The message's name and its text per language, in the order given, when the module is a plain text. */
export function staticMessage(source: string, locales: readonly string[]): StaticMessage | null {
	const name = /\nexport const (\w+) = /.exec(source)?.[1];
	if (!name) return null;
	const literals: string[] = [];
	for (const locale of locales) {
		const text = new RegExp(`\\nconst ${locale}_${name} = /\\*\\* @type [^\\n]*\\*/ \\(\\) => \\{\\n\\treturn /\\*\\* @type \\{LocalizedString\\} \\*/ \\((\`[^\`$]*\`)\\)\\n\\};\\n`).exec(source);
		if (!text?.[1]) return null;
		literals.push(text[1]);
	}
	// The exported function must pick between exactly these languages and do nothing else.
	const picks = [...source.matchAll(/\n\tif \(locale === "(\w+)"\) return \1_(\w+)\(inputs\)/g)];
	if (picks.length !== locales.length - 1 || picks.some((p) => p[2] !== name)) return null;
	return { name, literals };
}

/** The module that replaces a plain-text message. `textInPath` is where `textIn` is imported from. */
export function compactMessageModule(message: StaticMessage, textInPath: string): string {
	return `import { textIn } from ${JSON.stringify(textInPath)};\nexport const ${message.name} = /* @__PURE__ */ textIn(${message.literals.join(', ')});\n`;
}
