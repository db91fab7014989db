import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** A static file server for a built site, as a typical host serves it: text compressed with gzip. */
export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serves the folder `dir` on 127.0.0.1 at `port` (0 picks a free one). `/path/` serves `/path/index.html`. */
export async function serveDirectory(dir: string, port = 0): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(normalize(dir))) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			response.writeHead(404, { 'content-type': TYPES['.html']! });
			createReadStream(join(dir, '404.html'))
				.on('error', () => response.end())
				.pipe(response);
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Pagefind's index files are compressed already; text is compressed as hosts do.
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			const body = gzipSync(readFileSync(file));
			response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
			response.end(body);
			return;
		}
		response.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
