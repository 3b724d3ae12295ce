/**
 * The room a file under src/ belongs to: each domain part is a room (`domain/plan`), each shared
 * tool too (`media`, `files`, `ui`), and all routes are one room.
 */
export function roomOf(path: string): string {
	const parts = path.split('/');
	if (parts[0] === 'routes') return 'routes';
	if (parts[0] !== 'lib' || parts.length < 3) return parts.slice(0, 2).join('/').replace(/\.(ts|svelte)$/, '');
	if (parts[1] === 'domain') return `domain/${parts[2]}`;
	return parts[1]!;
}

/** The loops in a graph of rooms, each as its rooms in order (Tarjan's strongly connected parts). */
export function roomCycles(edges: readonly (readonly [string, string])[]): string[][] {
	const next = new Map<string, Set<string>>();
	for (const [from, to] of edges) {
		if (from === to) continue;
		if (!next.has(from)) next.set(from, new Set());
		next.get(from)!.add(to);
		if (!next.has(to)) next.set(to, new Set());
	}
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const loops: string[][] = [];
	const visit = (room: string) => {
		index.set(room, counter);
		low.set(room, counter);
		counter++;
		stack.push(room);
		onStack.add(room);
		for (const to of next.get(room) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(room, Math.min(low.get(room)!, low.get(to)!));
			} else if (onStack.has(to)) {
				low.set(room, Math.min(low.get(room)!, index.get(to)!));
			}
		}
		if (low.get(room) === index.get(room)) {
			const loop: string[] = [];
			let top: string;
			do {
				top = stack.pop()!;
				onStack.delete(top);
				loop.push(top);
			} while (top !== room);
			if (loop.length > 1) loops.push(loop.sort());
		}
	};
	for (const room of [...next.keys()].sort()) if (!index.has(room)) visit(room);
	return loops;
}
