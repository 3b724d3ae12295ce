import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import symbolMap from '$lib/symbols/symbol-map.json';
import { checkEasyRead } from '$lib/i18n/easy-read';
import { loadCatalogue } from '../../../../tests/unit/catalogue';
import { ApplyStages, Glossary, GlossaryEntry, Option, Options, Role, Roles } from './content-schema';
import { APPLY_STAGES, GLOSSARY, HELPERS, OPTIONS, OPTIONS_BY_GROUP, ROLES, YEAR_DATES, glossaryHref, tryHref } from './content';

const optionIds = new Set(OPTIONS.map((o) => o.id));

const LOCALES = ['nb', 'nn', 'en'] as const;
const good = OPTIONS[0]!;

/** Every Text3 inside a value, with where it is. */
function texts(value: unknown, path = ''): { path: string; nb: string; nn: string; en: string }[] {
	if (value === null || typeof value !== 'object') return [];
	const v = value as Record<string, unknown>;
	if (typeof v.nb === 'string') return [{ path, nb: v.nb, nn: String(v.nn), en: String(v.en) }];
	return Object.entries(v).flatMap(([k, child]) => texts(child, `${path}/${k}`));
}

describe('information content: schema', () => {
	it('the shipped files match their zod schemas', () => {
		expect(Options.safeParse(OPTIONS).success).toBe(true);
		expect(Roles.safeParse(ROLES).success).toBe(true);
		expect(Glossary.safeParse(GLOSSARY).success).toBe(true);
	});

	it('refuses bad data: a missing language, too few or too many sentences, an unknown group or target, a bad id', () => {
		const withoutNn = { ...good, title: { nb: 'VTA', en: 'VTA' } };
		expect(Option.safeParse(withoutNn).success).toBe(false);
		expect(Option.safeParse({ ...good, sentences: good.sentences.slice(0, 2) }).success).toBe(false);
		expect(Option.safeParse({ ...good, sentences: [...good.sentences, ...good.sentences].slice(0, 8) }).success).toBe(false);
		expect(Option.safeParse({ ...good, group: 'fun' }).success).toBe(false);
		expect(Option.safeParse({ ...good, try: 'now' }).success).toBe(false);
		expect(Option.safeParse({ ...good, id: 'Ikke OK' }).success).toBe(false);
		expect(Option.safeParse({ ...good, roles: [] }).success).toBe(false);
		expect(Role.safeParse({ ...ROLES[0]!, text: { nb: '', nn: 'x', en: 'x' } }).success).toBe(false);
		expect(GlossaryEntry.safeParse({ ...GLOSSARY[0]!, explanation: undefined }).success).toBe(false);
		expect(Glossary.safeParse([]).success).toBe(false);
	});

	it('accepts good data, also a glossary word without an option page', () => {
		expect(Option.safeParse(good).success).toBe(true);
		const { option: _, ...plain } = GLOSSARY.find((g) => g.option)!;
		expect(GlossaryEntry.safeParse(plain).success).toBe(true);
	});
});

