import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * The cross-engine adapter. Smoke journeys are written once against `App`, so a test does not
 * know which engine runs it: Chromium and Firefox ESR through Playwright, WebKitGTK through
 * WebKitWebDriver + webdriverio (see engines.ts and docs/cross-engine.md, "Three engines, one adapter").
 *
 *   goto(path)            open a path of the app's origin (waits for the load event)
 *   click(t) / check(t)   click an element / check a radio or checkbox (by its label, as a person would)
 *   fill(t, value)        type into a text field (replaces what was there)
 *   press(key)            a key on the focused element: 'Enter', 'Tab', 'Escape', …
 *   waitFor(t, opts)      until `t` is visible (or just attached, or gone); throws after opts.timeout
 *   expectVisible(t)      the same, for reading tests as assertions
 *   count(t)              how many visible elements match `t` now (0 = none; never waits)
 *   textOf(t)             the element's innerText
 *   evaluate(fnOrExpr, arg?) run in the page; a returned Promise is awaited; JSON-able values only
 *   reload()              reload the page (the service worker answers if the server is gone)
 *   screenshot(file)      a PNG of the viewport
 *   axe()                 ids of axe-core violations (WCAG 2.0/2.1 A+AA and 2.2 AA)
 *   close()               end the context / WebDriver session
 *
 * A target is `{ role, name }` (ARIA role and exact accessible name), `{ text }` (exact, trimmed text
 * of an element) or `{ css }`. Playwright engines use getByRole/getByText/locator. WebKitGTK uses
 * RESOLVER below: it runs in the page, finds the visible element, tags it `data-xe=N`, and webdriverio
 * then clicks or types into `[data-xe="N"]` natively (real WebDriver input, not element.click()).
 */
export type Target = { role: string; name: string } | { text: string } | { css: string };
export type Engine = 'chromium' | 'firefox' | 'webkitgtk';

export interface WaitOptions {
	/** 'visible' (default), 'attached' (in the DOM) or 'hidden' (none visible). */
	state?: 'visible' | 'attached' | 'hidden';
	timeout?: number;
}

