// A tiny static server for the adapter-static build, like a plain web host: clean URLs
// (/settings → settings.html), no caching of the service worker script. Used by the update test,
// which must change sw.js between two checks, and runnable alone:
//   node tests/e2e/support/static-server.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port; the returned url says which).
 * `httpCache: false` lets the browser keep nothing in its HTTP cache (`no-store`), so offline only the
 * app's own caches can answer.
 * @param {string} root
 * @param {number} port
 * @param {{ httpCache?: boolean }} [options]
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function serveStatic(root, port, { httpCache = true } = {}) {
	const base = resolve(root);
	/** @type {string[]} */
	const requests = [];
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		requests.push(path);
		const clean = normalize(path).replace(/^([/\\])+/, '');
		const candidates = [join(base, clean), join(base, clean, 'index.html'), join(base, `${clean}.html`)];
		for (const file of candidates) {
			if (!(file === base || file.startsWith(base + sep))) continue;
			if (!(await isFile(file))) continue;
			const body = await readFile(file);
			res.writeHead(200, {
				'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
				'cache-control': !httpCache ? 'no-store' : file.includes(`${sep}immutable${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		if (process.env.STATIC_SERVER_LOG) console.error(`404 ${path}`);
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('Not found');
	});
	await new Promise((resolveListen, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolveListen(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		requests,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [dir = 'build', port = '4174'] = process.argv.slice(2);
	const { url } = await serveStatic(dir, Number(port));
	console.log(`Serving ${dir} on ${url}`);
}
