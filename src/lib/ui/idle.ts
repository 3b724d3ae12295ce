/**
 * Runs `work` when the browser has nothing else to do (or after `timeout` ms at the latest), so
 * work the person is not waiting for never delays the tap they are about to make.
 * Returns a function that cancels it, for components that go away first.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
	if ('requestIdleCallback' in window) {
		const id = requestIdleCallback(work, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}
