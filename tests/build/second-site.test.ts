import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, copyFixtureSite, createTempDir, removeDir, REPO_ROOT } from '../helpers/astro.ts';
import { findExternalReferencesInSite } from '../helpers/external-references.ts';

// The Contoso fixture: base path /handbook, two pillars, a GitLab repository, a logo, and Charter
// used only through its package entry points.
const FIXTURE = join(REPO_ROOT, 'tests/fixtures/second-site');
let serverRoot: string;
let outDir: string;
let build: ReturnType<typeof runAstro>;

beforeAll(async () => {
	serverRoot = createTempDir('second-site');
	// Built into <serverRoot>/handbook, so a static server rooted at serverRoot serves it under /handbook.
	outDir = join(serverRoot, 'handbook');
	build = runAstro(['build', '--root', FIXTURE, '--outDir', outDir]);
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
		expect(build.status, build.output).toBe(0);
	});

	it('has no broken internal link or asset when served under /handbook by a static server', async () => {
		const check = (path: string, recurse: boolean) =>
			new LinkChecker().check({
				serverRoot,
				path,
				recurse,
				checkCss: true,
				checkFragments: true,
				// Other origins (the repository, cited sources, the canonical address) are not part of the site.
				linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
			});
		// Checked apart: linkinator only recurses below a start path, and the 404 page, which links the
		// browse pages, would otherwise claim those links first and stop the crawl from the home page.
		const result = await check('handbook/', true);
		const notFound = await check('handbook/404.html', false);
		const broken = [...result.links, ...notFound.links]
			.filter((link) => link.state === 'BROKEN')
			.map((link) => `${link.url} (${link.status}) on ${link.parent}`);
		expect(broken).toEqual([]);
		const checked = new Set(
			result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url, 'http://localhost/').pathname),
		);
		// (linkinator reports the links of its own server relative to it.)
		// Every page was reached by following links from the home page, and the favicon and logo resolved.
		// A renamed record's old address is reached from outside only: nothing in the site links it.
		const linkedPages = listHtmlPages(outDir).filter(
			(file) => file !== '404.html' && !readPage(file).includes('http-equiv="refresh"'),
		);
		expect(listHtmlPages(outDir)).toContain('practices/internal-platform/index.html');
		for (const page of linkedPages) {
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
			for (const northwind of [
				'Northwind',
				'Products over projects',
				'Outcomes and evidence',
				'Funding and delivery',
				'github.com/northwind',
			]) {
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
		const sidebar =
			/<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(readPage('pillars/platform/index.html'))?.[0] ?? '';
		expect(sidebar).toContain('href="/handbook/pillars/platform/"');
		expect(sidebar).not.toMatch(/\/handbook\/practices\/[a-z0-9-]+\//);
	});
});

describe('supersede chains in the built pages', () => {
	/** The links of a page's "Superseded" banner with the given class, as [address, text]. */
	const getBannerLinks = (file: string, className: string) =>
		[...readPage(file).matchAll(new RegExp(`<a href="([^"]+)" class="${className}">([^<]+)</a>`, 'g'))]
			.map(([, href, text]) => [href, text])
			.sort();

	it('names and links the record in force at the end of the chain, not only the direct successor', () => {
		// Annual research phase → Quarterly research sprints → Continuous discovery.
		const oldest = 'practices/annual-research-phase/index.html';
		expect(getBannerLinks(oldest, 'charter-current-record')).toContainEqual([
			'/handbook/practices/continuous-discovery/',
			'Continuous discovery',
		]);
		const middle = 'practices/quarterly-research-sprints/index.html';
		expect(getBannerLinks(middle, 'charter-superseded-by')).toEqual([
			['/handbook/practices/continuous-discovery/', 'Continuous discovery'],
		]);
		expect(readPage(middle)).toContain(
			'data-pagefind-meta="title:Quarterly research sprints (superseded by Continuous discovery)"',
		);
	});

	it('lists each record that supersedes a record superseded by several, and every record in force', () => {
		// Annual research phase is superseded by Quarterly research sprints and by Research repository.
		const oldest = 'practices/annual-research-phase/index.html';
		expect(getBannerLinks(oldest, 'charter-superseded-by')).toEqual([
			['/handbook/practices/quarterly-research-sprints/', 'Quarterly research sprints'],
			['/handbook/practices/research-repository/', 'Research repository'],
		]);
		expect(getBannerLinks(oldest, 'charter-current-record')).toEqual([
			['/handbook/practices/continuous-discovery/', 'Continuous discovery'],
			['/handbook/practices/research-repository/', 'Research repository'],
		]);
		expect(readPage(oldest)).toContain('The records in force now, at the end of the chain of successors:');
	});
});