describe('information content: complete', () => {
	const symbols = new Set(Object.keys(symbolMap));
	const roleIds = new Set(ROLES.map((r) => r.id));
	const wordIds = new Set(GLOSSARY.map((g) => g.id));
	const optionIds = new Set(OPTIONS.map((o) => o.id));

	it('has every option after school, each in a group of at most 4 (the list fits a phone)', () => {
		expect([...optionIds].sort()).toEqual(
			['arbeidsutproving', 'dagsenter', 'education', 'folkehogskole', 'hospitering', 'jobbsmak', 'laerekandidat', 'supported_job', 'uforetrygd', 'vta', 'vto'].sort()
		);
		for (const { options } of OPTIONS_BY_GROUP) expect(options.length).toBeGreaterThan(0), expect(options.length).toBeLessThanOrEqual(4);
	});

	it('has every role of the people who can help', () => {
		expect([...roleIds].sort()).toEqual(['ansvarsgruppe', 'coordinator', 'guardian', 'job_coach', 'nav', 'ppt', 'teacher', 'transition'].sort());
	});

	it('has the hard words of the app in the glossary', () => {
		for (const id of ['jobbsmak', 'hospitering', 'arbeidsutproving', 'praksis', 'laerekandidat', 'vta', 'vto', 'nav', 'uforetrygd', 'overgangsmote', 'ansvarsgruppe', 'individuell_plan', 'verge', 'ppt', 'koordinator', 'overgangsansvarlig', 'job_coach', 'helt_med', 'folkehogskole', 'dagsenter', 'arbeidsevnevurdering'])
			expect(wordIds.has(id), id).toBe(true);
	});

	it('uses unique ids, known symbols, and only roles, words and options that exist', () => {
		for (const list of [OPTIONS, ROLES, GLOSSARY]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
		for (const item of [...OPTIONS, ...ROLES, ...GLOSSARY]) expect(symbols.has(item.symbol), `${item.id}: ${item.symbol}`).toBe(true);
		for (const o of OPTIONS) {
			for (const r of o.roles) expect(roleIds.has(r), `${o.id}: role ${r}`).toBe(true);
			for (const w of o.words) expect(wordIds.has(w), `${o.id}: word ${w}`).toBe(true);
		}
		for (const r of ROLES) for (const w of r.words) expect(wordIds.has(w), `${r.id}: word ${w}`).toBe(true);
		for (const g of GLOSSARY) if (g.option) expect(optionIds.has(g.option), `${g.id}: option ${g.option}`).toBe(true);
	});

	it('has every text in bokmål, nynorsk and English, none empty', () => {
		const all = texts([OPTIONS, ROLES, GLOSSARY]);
		expect(all.length).toBeGreaterThan(150);
		for (const t of all) for (const l of LOCALES) expect(t[l].trim(), `${t.path} ${l}`).not.toBe('');
	});

	it('sends "Vil du prøve dette?" to planning a jobbsmak, or to the list where a jobbsmak makes no sense', () => {
		expect(tryHref(OPTIONS.find((o) => o.id === 'vta')!)).toBe('/trials/new');
		expect(tryHref(OPTIONS.find((o) => o.id === 'uforetrygd')!)).toBe('/trials');
		expect(glossaryHref('vta')).toBe('/info/words#vta');
	});
});

describe('information content: every fact says where it comes from', () => {
	const all = [
		...OPTIONS.map((x) => ['option', x.id, x.source] as const),
		...ROLES.map((x) => ['role', x.id, x.source] as const),
		...GLOSSARY.map((x) => ['word', x.id, x.source] as const),
		...YEAR_DATES.map((x) => ['year', x.id, x.source] as const),
		...HELPERS.map((x) => ['helper', x.id, x.source] as const),
		...APPLY_STAGES.flatMap((s) => s.items.map((x) => ['apply', x.id, x.source] as const))
	];

	it('every entry in every content file has a non-empty source', () => {
		expect(all.length).toBeGreaterThan(80);
		for (const [kind, id, source] of all) expect(typeof source === 'string' && source.trim().length >= 3, `${kind} ${id}`).toBe(true);
	});

	it('names a seed document by its title, or a public site, or the app itself', () => {
		const known = /^(Oslo kommune: Flere i tilrettelagt arbeid|Bærum kommune: Inntaksprosedyre|Stiftelsen SOR: |Lillestrøm kommune: |Helsedirektoratet: |Jobbvei \(om appen\)|nav\.no|vilbli\.no|folkehogskole\.no|baerum\.kommune\.no)/;
		for (const [kind, id, source] of all) expect(source, `${kind} ${id}`).toMatch(known);
	});

	it('the schemas refuse an entry without a source', () => {
		const { source: _o, ...option } = good;
		expect(Option.safeParse(option).success).toBe(false);
		const { source: _r, ...role } = ROLES[0]!;
		expect(Role.safeParse(role).success).toBe(false);
		const { source: _g, ...word } = GLOSSARY[0]!;
		expect(GlossaryEntry.safeParse(word).success).toBe(false);
		expect(GlossaryEntry.safeParse({ ...GLOSSARY[0]!, source: '  ' }).success).toBe(false);
	});
});

describe('information content: uføretrygd says what really happens', () => {
	const ufore = OPTIONS.find((o) => o.id === 'uforetrygd')!;

	it('no longer says NAV first looks at what you can work with, in any language', () => {
		for (const s of ufore.sentences) {
			expect(s.nb).not.toMatch(/først ser nav/i);
			expect(s.nn).not.toMatch(/først ser nav/i);
			expect(s.en).not.toMatch(/first,? nav looks/i);
		}
	});

	it('says NAV often does not look at it, that you can ask for an arbeidsevnevurdering, and that VTA can be applied for meanwhile', () => {
		const nb = ufore.sentences.map((s) => s.nb);
		expect(nb).toContain('Ofte ser ikke NAV på hva du kan jobbe med.');
		expect(nb).toContain('Du kan be NAV om en arbeidsevnevurdering.');
		expect(nb.some((s) => /søke om VTA før NAV har svart/.test(s))).toBe(true);
		expect(ufore.words).toContain('arbeidsevnevurdering');
		const helper = HELPERS.find((h) => h.id === 'work_assessment')!;
		expect(helper.paragraphs.map((p) => p.nb).join(' ')).toMatch(/uten en slik vurdering.*be NAV om en/s);
	});
});

describe('"Hva skal vi søke om, hvor og når?"', () => {
	it('matches its schema: 16, 17, 18, the last school year and after school, each item with where and when', () => {
		expect(ApplyStages.safeParse(APPLY_STAGES).success).toBe(true);
		expect(APPLY_STAGES.map((s) => s.id)).toEqual(['age_16', 'age_17', 'age_18', 'last_year', 'after_school']);
		const ids = APPLY_STAGES.flatMap((s) => s.items.map((i) => i.id));
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['transition_meeting', 'coordinator', 'disability_benefit', 'work_assessment', 'vta_place', 'folk_high_school', 'laerekandidat', 'home', 'vta_leave']) expect(ids).toContain(id);
		const symbols = new Set(Object.keys(symbolMap));
		for (const item of APPLY_STAGES.flatMap((s) => s.items)) {
			expect(symbols.has(item.symbol), item.id).toBe(true);
			if (item.option) expect(optionIds.has(item.option), item.id).toBe(true);
		}
	});

	it.each(LOCALES)('%s: plain language, sentences of at most 20 words; each stage LIX ≤ 30', (l) => {
		const problems: string[] = [];
		for (const stage of APPLY_STAGES) {
			problems.push(...checkEasyRead(stage.items.map((i) => i.what[l]).join(' '), 20).map((p) => `${stage.id}: ${p.detail}`));
			for (const i of stage.items) for (const t of [i.title[l], i.when[l]]) problems.push(...checkEasyRead(t, 20).map((p) => `${i.id}: ${p.detail}`));
		}
		expect(problems).toEqual([]);
	});
});

