import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The repository root: the sample site. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds a site with the Astro CLI into a fresh temporary directory and returns that directory.
 * Runs in a child process on the same Node as the tests, so a failing build shows its own report.
 */
export async function buildSite(root: string): Promise<string> {
	const outDir = await mkdtemp(join(tmpdir(), 'charter-e2e-'));
	const astro = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
	try {
		await promisify(execFile)(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], {
			cwd: REPO_ROOT,
			maxBuffer: 64 * 1024 * 1024,
			env: { ...withoutTestEnvironment(process.env), ASTRO_TELEMETRY_DISABLED: '1' },
		});
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`Building ${root} failed:\n${stdout}\n${stderr}`);
	}
	return outDir;
}

/**
 * Vitest puts Vite's mode variables (DEV=1, BASE_URL=/, NODE_ENV=test…) in the environment; Astro
 * would read them, build pages in development mode (without search) and ignore the site's base path.
 */
const TEST_ENVIRONMENT = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

function withoutTestEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([key]) => !TEST_ENVIRONMENT.has(key) && !key.startsWith('VITEST')));
}

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
	const sendFile = async (file: string, status: number, response: import('node:http').ServerResponse) => {
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

/** Removes a build made by `buildSite`. */
export async function removeBuild(outDir: string | undefined): Promise<void> {
	if (outDir) await rm(outDir, { recursive: true, force: true });
}

/** Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/**
 * A new page in the given Starlight theme, in its own browser context (axe needs one); closing
 * the page with `closePage` closes the context too.
 */
export async function openPage(browser: Browser, theme: 'light' | 'dark' = 'light', viewport = { width: 1280, height: 900 }): Promise<Page> {
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
		violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
	);
}
