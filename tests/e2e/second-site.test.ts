import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixtureSite, createTempDir, removeDir, REPO_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { findExternalReferencesInSite } from '../helpers/external-references.ts';

// The Contoso fixture: base path /handbook, two pillars, a GitLab repository, a logo, and Charter
// used only through its package entry points.
const FIXTURE = join(REPO_ROOT, 'tests/fixtures/second-site');
let serverRoot: string;
let outDir: string;
let build: BuildResult;

beforeAll(async () => {
	serverRoot = createTempDir('second-site');
	// Built into <serverRoot>/handbook, so a static server rooted at serverRoot serves it under /handbook.
	outDir = join(serverRoot, 'handbook');
	build = await buildSite(FIXTURE, outDir);
});

afterAll(() => removeDir(serverRoot));

function listHtmlPages(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split('\\').join('/'))
		.sort();
}

const readPage = (file: string) => readFileSync(join(outDir, file), 'utf8');

describe('a second organization’s playbook, built under the base path /handbook', () => {
	it('builds', () => {
		expect(build.output).toContain('Complete!');
		expect(build.exitCode).toBe(0);
	});

	it('has no broken internal link or asset when served under /handbook by a static server', async () => {
		const checker = new LinkChecker();
		const result = await checker.check({
			serverRoot,
			path: ['handbook/', 'handbook/404.html'],
			recurse: true,
			checkCss: true,
			checkFragments: true,
			// Other origins (the repository, cited sources, the canonical address) are not part of the site.
			linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
		});
		const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (${link.status}) on ${link.parent}`);
		expect(broken).toEqual([]);
		const checked = new Set(result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url, 'http://localhost/').pathname));
		// (linkinator reports the links of its own server relative to it.)
		// Every page was reached by following links from the home page, and the favicon and logo resolved.
		for (const page of listHtmlPages(outDir).filter((file) => file !== '404.html')) {
			expect(checked).toContain(`/handbook/${page.replace(/index\.html$/, '')}`);
		}
		expect(checked).toContain('/handbook/favicon.svg');
		expect([...checked].some((path) => /^\/handbook\/_astro\/contoso-logo\.[\w-]+\.svg$/.test(path))).toBe(true);
	});

	it('loads no font, script, style or image from another origin on any page', () => {
		const { references, htmlFiles, cssFiles } = findExternalReferencesInSite(outDir);
		expect(references).toEqual([]);
		expect(htmlFiles).toBe(listHtmlPages(outDir).length);
		expect(cssFiles).toBeGreaterThan(0);
	});

	it('shows Contoso’s name, description, pillars and logo, and nothing of the sample playbook', () => {
		const pages = listHtmlPages(outDir).map(readPage);
		const home = readPage('index.html');
		expect(home).toContain('<title>Contoso playbook | Contoso Handbook</title>');
		expect(home).toContain('How Contoso discovers, builds and runs its products.');
		expect(home).toMatch(/<img[^>]*alt="Contoso"[^>]*src="\/handbook\/_astro\/contoso-logo\.[\w-]+\.svg"/);
		expect(home).toContain('href="/handbook/pillars/discovery/"');
		expect(home).toContain('href="/handbook/pillars/platform/"');
		for (const page of pages) {
			for (const northwind of ['Northwind', 'Products over projects', 'Outcomes and evidence', 'Funding and delivery', 'github.com/northwind']) {
				expect(page).not.toContain(northwind);
			}
		}
	});

	it('links “Edit this page” to the configured GitLab repository and branch', () => {
		expect(readPage('practices/continuous-discovery/index.html')).toContain(
			'href="https://gitlab.example.test/contoso/handbook/-/edit/trunk/content/practices/continuous-discovery.md"',
		);
	});

	it('lists pillar pages only in the sidebar once the playbook has more records than the configured limit', () => {
		const sidebar = /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(readPage('pillars/platform/index.html'))?.[0] ?? '';
		expect(sidebar).toContain('href="/handbook/pillars/platform/"');
		expect(sidebar).not.toContain('/handbook/practices/');
	});
});

describe('a site whose Charter options are wrong', () => {
	let site: string;
	beforeAll(() => {
		site = copyFixtureSite('second-site', 'bad-config');
	});
	afterAll(() => removeDir(site));

	/** Writes the fixture's astro.config.mjs, changed by `edit`, into the copy. */
	const writeConfig = (edit: (config: string) => string) =>
		writeFileSync(join(site, 'astro.config.mjs'), edit(readFileSync(join(FIXTURE, 'astro.config.mjs'), 'utf8')));

	it('fails `astro build` with every problem listed and no stack trace', async () => {
		writeConfig((config) => config.replace("id: 'platform'", "id: 'Platform'").replace('reviewIntervalMonths: 6', "reviewIntervalMonths: 0, colour: 'teal'"));
		const { exitCode, output } = await buildSite(site, join(site, 'dist'));
		expect(exitCode).toBe(1);
		expect(output).not.toMatch(/Stack trace|\n\s+at /);
		expect(output.slice(output.indexOf('[Charter]'))).toMatchInlineSnapshot(`
			"[Charter] The Charter options in astro.config.mjs have 3 problems:
			  charter.pillars[1].id  must be kebab-case: lowercase letters, digits and single hyphens, like "output-vs-outcome"
			  charter.reviewIntervalMonths  must be at least 1 month
			  charter.colour  is not an option; known: organization, description, logo, pillars, repository, reviewIntervalMonths, ownerHandles, sidebarRecordLimit
			  Hint:
			    Correct them in the charter({ … }) call in astro.config.mjs.
			"
		`);
	});

	it('fails `astro build` when the logo file does not exist', async () => {
		writeConfig((config) => config.replace('./src/assets/contoso-logo.svg', './src/assets/missing-logo.svg'));
		const { exitCode, output } = await buildSite(site, join(site, 'dist'));
		expect(exitCode).toBe(1);
		expect(output).not.toMatch(/Stack trace|\n\s+at /);
		expect(output.slice(output.indexOf('[Charter]')).replaceAll(site, '<site>')).toMatchInlineSnapshot(`
			"[Charter] The Charter options in astro.config.mjs name a logo file that does not exist:
			  charter.logo.src  "./src/assets/missing-logo.svg" does not exist (paths are relative to <site>/)
			  Hint:
			    Put the image there, or correct the path in the charter({ … }) call in astro.config.mjs.
			"
		`);
	});
});
