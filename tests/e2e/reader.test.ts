import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	closePage,
	findAccessibilityViolations,
	launchBrowser,
	openPage,
	serveSite,
	type ServedSite,
} from '../helpers/browser.ts';

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

/** Opens Starlight's search dialog, types a query and waits for the result count. */
async function search(page: Page, query: string): Promise<Locator> {
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox').fill(query);
	await dialog.getByText(new RegExp(`^\\d+ results? for ${query}$`)).waitFor();
	return dialog;
}

/** The titles of the search results shown in the dialog. */
async function getResultTitles(dialog: Locator): Promise<string[]> {
	return dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title').allInnerTexts();
}

async function getResultCount(dialog: Locator): Promise<number> {
	const message = await dialog.getByText(/^\d+ results? for /).innerText();
	return Number(message.split(' ')[0]);
}

describe('search', () => {
	it('finds a record by a word of its body and shows its summary and status', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		const dialog = await search(page, 'velocity');
		expect(await getResultTitles(dialog)).toEqual(['Measure teams on velocity']);
		await expect.poll(() => dialog.getByText(/^Status: Rejected/).count()).toBe(1);
		await expect.poll(() => dialog.getByText(/^Summary: We considered ranking and rewarding teams/).count()).toBe(1);
		await dialog.getByRole('link', { name: 'Measure teams on velocity' }).first().click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Measure teams on velocity');
		await closePage(page);
	});

	it('narrows results with the status and pillar filters', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		const dialog = await search(page, 'product');
		const all = await getResultCount(dialog);
		expect(all).toBeGreaterThan(5);

		await dialog.getByText('Status', { exact: true }).click();
		await dialog.getByRole('checkbox', { name: /^Accepted/ }).check();
		await expect.poll(() => getResultCount(dialog)).toBeLessThan(all);
		const accepted = await getResultCount(dialog);

		await dialog.getByText('Pillar', { exact: true }).click();
		await dialog.getByRole('checkbox', { name: /^Outcomes and evidence/ }).check();
		await expect.poll(() => getResultCount(dialog)).toBeLessThan(accepted);
		const more = dialog.getByRole('button', { name: 'Load more results' });
		while (await more.isVisible()) await more.click();
		const titles = await getResultTitles(dialog);
		expect(titles).toContain('Outcomes over outputs');
		expect(titles).not.toContain('Measure teams on velocity');
		expect(titles).not.toContain('Fund long-lived product teams');
		const statuses = await dialog.getByText(/^Status: /).allInnerTexts();
		expect(new Set(statuses)).toEqual(new Set(['Status: Accepted']));
		await closePage(page);
	});

	it('ranks the record in force above the record it replaced, and names it in the superseded result', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		const current = 'Fund long-lived product teams';
		const superseded = `Fund technology change as annual projects (superseded by ${current})`;
		// "budget" is in the body of both records, "fund" in both titles.
		for (const query of ['budget', 'fund']) {
			const dialog = await search(page, query);
			// Pagefind fills in each result's title once its data has loaded.
			await expect.poll(() => getResultTitles(dialog), { message: query, timeout: 10_000 }).toContain(superseded);
			const titles = await getResultTitles(dialog);
			expect(titles.indexOf(current), query).toBeLessThan(titles.indexOf(superseded));
			await page.keyboard.press('Escape');
		}
		const dialog = await search(page, 'budget');
		const result = dialog.locator('.pagefind-ui__result').filter({ hasText: superseded });
		expect(await result.getByText(/^Status: /).innerText()).toBe('Status: Superseded');
		// The field that ranks records in force repeats their title and is not shown.
		expect(
			await dialog
				.getByText(/^In_force: /)
				.first()
				.isVisible(),
		).toBe(false);
		await closePage(page);
	});

	it('ranks rejected and superseded records below accepted ones whose titles match as well', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		const dialog = await search(page, 'teams');
		const more = dialog.getByRole('button', { name: 'Load more results' });
		await more.waitFor();
		while (await more.isVisible()) await more.click();
		await expect.poll(() => getResultTitles(dialog), { timeout: 10_000 }).toContain('Measure teams on velocity');
		const titles = await getResultTitles(dialog);
		// Each of the three has "teams" (or "team") in its title; only the first is in force.
		expect(titles[0]).toBe('Fund long-lived product teams');
		expect(titles.indexOf('Measure teams on velocity')).toBeGreaterThan(0);
		expect(titles.indexOf('Hand systems to a maintenance team at go-live')).toBeGreaterThan(0);
		await closePage(page);
	});

	it('keeps every status of the playbook in the status filter, and each reaches its records', async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		const dialog = await search(page, 'product');
		await dialog.getByText('Status', { exact: true }).click();
		const statuses = dialog.getByRole('group', { name: 'Status' }).getByRole('checkbox');
		expect((await statuses.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('value')))).sort()).toEqual([
			'Accepted',
			'Proposed',
			'Rejected',
			'Superseded',
		]);
		for (const status of ['Rejected', 'Superseded']) {
			const box = dialog.getByRole('checkbox', { name: new RegExp(`^${status}`) });
			await box.check();
			await expect
				.poll(async () => new Set(await dialog.getByText(/^Status: /).allInnerTexts()), { timeout: 10_000 })
				.toEqual(new Set([`Status: ${status}`]));
			await box.uncheck();
		}
		await closePage(page);
	});

	it("indexes a record's justification, alternatives and sources but not the navigation, nor any browse page", async () => {
		const page = await openPage(browser);
		await page.goto(url('/'));
		// Asks Pagefind's own API in the page. A string, so that Vitest does not rewrite its import().
		const find = (term: string): Promise<{ url: string; content: string }[]> =>
			page.evaluate(`(async () => {
				const pagefind = await import(${JSON.stringify(url('/pagefind/pagefind.js'))});
				const response = await pagefind.search(${JSON.stringify(term)});
				return Promise.all(response.results.map((result) => result.data()));
			})()`);
		// A justification claim, an alternative's reason and a source of "Fund technology change as annual projects".
		const [record, ...others] = await find('predictable annual envelope');
		expect(others).toEqual([]);
		expect(record?.url).toBe('/practices/fund-technology-as-projects/');
		expect(record?.content).toContain('Fixed project budgets gave finance a predictable annual envelope');
		expect(record?.content).toContain('At the time this looked like open-ended spending with no finish line');
		expect(record?.content).toContain('Great Financial Services Companies Deliver Products, Not Projects');
		for (const navigation of [
			'Decision log',
			'Due for review',
			'On this page',
			'Skip to content',
			'Related records',
			'Previous',
		]) {
			expect(record?.content).not.toContain(navigation);
		}
		const pages = (await find('product')).map((result) => result.url);
		expect(pages.length).toBeGreaterThan(5);
		expect(
			pages.filter((path) => /^\/(|practices\/|pillars\/.*|tags\/.*|log\/|review\/|sources\/|print\/)$/.test(path)),
		).toEqual([]);
		expect(pages).toContain('/practices/products-not-projects/');
		await closePage(page);
	});
});

