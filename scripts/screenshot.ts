/**
 * Takes screenshots of pages of a served site in light and dark theme, at desktop and phone width,
 * so a change can be looked at before it lands.
 *
 * Usage: npm run screenshot -- <base URL> <path> [<path> …]   (writes to ./screenshots/)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from './lib/chromium.ts';

const [baseUrl, ...paths] = process.argv.slice(2);
if (!baseUrl || paths.length === 0) {
	console.error(
		'Give the site URL and at least one path, like: npm run screenshot -- http://127.0.0.1:4321 /practices/output-vs-outcome/',
	);
	process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
for (const path of paths) {
	for (const theme of ['light', 'dark'] as const) {
		for (const [name, viewport] of Object.entries(viewports)) {
			const page = await browser.newPage({ viewport, colorScheme: theme });
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto(new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href);
			const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${theme}-${name}.png`;
			await page.screenshot({ path: file, fullPage: name === 'desktop' });
			console.log(file);
			await page.close();
		}
	}
}
await browser.close();
