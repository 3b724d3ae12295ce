import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { locales } from '$lib/paraglide/runtime';
import { compactMessageModule, MESSAGE_MODULE, simpleMessage } from './message-modules';
import { textIn, type LocaleText } from './text-in';

const dir = join(import.meta.dirname, '../paraglide/messages');
const modules = readdirSync(dir)
	.map((file) => join(dir, file))
	.filter((path) => MESSAGE_MODULE.test(path))
	.map((path) => ({ path, source: readFileSync(path, 'utf8') }));
const compacted = modules.flatMap(({ source }) => simpleMessage(source, locales) ?? []);
const messages = m as unknown as Record<string, (inputs?: object, options?: { locale?: string }) => string>;
/** Inputs that name themselves, so a text that fills in the wrong input (or none) shows it. */
const inputs = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `<${key}>` : undefined) });

describe('simple messages written once per language (the build rewrites them)', () => {
	it('finds most messages, so a new Paraglide shape does not quietly lose the saving', () => {
		expect(modules.length).toBeGreaterThan(1000);
		expect(compacted.length).toBeGreaterThan(modules.length * 0.9);
		expect(compacted.filter((message) => message.texts.some((text) => text.startsWith('(i) =>'))).length).toBeGreaterThan(50);
	});

	it('says in every language exactly what the generated message says, inputs filled in alike', () => {
		const wrong = compacted.flatMap((message) => {
			const [first, ...rest] = message.texts.map((text) => new Function(`return ${text}`)() as LocaleText);
			const compact = textIn(first!, ...rest);
			return locales
				.filter((locale) => compact(inputs, { locale }) !== messages[message.name]?.(inputs, { locale }))
				.map((locale) => `${message.name} (${locale})`);
		});
		expect(wrong).toEqual([]);
	});

	it('leaves a message with plural forms as Paraglide wrote it', () => {
		const plural = modules.find(({ path }) => path.endsWith('unlock_wait.js'));
		expect(plural).toBeDefined();
		expect(simpleMessage(plural!.source, locales)).toBeNull();
	});

	it('writes a module that imports the one picker and keeps the message removable when unused', () => {
		const code = compactMessageModule({ name: 'done', texts: ['`Ferdig`', '`Ferdig`', '`Done`'] }, '/x/text-in.ts');
		expect(code).toBe('import { textIn } from "/x/text-in.ts";\nexport const done = /* @__PURE__ */ textIn(`Ferdig`, `Ferdig`, `Done`);\n');
	});

	it('answers in the current language when none is asked for, and in bokmål for an unknown one', () => {
		const text = textIn('nb', 'nn', (i) => `en ${String(i.x)}`);
		expect(text({}, { locale: 'nn' })).toBe('nn');
		expect(text({ x: 1 }, { locale: 'en' })).toBe('en 1');
		expect(text({}, { locale: 'xx' })).toBe('nb');
		expect(typeof text()).toBe('string');
	});
});
