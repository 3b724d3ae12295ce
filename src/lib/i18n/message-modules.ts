/**
 * Paraglide writes one module per message with its own language switch (about 60 bytes once minified).
 * A message that is one text per language — most of them, with or without inputs to fill in — says the
 * same in far less as one `textIn(...)` call; over more than a thousand messages that is tens of
 * kilobytes the phone stores at install. Only a module of exactly the shape Paraglide writes for such a
 * message is rewritten; any other (a plural, or a shape a new Paraglide version writes) is left as it
 * is, so the app keeps working and only the saving is lost (message-modules.test.ts counts them).
 */

/** A message module path in the generated catalogue (not its index or type files). */
export const MESSAGE_MODULE = /[\\/]paraglide[\\/]messages[\\/](?!_)[^\\/]+\.js$/;

export interface SimpleMessage {
	name: string;
	/**
	 * Each language's text as source code: the template literal Paraglide wrote, or, when it fills in
	 * inputs (`${i?.name}`), a function of the inputs `i` returning it.
	 */
	texts: string[];
}

/** The message's name and its text per language, in the order given, when the module is one text per language. */
export function simpleMessage(source: string, locales: readonly string[]): SimpleMessage | null {
	const name = /\nexport const (\w+) = /.exec(source)?.[1];
	if (!name) return null;
	const texts: string[] = [];
	for (const locale of locales) {
		const text = new RegExp(`\\nconst ${locale}_${name} = /\\*\\* @type [^\\n]*\\*/ \\((i)?\\) => \\{\\n\\treturn /\\*\\* @type \\{LocalizedString\\} \\*/ \\((\`[^\`]*\`)\\)\\n\\};\\n`).exec(source);
		const literal = text?.[2];
		if (!literal) return null;
		const fillsIn = literal.includes('${');
		if (fillsIn && !text[1]) return null;
		texts.push(fillsIn ? `(i) => ${literal}` : literal);
	}
	// The exported function must pick between exactly these languages and do nothing else.
	const picks = [...source.matchAll(/\n\tif \(locale === "(\w+)"\) return \1_(\w+)\(inputs\)/g)];
	if (picks.length !== locales.length - 1 || picks.some((p) => p[2] !== name)) return null;
	return { name, texts };
}

/** The module that replaces a simple message. `textInPath` is where `textIn` is imported from. */
export function compactMessageModule(message: SimpleMessage, textInPath: string): string {
	return `import { textIn } from ${JSON.stringify(textInPath)};\nexport const ${message.name} = /* @__PURE__ */ textIn(${message.texts.join(', ')});\n`;
}