describe('record pages', () => {
	it('shows a link icon beside a body heading on hover, which links to that section', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/output-vs-outcome/'));
		const link = page.getByRole('link', { name: 'Section titled “Context”' });
		await page.getByRole('heading', { name: 'Context', level: 2 }).hover();
		const icon = await link.locator('.sl-anchor-icon').evaluate((element) => {
			const style = getComputedStyle(element, '::before');
			return {
				width: parseFloat(style.width),
				mask: style.maskImage,
				opacity: getComputedStyle(element.parentElement!).opacity,
			};
		});
		expect(icon.width).toBeGreaterThan(8);
		expect(icon.mask).toContain('data:image/svg+xml');
		expect(icon.opacity).toBe('1');
		await link.click();
		await page.waitForURL(url('/practices/output-vs-outcome/#context'));
		await closePage(page);
	});

	it('follows a link written as another record’s file to the heading it names on that record’s page', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/okrs-tie-work-to-outcomes/'));
		await page.getByRole('main').getByRole('link', { name: 'outcomes, not outputs' }).click();
		await page.waitForURL(url('/practices/output-vs-outcome/#definition'));
		await expect.poll(() => page.getByRole('heading', { name: 'Definition', level: 2 }).isVisible()).toBe(true);
		await closePage(page);
	});

	it('follows a "Superseded by" banner to the record that replaced it', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/fund-technology-as-projects/'));
		const banner = page.getByRole('complementary', { name: 'Superseded' });
		await banner.getByRole('link', { name: 'Fund long-lived product teams' }).click();
		await page.waitForURL(url('/practices/fund-long-lived-product-teams/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Fund long-lived product teams');
		await closePage(page);
	});

	it('links a record to its tag pages', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/fund-technology-as-projects/'));
		await page.getByRole('link', { name: 'governance', exact: true }).click();
		await page.waitForURL(url('/tags/governance/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tag: governance');
		expect(
			await page
				.getByRole('list', { name: 'Practices tagged governance' })
				.getByRole('link', { name: 'Fund technology change as annual projects' })
				.count(),
		).toBe(1);
		await closePage(page);
	});
});

