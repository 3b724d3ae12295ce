import { afterEach } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';

/**
 * Renders components into the page for dom tests and takes them away after each test, so every
 * test starts with an empty page.
 */
export function mounter() {
	let mounted: ReturnType<typeof mount>[] = [];
	afterEach(() => {
		for (const i of mounted) unmount(i);
		mounted = [];
		document.body.innerHTML = '';
	});
	return function render<P extends Record<string, unknown>>(component: never, props: P): HTMLElement {
		const target = document.createElement('div');
		document.body.append(target);
		mounted.push(mount(component, { target, props }));
		flushSync();
		return target;
	};
}
