import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { locales } from '$lib/paraglide/runtime';
import { compactMessageModule, MESSAGE_MODULE, staticMessage } from './message-modules';
import { textIn } from './text-in';

const dir = join(import.meta.dirname, '../paraglide/messages');
const modules = readdirSync(dir)
	.map((file) => join(dir, file))
	.filter((path) => MESSAGE_MODULE.test(path))
	.map((path) => ({ path, source: readFileSync(path, 'utf8') }));
const compacted = modules.flatMap(({ source }) => staticMessage(source, locales) ?? []);
const messages = m as unknown as Record<string, (inputs?: object, options?: { locale?: string }) => string>;

describe('plain-text messages written once per language (the build rewrites them)', () => {
	it('finds most messages, so a new Paraglide shape does not quietly lose the saving', () => {
		expect(modules.length).toBeGreaterThan(1000);
		expect(compacted.length).toBeGreaterThan(modules.length * 0.7);
	});

	it('says in every language exactly what the generated message says', () => {
		const wrong = compacted.flatMap((message) => {
			const [first, ...rest] = message.literals.map((literal) => new Function(`return ${literal}`)() as string);
			const compact = textIn(first!, ...rest);
			return locales.filter((locale) => compact({}, { locale }) !== messages[message.name]?.({}, { locale })).map((locale) => `${message.name} (${locale})`);
		});
		expect(wrong).toEqual([]);
	});

	it('leaves a message with inputs as Paraglide wrote it', () => {
		const withInputs = modules.find(({ path }) => path.endsWith('voice_seconds.js'));
		expect(withInputs).toBeDefined();
		expect(staticMessage(withInputs!.source, locales)).toBeNull();
	});

	it('writes a module that imports the one picker and keeps the message removable when unused', () => {
		const code = compactMessageModule({ name: 'done', literals: ['`Ferdig`', '`Ferdig`', '`Done`'] }, '/x/text-in.ts');
		expect(code).toBe('import { textIn } from "/x/text-in.ts";\nexport const done = /* @__PURE__ */ textIn(`Ferdig`, `Ferdig`, `Done`);\n');
	});

	it('answers in the current language when none is asked for, and in bokmål for an unknown one', () => {
		const text = textIn('nb', 'nn', 'en');
		expect(text({}, { locale: 'nn' })).toBe('nn');
		expect(text({}, { locale: 'xx' })).toBe('nb');
		expect(typeof text()).toBe('string');
	});
});