export interface App {
	readonly engine: Engine;
	readonly origin: string;
	goto(path: string): Promise<void>;
	click(target: Target): Promise<void>;
	check(target: Target): Promise<void>;
	fill(target: Target, value: string): Promise<void>;
	press(key: string): Promise<void>;
	waitFor(target: Target, options?: WaitOptions): Promise<void>;
	expectVisible(target: Target, options?: { timeout?: number }): Promise<void>;
	count(target: Target): Promise<number>;
	textOf(target: Target): Promise<string>;
	evaluate<T = unknown, A = unknown>(fnOrExpr: string | ((arg: A) => T | Promise<T>), arg?: A): Promise<T>;
	reload(): Promise<void>;
	screenshot(file: string): Promise<void>;
	axe(): Promise<string[]>;
	close(): Promise<void>;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const DEFAULT_TIMEOUT = 10_000;

export function describeTarget(t: Target): string {
	if ('role' in t) return `${t.role} "${t.name}"`;
	if ('text' in t) return `text "${t.text}"`;
	return `css ${t.css}`;
}

/** An expression that calls `fn` with `arg` (JSON), or `expr` as it is. */
function expression(fnOrExpr: string | ((arg: never) => unknown), arg?: unknown): string {
	if (typeof fnOrExpr === 'string') return fnOrExpr;
	return `(${fnOrExpr.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}

const AXE_INJECT = `(() => { if (!window.axe) { ${AXE_SOURCE}\n; } return typeof window.axe; })()`;
const AXE_RUN = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
	.then((r) => r.violations.map((v) => v.id))`;

// ---------------------------------------------------------------------------------------------------
// Playwright engines (Chromium, Firefox ESR)

export function playwrightApp(engine: Engine, page: Page, origin: string, onClose: () => Promise<void>): App {
	const locate = (t: Target) => {
		if ('role' in t) return page.getByRole(t.role as Parameters<Page['getByRole']>[0], { name: t.name, exact: true });
		if ('text' in t) return page.getByText(t.text, { exact: true });
		return page.locator(t.css);
	};
	const app: App = {
		engine,
		origin,
		async goto(path) {
			await page.goto(origin + path);
		},
		async click(t) {
			await locate(t).click();
		},
		async check(t) {
			await locate(t).check();
		},
		async fill(t, value) {
			await locate(t).fill(value);
		},
		async press(key) {
			await page.keyboard.press(key);
		},
		async waitFor(t, options = {}) {
			const state = options.state ?? 'visible';
			const timeout = options.timeout ?? DEFAULT_TIMEOUT;
			// `first()`: waiting is about "is there one", not strictness.
			if (state === 'hidden') await locate(t).first().waitFor({ state: 'hidden', timeout });
			else await locate(t).first().waitFor({ state, timeout });
		},
		async expectVisible(t, options = {}) {
			await app.waitFor(t, { state: 'visible', timeout: options.timeout });
		},
		async count(t) {
			return locate(t).filter({ visible: true }).count();
		},
		async textOf(t) {
			return locate(t).innerText();
		},
		async evaluate(fnOrExpr, arg) {
			return page.evaluate(expression(fnOrExpr as (a: never) => unknown, arg)) as never;
		},
		async reload() {
			await page.reload();
		},
		async screenshot(file) {
			await page.screenshot({ path: file });
		},
		async axe() {
			await page.evaluate(AXE_INJECT);
			return page.evaluate(AXE_RUN) as Promise<string[]>;
		},
		close: onClose
	};
	return app;
}

// ---------------------------------------------------------------------------------------------------
// WebKitGTK (webdriverio)

/**
 * In-page resolver: `(target, state) => { count, id }`. Finds elements by explicit role or the implicit
 * role of the tag, and the accessible name in this order: aria-labelledby, aria-label, label[for] or a
 * wrapping label (form fields), alt (img), legend (fieldset), then the text content (aria-hidden parts
 * and hidden elements left out). Names are compared exactly after collapsing white space. The first
 * visible match is tagged `data-xe=N` and N returned. Kept as a string so every engine could use it.
 */
export const RESOLVER = String.raw`(target, want) => {
	const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
	const visible = (el) => {
		if (!el.isConnected) return false;
		const cs = getComputedStyle(el);
		if (cs.visibility === 'hidden' || cs.display === 'none') return false;
		return el.getClientRects().length > 0;
	};
	const hidden = (el) => el.nodeType === 1 && (el.getAttribute('aria-hidden') === 'true' || el.hidden ||
		getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden');
	const implicitRole = (el) => {
		const tag = el.localName;
		const type = (el.getAttribute('type') || '').toLowerCase();
		switch (tag) {
			case 'a': case 'area': return el.hasAttribute('href') ? 'link' : '';
			case 'button': return 'button';
			case 'input':
				if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
				if (type === 'checkbox') return 'checkbox';
				if (type === 'radio') return 'radio';
				if (type === 'range') return 'slider';
				if (type === 'number') return 'spinbutton';
				if (type === 'search') return 'searchbox';
				if (type === 'hidden' || type === 'file' || type === 'color' || type === 'date') return '';
				return 'textbox';
			case 'textarea': return 'textbox';
			case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
			case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
			case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
			case 'nav': return 'navigation';
			case 'main': return 'main';
			case 'ul': case 'ol': return 'list';
			case 'li': return 'listitem';
			case 'fieldset': return 'group';
			case 'dialog': return 'dialog';
			case 'form': return 'form';
			case 'progress': return 'progressbar';
			case 'section': return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
			case 'header': return el.closest('main,article,section,aside,nav') ? '' : 'banner';
			case 'footer': return el.closest('main,article,section,aside,nav') ? '' : 'contentinfo';
			default: return '';
		}
	};
	const roleOf = (el) => norm(el.getAttribute('role')).split(' ')[0] || implicitRole(el);
	const textName = (node) => {
		if (node.nodeType === 3) return node.textContent;
		if (node.nodeType !== 1 || hidden(node)) return '';
		if (node.hasAttribute('aria-label')) return ' ' + node.getAttribute('aria-label') + ' ';
		if (node.localName === 'img') return ' ' + (node.getAttribute('alt') || '') + ' ';
		if (node.localName === 'svg' || node.localName === 'style' || node.localName === 'script') return '';
		let s = '';
		for (const child of node.childNodes) s += textName(child);
		const cs = getComputedStyle(node);
		return cs.display.startsWith('inline') ? s : ' ' + s + ' ';
	};
	const nameOf = (el) => {
		const by = el.getAttribute('aria-labelledby');
		if (by) return norm(by.split(/\s+/).map((id) => { const r = document.getElementById(id); return r ? textName(r) : ''; }).join(' '));
		if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
		if (el.labels && el.labels.length) return norm([...el.labels].map(textName).join(' '));
		if (el.localName === 'img') return norm(el.getAttribute('alt'));
		if (el.localName === 'fieldset') { const l = el.querySelector(':scope > legend'); return l ? norm(textName(l)) : ''; }
		if (['input', 'select', 'textarea'].includes(el.localName)) return norm(el.getAttribute('title') || el.getAttribute('placeholder'));
		return norm(textName(el));
	};
	let found;
	if (target.css) found = [...document.querySelectorAll(target.css)];
	else if (target.role) found = [...document.querySelectorAll('*')].filter((el) => roleOf(el) === target.role && nameOf(el) === norm(target.name));
	else {
		const text = norm(target.text);
		// The innermost elements whose whole text is the text.
		found = [...document.querySelectorAll('body *')].filter((el) => norm(el.textContent) === text &&
			![...el.children].some((c) => norm(c.textContent) === text));
	}
	// A form field counts as shown when its label is (radios and checkboxes are drawn by their labels).
	const shown = (el) => visible(el) || (el.labels && [...el.labels].some(visible));
	const list = want === 'attached' ? found : found.filter(shown);
	if (!list.length) return { count: 0, id: null };
	window.__xeNext = (window.__xeNext || 0) + 1;
	const el = list[0];
	el.setAttribute('data-xe', String(window.__xeNext));
	let via = null;
	if (el.labels && el.labels.length && !visible(el)) {
		via = el.labels[0];
		via.setAttribute('data-xe', String(window.__xeNext) + 'l');
	}
	return { count: list.length, id: String(window.__xeNext), via: via ? String(window.__xeNext) + 'l' : null };
}`;

/** The subset of a webdriverio Browser the adapter needs (kept structural so this file needs no types). */
export interface WdioBrowser {
	url(u: string): Promise<unknown>;
	execute(script: string, ...args: unknown[]): Promise<unknown>;
	$(selector: string): Promise<{
		click(): Promise<void>;
		clearValue(): Promise<void>;
		setValue(v: string): Promise<void>;
		isSelected(): Promise<boolean>;
	}>;
	keys(k: string | string[]): Promise<void>;
	refresh(): Promise<void>;
	saveScreenshot(f: string): Promise<unknown>;
	deleteSession(): Promise<void>;
}

interface Resolved {
	count: number;
	id: string | null;
	via: string | null;
}

export function webdriverApp(b: WdioBrowser, origin: string, onClose: () => Promise<void>): App {
	const run = async <T>(expr: string): Promise<T> => (await b.execute(`return (${expr})`)) as T;
	const resolveOnce = (t: Target, want: 'visible' | 'attached') =>
		run<Resolved>(`(${RESOLVER})(${JSON.stringify(t)}, ${JSON.stringify(want)})`);
	const resolve = async (t: Target, timeout = DEFAULT_TIMEOUT): Promise<Resolved> => {
		const end = Date.now() + timeout;
		for (;;) {
			const r = await resolveOnce(t, 'visible').catch(() => ({ count: 0, id: null, via: null }));
			if (r.id) return r;
			if (Date.now() > end) throw new Error(`webkitgtk: no visible ${describeTarget(t)} after ${timeout} ms`);
			await new Promise((r) => setTimeout(r, 100));
		}
	};
	const el = (id: string) => b.$(`[data-xe="${id}"]`);
	const app: App = {
		engine: 'webkitgtk',
		origin,
		async goto(path) {
			await b.url(origin + path);
		},
		async click(t) {
			const r = await resolve(t);
			await (await el(r.via ?? r.id!)).click();
		},
		async check(t) {
			const r = await resolve(t);
			const input = await el(r.id!);
			if (await input.isSelected()) return;
			// Radios drawn by their label are checked the way a person does it: tapping the label.
			await (await el(r.via ?? r.id!)).click();
			const end = Date.now() + 2_000;
			while (!(await input.isSelected())) {
				if (Date.now() > end) throw new Error(`webkitgtk: ${describeTarget(t)} did not become checked`);
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		async fill(t, value) {
			const r = await resolve(t);
			const input = await el(r.id!);
			await input.clearValue();
			await input.setValue(value);
		},
		async press(key) {
			await b.keys(key);
		},
		async waitFor(t, options = {}) {
			const state = options.state ?? 'visible';
			const timeout = options.timeout ?? DEFAULT_TIMEOUT;
			const end = Date.now() + timeout;
			for (;;) {
				const r = await resolveOnce(t, state === 'attached' ? 'attached' : 'visible').catch(() => null);
				if (r && (state === 'hidden' ? r.count === 0 : r.count > 0)) return;
				if (Date.now() > end) throw new Error(`webkitgtk: ${describeTarget(t)} not ${state} after ${timeout} ms`);
				await new Promise((r) => setTimeout(r, 100));
			}
		},
		async expectVisible(t, options = {}) {
			await app.waitFor(t, { state: 'visible', timeout: options.timeout });
		},
		async count(t) {
			return (await resolveOnce(t, 'visible')).count;
		},
		async textOf(t) {
			const r = await resolve(t);
			return run<string>(`document.querySelector('[data-xe="${r.id}"]').innerText`);
		},
		async evaluate(fnOrExpr, arg) {
			return run(expression(fnOrExpr as (a: never) => unknown, arg));
		},
		async reload() {
			await b.refresh();
		},
		async screenshot(file) {
			await b.saveScreenshot(file);
		},
		async axe() {
			await run(AXE_INJECT);
			return run<string[]>(AXE_RUN);
		},
		close: onClose
	};
	return app;
}
