import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/lib/chromium.ts';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
};

/** A static site served on the loopback address. */
export interface ServedSite {
	/** The site's root URL, base path included, ending with a slash. */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site under its base path the way a static host does: `dir/` serves `dir/index.html`,
 * and a missing page gets `404.html` with status 404. Listens on a free loopback port.
 */
export async function serveSite(outDir: string, base = '/'): Promise<ServedSite> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const root = resolve(outDir);
	const sendFile = async (file: string, status: number, response: ServerResponse) => {
		response.writeHead(status, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	};
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const notFound = () => sendFile(join(root, '404.html'), 404, response);
		if (!`${pathname}/`.startsWith(prefix)) return notFound();
		const file = normalize(join(root, pathname.slice(prefix.length)));
		if (!file.startsWith(root)) return notFound();
		const info = await stat(file).catch(() => undefined);
		if (info?.isFile()) return sendFile(file, 200, response);
		if (info?.isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { Location: `${pathname}/` });
				return response.end();
			}
			const index = join(file, 'index.html');
			if (await stat(index).catch(() => undefined)) return sendFile(index, 200, response);
		}
		return notFound();
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}

/**
 * A new page in the given Starlight theme, in its own browser context (axe needs one); closing
 * the page with `closePage` closes the context too.
 */
export async function openPage(
	browser: Browser,
	theme: 'light' | 'dark' = 'light',
	viewport = { width: 1280, height: 900 },
): Promise<Page> {
	const context = await browser.newContext({ colorScheme: theme, viewport });
	context.setDefaultTimeout(10_000);
	const page = await context.newPage();
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	return page;
}

/** Closes a page made by `openPage` with its context. */
export async function closePage(page: Page): Promise<void> {
	await page.context().close();
}

/** The accessibility violations axe-core finds on the page, as short readable lines. */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
		),
	);
}
