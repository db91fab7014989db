import type { Browser } from 'playwright-core';
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

describe('the map', () => {
	it('lets a keyboard user reach a record on the picture, see where the focus is, and follow it', async () => {
		const page = await openPage(browser);
		await page.goto(url('/map/'));
		const picture = page.getByRole('group', { name: 'Map of the records and how they relate' });
		const link = picture.getByRole('link', { name: 'Fund long-lived product teams (Accepted)' });
		let focused = false;
		for (let presses = 0; presses < 150 && !focused; presses += 1) {
			await page.keyboard.press('Tab');
			focused = await link.evaluate((element) => element === document.activeElement);
		}
		expect(focused).toBe(true);
		expect(await link.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
		await page.keyboard.press('Enter');
		await page.waitForURL(url('/practices/fund-long-lived-product-teams/'));
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Fund long-lived product teams');
		await closePage(page);
	});

	it("goes from a record's neighbourhood to the record it supersedes", async () => {
		const page = await openPage(browser, 'dark', { width: 390, height: 844 });
		await page.goto(url('/practices/fund-long-lived-product-teams/'));
		const picture = page.getByRole('group', { name: 'How this record relates to others' });
		await picture.getByRole('link', { name: /^Fund technology change/ }).click();
		await page.waitForURL(url('/practices/fund-technology-as-projects/'));
		await closePage(page);
	});

	for (const [theme, width] of [
		['light', 1280],
		['dark', 1280],
		['light', 390],
		['dark', 390],
	] as const) {
		it(`axe finds no violations on the map pages in the ${theme} theme at ${width} px wide`, async () => {
			const page = await openPage(browser, theme, { width, height: 900 });
			const found: string[] = [];
			for (const path of ['/map/', '/map/delivery/', '/practices/fund-long-lived-product-teams/']) {
				await page.goto(url(path));
				found.push(...(await findAccessibilityViolations(page)).map((line) => `${path}: ${line}`));
			}
			expect(found).toEqual([]);
			await closePage(page);
		});
	}
});