describe('information content: easy-read lint in every language', () => {
	it.each(LOCALES)('%s: sentences of at most 12 words, LIX ≤ 30 per page and per entry', (l) => {
		const problems: string[] = [];
		const check = (where: string, t: string) => problems.push(...checkEasyRead(t).map((p) => `${where}: ${p.detail}`));
		for (const o of OPTIONS) {
			// The option page is one screen of running text: LIX over all its sentences together.
			check(`${o.id}`, o.sentences.map((s) => s[l]).join(' '));
			for (const [i, s] of o.sentences.entries()) {
				check(`${o.id}/${i}`, s[l]);
				expect(s[l].replace(/(\d)\.\s/g, '$1 ').match(/[.!?]\s/g), `${o.id}/${i}: one sentence`).toBeNull();
			}
			check(`${o.id}/ask`, o.ask[l]);
			check(`${o.id}/summary`, o.summary[l]);
			check(`${o.id}/title`, o.title[l]);
		}
		for (const r of ROLES) check(`role ${r.id}`, r.text[l]);
		for (const g of GLOSSARY) {
			check(`word ${g.id}`, g.explanation[l]);
			expect(g.explanation[l].split(/(?<=[.!?])\s+/).length, `word ${g.id}: one sentence`).toBe(1);
		}
		expect(problems).toEqual([]);
	});
});

describe('every hard word the app explains is in the glossary', () => {
	const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
	function svelteFiles(dir: string): string[] {
		return readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return svelteFiles(path);
			return name.endsWith('.svelte') ? [path] : [];
		});
	}
	const files = [...svelteFiles(join(root, 'routes')), ...svelteFiles(join(root, 'lib'))]
		.filter((f) => !f.endsWith('ExplainWord.svelte') && !f.endsWith('GlossaryWord.svelte'))
		.map((f) => ({ f: f.slice(root.length), src: readFileSync(f, 'utf8') }));
	const wordIds = new Set(GLOSSARY.map((g) => g.id));
	const nb = loadCatalogue('nb');
	const terms = new Set(GLOSSARY.map((g) => g.term.nb.toLowerCase()));

	it('GlossaryWord is used with ids that exist', () => {
		const used = files.flatMap(({ f, src }) => [...src.matchAll(/<GlossaryWord\s+id="([^"]+)"/g)].map((x) => ({ f, id: x[1]! })));
		expect(used.length).toBeGreaterThanOrEqual(5);
		expect(used.filter((u) => !wordIds.has(u.id))).toEqual([]);
	});

	it('ExplainWord used directly explains a word that the glossary has too', () => {
		// Screens should use GlossaryWord; a direct ExplainWord (the component gallery) must still name a glossary word.
		const direct = files.flatMap(({ f, src }) => [...src.matchAll(/<ExplainWord\s+word=\{m\.(\w+)\(\)\}/g)].map((x) => ({ f, key: x[1]! })));
		const unknown = direct.filter(({ key }) => !terms.has(String(nb[key] ?? '').toLowerCase()));
		expect(unknown).toEqual([]);
		const dynamic = files.filter(({ src }) => /<ExplainWord(?![^>]*word=\{m\.\w+\(\)\})/.test(src)).map(({ f }) => f);
		expect(dynamic).toEqual([]);
	});
});
