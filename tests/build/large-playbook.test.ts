import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCharterSite } from '../../scripts/lib/bench-sites.ts';
import { generatePlaybook } from '../../scripts/lib/synthetic-playbook.ts';
import { REFERENCED_BY_LIMIT } from '../../src/views/record-view.ts';
import { buildSite, REPO_ROOT, removeDir } from '../helpers/astro.ts';
import { closePage, findAccessibilityViolations, launchBrowser, openPage, serveSite } from '../helpers/browser.ts';

// A playbook where one foundational record is named as related by more records than its page lists,
// with a print limit below its size, so that each pillar gets its own print page.
const playbook = generatePlaybook({ count: 24, seed: 7, pillarCount: 2 });
const hub = playbook.records[0]!;
const spokes = playbook.records.slice(1, REFERENCED_BY_LIMIT + 6);
for (const spoke of spokes) spoke.data.related = [...new Set([...spoke.data.related, hub.id])];
const referencing = playbook.records.filter(
	(record) => record.data.related.includes(hub.id) || record.data.supersedes.includes(hub.id),
);

let workDir: string;
let dist: string;

beforeAll(() => {
	// Inside the repository (in the git-ignored .bench/), so that the site finds its packages.
	mkdirSync(join(REPO_ROOT, '.bench'), { recursive: true });
	workDir = mkdtempSync(join(REPO_ROOT, '.bench/test-large-'));
	writeCharterSite(join(workDir, 'site'), playbook, { extension: 'md', charter: { printRecordLimit: 20 } });
	dist = buildSite(join(workDir, 'site'));
});

afterAll(() => {
	rmSync(workDir, { recursive: true, force: true });
	if (dist) removeDir(dist);
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const linksIn = (html: string) => [...html.matchAll(/<li><a href="\/practices\/([^/]+)\/">/g)].map(([, id]) => id);

describe('a large playbook', () => {
	test(`lists the first ${REFERENCED_BY_LIMIT} under "Referenced by" and links a page with all of them`, () => {
		const html = read(`practices/${hub.id}/index.html`);
		const section = html.slice(html.indexOf('<h2 id="referenced-by">'));
		expect(linksIn(section)).toHaveLength(REFERENCED_BY_LIMIT);
		expect(section).toContain(
			`<a href="/practices/${hub.id}/referenced-by/">All ${referencing.length} records that reference this one</a>`,
		);
	});

	test('has a page listing every record that references it, each linked with its summary', () => {
		const html = read(`practices/${hub.id}/referenced-by/index.html`);
		expect(html).toContain(`<h1 id="_top"`);
		expect(html).toContain(`href="/practices/${hub.id}/">${hub.data.title}</a>`);
		expect(linksIn(html).sort()).toEqual(referencing.map((record) => record.id).sort());
		for (const record of referencing) expect(html).toContain(record.data.summary);
	});

	test('has no such page for a record its own page lists every back-link of', () => {
		const other = playbook.records.at(-1)!;
		expect(() => read(`practices/${other.id}/referenced-by/index.html`)).toThrow(/ENOENT/);
	});

	test('prints one page per pillar above the print limit, each with all of its records', () => {
		const index = read('print/index.html');
		for (const pillar of playbook.pillars) {
			const count = playbook.records.filter((record) => record.data.pillar === pillar.id).length;
			expect(index).toContain(`<a href="/print/${pillar.id}/">${pillar.label}</a>: ${count} practices`);
			const page = read(`print/${pillar.id}/index.html`);
			const printed = [...page.matchAll(/<article class="charter-print-record" aria-labelledby="record-([^"]+)"/g)];
			expect(printed.map(([, id]) => id).sort()).toEqual(
				playbook.records
					.filter((record) => record.data.pillar === pillar.id)
					.map((record) => record.id)
					.sort(),
			);
		}
		expect(index).not.toContain('charter-print-record');
		expect(read('practices/index.html')).toContain('<a href="/print/">The playbook to print</a>, one page per pillar');
	});

	test('has pages axe finds nothing on, in both themes, at desktop and phone width', async () => {
		const site = await serveSite(dist);
		const browser = await launchBrowser();
		try {
			const found: string[] = [];
			for (const theme of ['light', 'dark'] as const) {
				for (const viewport of [
					{ width: 1280, height: 900 },
					{ width: 390, height: 844 },
				]) {
					const page = await openPage(browser, theme, viewport);
					for (const path of [
						`practices/${hub.id}/`,
						`practices/${hub.id}/referenced-by/`,
						'print/',
						`print/${playbook.pillars[0]!.id}/`,
					]) {
						await page.goto(new URL(path, site.url).href);
						const where = `${path} (${theme}, ${viewport.width} px)`;
						found.push(...(await findAccessibilityViolations(page)).map((line) => `${where}: ${line}`));
					}
					await closePage(page);
				}
			}
			expect(found).toEqual([]);
		} finally {
			await browser.close();
			await site.close();
		}
	});
});