describe('browse pages', () => {
	it('shows the catalog with a pillar by status overview whose counts lead to the records', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/'));
		const matrix = page.getByRole('table', { name: 'Practices by pillar and status' });
		const header = await matrix.getByRole('columnheader').allInnerTexts();
		expect(header).toEqual(['Pillar', 'Proposed', 'Accepted', 'Deprecated', 'Superseded', 'Rejected', 'Total']);
		const delivery = matrix.getByRole('row', { name: /^Funding and delivery/ });
		const cells = await delivery
			.getByRole('cell')
			.evaluateAll((elements) => elements.map((element) => element.textContent?.replace(/\s+/g, ' ').trim()));
		expect(cells).toEqual([
			'0',
			'3 accepted in Funding and delivery',
			'0',
			'1 superseded in Funding and delivery',
			'1 rejected in Funding and delivery',
			'5',
		]);
		expect(
			await matrix
				.getByRole('row', { name: /^All pillars/ })
				.getByRole('cell')
				.last()
				.innerText(),
		).toBe('17');

		for (const pillar of [
			'Products over projects',
			'Outcomes and evidence',
			'Ownership and roles',
			'Funding and delivery',
		]) {
			expect(await page.getByRole('heading', { level: 2, name: pillar }).count()).toBe(1);
		}
		expect(
			await page
				.getByRole('list', { name: 'Practices of the Funding and delivery pillar' })
				.getByRole('listitem')
				.count(),
		).toBe(5);

		await delivery.getByRole('link', { name: '1 superseded in Funding and delivery' }).click();
		await page.waitForURL(url('/pillars/delivery/#status-superseded'));
		const section = page.getByRole('list', { name: 'Superseded practices of the Funding and delivery pillar' });
		expect(await section.getByRole('link', { name: 'Fund technology change as annual projects' }).count()).toBe(1);
		await closePage(page);
	});

	it('lists every tag with its count on the tags page', async () => {
		const page = await openPage(browser);
		await page.goto(url('/tags/'));
		const tags = page.getByRole('list', { name: 'Tags' });
		await tags.getByRole('link', { name: 'funding (6)' }).click();
		await page.waitForURL(url('/tags/funding/'));
		expect(await page.getByRole('list', { name: 'Practices tagged funding' }).getByRole('listitem').count()).toBe(6);
		await closePage(page);
	});

	it('orders the decision log newest first, open proposals at the top', async () => {
		const page = await openPage(browser);
		await page.goto(url('/log/'));
		const headings = await page.locator('main').getByRole('heading', { level: 2 }).allInnerTexts();
		expect(headings).toEqual(['Not yet decided', '2026', '2025', '2024', '2019']);
		const latest = page.getByRole('list', { name: 'Practices decided in 2026' }).getByRole('listitem').first();
		expect(await latest.getByRole('link').first().innerText()).toBe('Hypothesis-driven delivery');
		await closePage(page);
	});

	it('lists records past their review date, and flags them on their page', async () => {
		const page = await openPage(browser);
		await page.goto(url('/review/'));
		const due = page.getByRole('list', { name: 'Practices due for review' });
		// Reviewed 2025-07-14 with a 12-month interval: due whatever day the tests run.
		await due.getByRole('link', { name: 'One accountable owner for every product, process and system' }).click();
		await page.waitForURL(url('/practices/one-owner-per-product-process-system/'));
		const banner = page.getByRole('complementary', { name: 'Due for review' });
		expect(await banner.innerText()).toContain('last reviewed on July 14, 2025');
		expect(await banner.innerText()).toContain('due on July 14, 2026');
		expect(await due.count()).toBe(0);
		await page.goto(url('/practices/fund-technology-as-projects/'));
		expect(await page.getByRole('complementary', { name: 'Due for review' }).count()).toBe(0);
		await closePage(page);
	});

	it('lists each source once in the bibliography with the records citing it', async () => {
		const page = await openPage(browser);
		await page.goto(url('/sources/'));
		const sources = page.getByRole('list', { name: 'Sources' });
		expect(await sources.getByRole('link', { name: 'Cancel Your Next Project' }).count()).toBe(1);
		const entry = sources.getByRole('listitem').filter({
			has: page.getByRole('link', { name: 'Great Financial Services Companies Deliver Products, Not Projects' }),
		});
		await entry.getByRole('link', { name: 'Fund technology change as annual projects' }).click();
		await page.waitForURL(url('/practices/fund-technology-as-projects/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Fund technology change as annual projects');
		await closePage(page);
	});

	it('keeps the sidebar to browse views and pillars', async () => {
		const page = await openPage(browser);
		await page.goto(url('/sources/'));
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Catalog', 'Decision log', 'Changes', 'Due for review', 'Tags', 'Sources']) {
			expect(await sidebar.getByRole('link', { name, exact: true }).count()).toBe(1);
		}
		await closePage(page);
	});
});

