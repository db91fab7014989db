import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getHeaderPolicy } from '../../src/integration/content-security-policy.ts';
import { closePage, launchBrowser, openPage, serveSite, type ServedSite } from '../helpers/browser.ts';

// The sample playbook, built once for all test files by the global setup.
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
	site = await serveSite(inject('sampleDist'));
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const url = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;

declare global {
	interface Window {
		/** What the page's Content Security Policy blocked, as `directive: URL`. */
		blockedByPolicy: string[];
	}
}

/** A page that records every Content Security Policy violation and every error the console shows. */
async function openWatchedPage(theme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
	const page = await openPage(browser, theme);
	const errors: string[] = [];
	page.on('console', (message) => {
		// The 404 page is served with status 404, which Chromium logs as an error: that one is expected.
		if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		window.blockedByPolicy = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			window.blockedByPolicy.push(`${event.effectiveDirective}: ${event.blockedURI}`),
		);
	});
	return { page, errors };
}

const getBlocked = (page: Page) => page.evaluate(() => window.blockedByPolicy);

describe('Content Security Policy', () => {
	const pages = [
		['home', '/'],
		['record', '/practices/fund-technology-as-projects/'],
		['record history', '/practices/fund-technology-as-projects/history/'],
		['catalog', '/practices/'],
		['pillar', '/pillars/outcomes/'],
		['tags', '/tags/'],
		['tag', '/tags/funding/'],
		['decision log', '/log/'],
		['changes', '/changes/'],
		['due for review', '/review/'],
		['sources', '/sources/'],
		['print', '/print/'],
		['404', '/practices/no-such-record/'],
	] as const;

	it('renders every page type with nothing blocked and no error in the console', async () => {
		const { page, errors } = await openWatchedPage();
		const blocked: string[] = [];
		for (const [name, path] of pages) {
			await page.goto(url(path));
			await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
			// Charter's 404 page searches for the words of the missing address, through Pagefind.
			if (name === '404')
				await page.getByRole('search', { name: 'Search the playbook' }).getByRole('link').first().waitFor();
			expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
			blocked.push(...(await getBlocked(page)).map((line) => `${name}: ${line}`));
		}
		expect(blocked).toEqual([]);
		expect(errors).toEqual([]);
		await closePage(page);
	});

	it('lets search find records with nothing blocked', async () => {
		const { page, errors } = await openWatchedPage();
		await page.goto(url('/'));
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox').fill('velocity');
		await dialog.getByText(/^\d+ results? for velocity$/).waitFor();
		await dialog.getByText('Status', { exact: true }).click();
		await expect.poll(() => dialog.getByRole('link', { name: 'Measure teams on velocity' }).count()).toBeGreaterThan(0);
		expect(await getBlocked(page)).toEqual([]);
		expect(errors).toEqual([]);
		await closePage(page);
	});

	it('lets the reader switch themes with nothing blocked, and remembers the choice', async () => {
		const { page, errors } = await openWatchedPage('light');
		await page.goto(url('/practices/fund-technology-as-projects/'));
		const html = page.locator('html');
		// The built page says dark: light here shows that Starlight's inline theme script ran.
		expect(await html.getAttribute('data-theme')).toBe('light');
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
		await expect.poll(() => html.getAttribute('data-theme')).toBe('dark');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');
		expect(await getBlocked(page)).toEqual([]);
		expect(errors).toEqual([]);
		await closePage(page);
	});

	it('lets search work on the 404 page and in the dialog with the header policy of docs/publish.md sent too', async () => {
		const { page, errors } = await openWatchedPage();
		// As a server configured from docs/publish.md would: the header on every file, Pagefind's worker included.
		await page.context().route(`${site.url}**`, async (route) => {
			const response = await route.fetch();
			await route.fulfill({
				response,
				headers: { ...response.headers(), 'content-security-policy': getHeaderPolicy([]) },
			});
		});
		await page.goto(url('/practices/no-such-record/'));
		await page.getByRole('search', { name: 'Search the playbook' }).getByRole('link').first().waitFor();
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox').fill('velocity');
		await dialog.getByText(/^\d+ results? for velocity$/).waitFor();
		expect(await getBlocked(page)).toEqual([]);
		expect(errors).toEqual([]);
		await closePage(page);
	});

	it('blocks an image from another origin that reaches a page anyway', async () => {
		const { page } = await openWatchedPage();
		await page.route('https://example.com/**', (route) => route.fulfill({ status: 200, body: '' }));
		await page.goto(url('/practices/fund-technology-as-projects/'));
		await page.evaluate(() => {
			const image = document.createElement('img');
			image.src = 'https://example.com/x.png';
			document.body.append(image);
		});
		await expect.poll(() => getBlocked(page)).toEqual(['img-src: https://example.com/x.png']);
		await closePage(page);
	});

	it('blocks a script and a style attribute injected into a page', async () => {
		const { page } = await openWatchedPage();
		await page.goto(url('/practices/fund-technology-as-projects/'));
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.injected = "yes"';
			document.head.append(script);
			document.body.setAttribute('style', 'display: none');
		});
		await expect
			.poll(async () => (await getBlocked(page)).map((line) => line.split(':')[0]))
			.toEqual(['script-src-elem', 'style-src-attr']);
		expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
		await expect.poll(() => page.locator('main').isVisible()).toBe(true);
		await closePage(page);
	});
});
