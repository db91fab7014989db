import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeDir, REPO_ROOT } from '../helpers/astro.ts';
import { closePage, launchBrowser, openPage, serveSite, type ServedSite } from '../helpers/browser.ts';

// The second fixture site is published under /handbook, with its own pillars and a 6-month review interval.
let outDir: string | undefined;
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
	outDir = buildSite(`${REPO_ROOT}tests/fixtures/second-site`);
	site = await serveSite(outDir, '/handbook/');
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	if (outDir) removeDir(outDir);
});

const url = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;

describe('a playbook served under a base path', () => {
	it('searches and opens the record found, under the base path', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox').fill('weekly');
		await dialog.getByText(/^1 result for weekly$/).waitFor();
		const result = dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title').getByRole('link');
		expect(await result.innerText()).toBe('Continuous discovery');
		expect(await result.getAttribute('href')).toBe('/handbook/practices/continuous-discovery/');
		await result.click();
		await page.waitForURL(url('/practices/continuous-discovery/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Continuous discovery');
		await closePage(page);
	});

	it('follows a link written as another record’s file to that record’s page, under the base path', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/continuous-discovery/'));
		const link = page.getByRole('main').getByRole('link', { name: 'platform team' });
		expect(await link.getAttribute('href')).toBe('/handbook/practices/platform-as-product/');
		await link.click();
		await page.waitForURL(url('/practices/platform-as-product/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Platform as a product');
		await closePage(page);
	});

	it('redirects a renamed record’s old address to its page, under the base path', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/internal-platform/'));
		await page.waitForURL(url('/practices/platform-as-product/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Platform as a product');
		await closePage(page);
	});

	it('narrows search results by pillar', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox').fill('team');
		await dialog.getByText(/^\d+ results? for team$/).waitFor();
		const titles = () => dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title').allInnerTexts();
		expect((await titles()).length).toBeGreaterThan(1);
		await dialog.getByText('Pillar', { exact: true }).click();
		await dialog.getByRole('checkbox', { name: /^Platform/ }).check();
		await expect.poll(titles).toEqual(['Platform as a product']);
		await closePage(page);
	});

	it('links browse pages, feeds and the 404 search under the base path', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/'));
		const matrix = page.getByRole('table', { name: 'Practices by pillar and status' });
		await matrix.getByRole('link', { name: '2 superseded in Discovery' }).click();
		await page.waitForURL(url('/pillars/discovery/#status-superseded'));

		await page.goto(url('/review/'));
		// Superseded records are not reviewed; the proposal has no date yet.
		const due = page.getByRole('list', { name: 'Practices due for review' }).getByRole('listitem');
		expect(await due.count()).toBe(2);
		expect(await due.getByRole('link', { name: 'Continuous discovery' }).getAttribute('href')).toBe(
			'/handbook/practices/continuous-discovery/',
		);
		expect(await due.getByRole('link', { name: 'Research repository' }).getAttribute('href')).toBe(
			'/handbook/practices/research-repository/',
		);

		const response = await page.goto(url('/practices/continuous-discovry/'));
		expect(response?.status()).toBe(404);
		const found = page
			.getByRole('search', { name: 'Search the playbook' })
			.getByRole('link', { name: 'Continuous discovery' })
			.first();
		expect(await found.getAttribute('href')).toBe('/handbook/practices/continuous-discovery/');
		await closePage(page);

		const data = await (await fetch(url('/records.json'))).json();
		expect(data.records.map((record: { url: string }) => record.url)).toEqual([
			'https://handbook.contoso.test/handbook/practices/annual-research-phase/',
			'https://handbook.contoso.test/handbook/practices/continuous-discovery/',
			'https://handbook.contoso.test/handbook/practices/platform-as-product/',
			'https://handbook.contoso.test/handbook/practices/quarterly-research-sprints/',
			'https://handbook.contoso.test/handbook/practices/research-repository/',
		]);
		const rss = await (await fetch(url('/rss.xml'))).text();
		expect(rss).toContain('<link>https://handbook.contoso.test/handbook/</link>');
		expect(rss).toContain('<link>https://handbook.contoso.test/handbook/practices/continuous-discovery/</link>');
	});
});