describe('missing pages', () => {
	it('answers 404 and searches for the words of the address', async () => {
		const page = await openPage(browser);
		const response = await page.goto(url('/practices/teams-velocity/'));
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
		const form = page.getByRole('search', { name: 'Search the playbook' });
		expect(await form.getByRole('textbox').inputValue()).toBe('teams velocity');
		await form.getByRole('link', { name: 'Measure teams on velocity' }).first().waitFor();
		await closePage(page);
	});
});

describe('feeds and exports', () => {
	it('publishes an RSS feed of decisions, newest decision or amendment first, with absolute links', async () => {
		const xml = await (await fetch(url('/rss.xml'))).text();
		const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/g)].map(([, title, link]) => [
			title,
			link,
		]);
		expect(titles.length).toBe(15);
		// An amended record is dated by its latest amendment.
		expect(titles[0]).toEqual([
			'Prioritising when you cannot A/B test',
			'https://playbook.example.org/practices/prioritize-without-ab-tests/',
		]);
		expect(titles[1]?.[0]).toBe('Hypothesis-driven delivery');
		expect(titles.at(-1)?.[0]).toBe('Fund technology change as annual projects');
		const page = await openPage(browser);
		await page.goto(url('/'));
		expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
			'/rss.xml',
		);
		await closePage(page);
	});

	it('exports every record with its computed links in records.json', async () => {
		const data = await (await fetch(url('/records.json'))).json();
		expect(data.records).toHaveLength(17);
		const old = data.records.find((record: { id: string }) => record.id === 'fund-technology-as-projects');
		expect(old).toMatchObject({
			url: 'https://playbook.example.org/practices/fund-technology-as-projects/',
			supersededBy: ['fund-long-lived-product-teams'],
			frontmatter: { status: 'superseded', decided: '2019-02-15', pillar: 'delivery' },
		});
		expect(old.referencedBy).toContain('fund-long-lived-product-teams');
	});

	it('lists every record page in the sitemap', async () => {
		const xml = await (await fetch(url('/sitemap-0.xml'))).text();
		expect(xml).toContain('<loc>https://playbook.example.org/practices/fund-technology-as-projects/</loc>');
		expect(xml.match(/<loc>[^<]*\/practices\/[a-z0-9-]+\/<\/loc>/g)).toHaveLength(17);
	});
});

describe('print', () => {
	it('prints a record without navigation and with the address of each outside link', async () => {
		const page = await openPage(browser);
		await page.emulateMedia({ media: 'print' });
		await page.goto(url('/practices/fund-technology-as-projects/'));
		expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Search', exact: true }).isVisible()).toBe(false);
		// In print, the link's name also holds its address, shown after it.
		const source = page
			.getByRole('list')
			.getByRole('link', { name: /^Great Financial Services Companies Deliver Products, Not Projects/ });
		const after = await source.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(after).toContain(
			'https://www.thoughtworks.com/insights/blog/great-financial-services-companies-deliver-products-not-projects',
		);
		await closePage(page);
	});

	it('holds the whole playbook on one page, each record under its pillar, without clashing ids', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/'));
		await page.getByRole('link', { name: 'The whole playbook on one page' }).click();
		await page.waitForURL(url('/print/'));
		expect(await page.locator('main').getByRole('heading', { level: 3 }).count()).toBe(17);
		expect(
			await page
				.getByRole('article', { name: 'Fund technology change as annual projects' })
				.getByRole('heading', { level: 4, name: 'Justification' })
				.count(),
		).toBe(1);
		const duplicateIds = await page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
			return ids.filter((id, index) => ids.indexOf(id) !== index);
		});
		expect(duplicateIds).toEqual([]);
		const citation = page
			.getByRole('article', { name: 'Fund technology change as annual projects' })
			.getByRole('link', { name: /^Source 1:/ });
		expect(await citation.getAttribute('href')).toBe('#fund-technology-as-projects--source-thoughtworks-fs-products');
		await closePage(page);
	});
});