describe('the base-path checks of the publish workflows in docs/examples', () => {
	const examples = join(REPO_ROOT, 'docs/examples');
	const github = parse(readFileSync(join(examples, 'github-pages.yml'), 'utf8')) as {
		jobs: { build: { steps: { name?: string; run?: string }[] } };
	};
	const gitlab = parse(readFileSync(join(examples, 'gitlab-ci.yml'), 'utf8')) as {
		pages: { script: string[]; artifacts: { paths: string[] } };
	};
	const githubCheck = github.jobs.build.steps.find((step) => step.name === 'Check the base path')!.run!;
	const gitlabCheck = gitlab.pages.script.find((line) => line.includes('CI_PAGES_URL'))!;

	/** Runs a workflow's shell step in a folder whose dist/ is the /handbook build; returns its exit code and output. */
	function runStep(script: string, env: Record<string, string> = {}): { code: number; output: string } {
		const folder = createTempDir('workflow');
		symlinkSync(outDir, join(folder, 'dist'));
		try {
			return {
				code: 0,
				output: execFileSync('sh', ['-c', script], {
					cwd: folder,
					env: { PATH: process.env.PATH ?? '', ...env },
					encoding: 'utf8',
				}),
			};
		} catch (error) {
			const failed = error as { status: number; stdout: string };
			return { code: failed.status, output: failed.stdout };
		} finally {
			removeDir(folder);
		}
	}

	it('GitHub Pages: passes when Pages serves the site under the configured base, and names the base to set otherwise', () => {
		expect(runStep(githubCheck.replace('${{ steps.pages.outputs.base_path }}', '/handbook')).code).toBe(0);
		expect(runStep(githubCheck.replace('${{ steps.pages.outputs.base_path }}', ''))).toEqual({
			code: 1,
			output:
				"::error file=astro.config.mjs::GitHub Pages serves this site under '/'; set base: '/' in astro.config.mjs\n",
		});
	});

	it('GitLab Pages: compares the base with CI_PAGES_URL, and publishes the build as public/', () => {
		expect(runStep(gitlabCheck, { CI_PAGES_URL: 'https://contoso.gitlab.io/handbook' }).code).toBe(0);
		expect(runStep(gitlabCheck, { CI_PAGES_URL: 'https://handbook-contoso-1a2b.gitlab.io' })).toEqual({
			code: 1,
			output: "GitLab Pages serves this site under '/'; set base: '/' in astro.config.mjs\n",
		});
		expect(gitlab.pages.script).toContain('rm -rf public && mv dist public');
		expect(gitlab.pages.artifacts.paths).toEqual(['public']);
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
		writeConfig((config) =>
			config
				.replace("id: 'platform'", "id: 'Platform'")
				.replace('reviewIntervalMonths: 6', "reviewIntervalMonths: 0, colour: 'teal'"),
		);
		const { status, output } = runAstro(['build', '--root', site, '--outDir', join(site, 'dist')]);
		expect(status).toBe(1);
		expect(output).not.toMatch(/Stack trace|\n\s+at /);
		expect(output.slice(output.indexOf('[Charter]'))).toMatchInlineSnapshot(`
			"[Charter] The Charter options in astro.config.mjs have 3 problems:
			  charter.pillars[1].id  "Platform" is not kebab-case (lowercase letters, digits and single hyphens)
			  charter.reviewIntervalMonths  must be at least 1 month
			  charter.colour  is not an option; known: organization, description, logo, pillars, repository, reviewIntervalMonths, ownerHandles, allowedImports, allowedOrigins, sidebarRecordLimit, printRecordLimit
			  Hint:
			    Correct them in the charter({ … }) call in astro.config.mjs.
			"
		`);
	});

	it('fails `astro build` when the logo file does not exist', async () => {
		writeConfig((config) => config.replace('./src/assets/contoso-logo.svg', './src/assets/missing-logo.svg'));
		const { status, output } = runAstro(['build', '--root', site, '--outDir', join(site, 'dist')]);
		expect(status).toBe(1);
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