describe('renamed and amended records', () => {
	it('redirects a renamed record’s old address to its page, in the browser', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/ownership-vs-influence/'));
		await page.waitForURL(url('/practices/own-what-you-can-influence-the-rest/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Own what you can, influence the rest');
		await closePage(page);
	});

	it('serves the old address as a small noindex page with a visible link, kept out of the sitemap and search', async () => {
		const html = await (await fetch(url('/practices/ownership-vs-influence/'))).text();
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain(
			'<meta http-equiv="refresh" content="0; url=/practices/own-what-you-can-influence-the-rest/">',
		);
		expect(html).toContain(
			'<a href="/practices/own-what-you-can-influence-the-rest/">Own what you can, influence the rest</a>',
		);
		expect(html).toContain(
			'<link rel="canonical" href="https://playbook.example.org/practices/own-what-you-can-influence-the-rest/">',
		);
		// Pagefind indexes only pages marked with data-pagefind-body once any page is.
		expect(html).not.toContain('data-pagefind-body');
		const sitemap = await (await fetch(url('/sitemap-0.xml'))).text();
		expect(sitemap).not.toContain('ownership-vs-influence');
		expect(sitemap).toContain('/practices/own-what-you-can-influence-the-rest/</loc>');
	});

	it('shows the amendment log on the record page, and marks the record as amended in the catalog and the feed', async () => {
		const page = await openPage(browser);
		await page.goto(url('/practices/prioritize-without-ab-tests/'));
		const log = page.getByRole('region', { name: 'Amendments' });
		expect(await log.getByRole('listitem').allInnerTexts()).toEqual([
			expect.stringMatching(/^September 14, 2026: Added the second claim/),
		]);
		expect(await findAccessibilityViolations(page)).toEqual([]);
		await page.goto(url('/practices/'));
		const row = page
			.getByRole('main')
			.locator('.charter-record-list > li')
			.filter({ has: page.getByRole('link', { name: 'Prioritising when you cannot A/B test' }) });
		expect(await row.innerText()).toContain('Amended September 14, 2026');
		await closePage(page);
		const xml = await (await fetch(url('/rss.xml'))).text();
		expect(xml).toContain('Amended on September 14, 2026: Added the second claim');
	});

	it('names the record in force next to a superseded record in listings and search results', async () => {
		const page = await openPage(browser);
		await page.goto(url('/pillars/delivery/'));
		const row = page
			.getByRole('main')
			.locator('.charter-record-list > li')
			.filter({ has: page.getByRole('link', { name: 'Fund technology change as annual projects' }) });
		expect(await row.innerText()).toContain('Superseded by Fund long-lived product teams');
		const dialog = await search(page, 'annual');
		expect(await getResultTitles(dialog)).toContain(
			'Fund technology change as annual projects (superseded by Fund long-lived product teams)',
		);
		await closePage(page);
	});
});

describe('accessibility', () => {
	const pages = [
		['home', '/'],
		['record', '/practices/fund-technology-as-projects/'],
		['record due for review', '/practices/one-owner-per-product-process-system/'],
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

	for (const [theme, width] of [
		['light', 1280],
		['dark', 1280],
		['light', 390],
		['dark', 390],
	] as const) {
		it(`axe finds no violations on any page type in the ${theme} theme at ${width} px wide`, async () => {
			const page = await openPage(browser, theme, { width, height: 900 });
			const found: string[] = [];
			for (const [name, path] of pages) {
				await page.goto(url(path));
				if (name === '404')
					await page.getByRole('search', { name: 'Search the playbook' }).getByRole('link').first().waitFor();
				found.push(...(await findAccessibilityViolations(page)).map((line) => `${name}: ${line}`));
			}
			await page.goto(url('/'));
			await search(page, 'funding');
			found.push(...(await findAccessibilityViolations(page)).map((line) => `search dialog: ${line}`));
			expect(found).toEqual([]);
			await closePage(page);
		});
	}
});
