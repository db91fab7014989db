import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, getChildEnv, removeDir, REPO_ROOT } from '../helpers/astro.ts';
import { closePage, launchBrowser, openPage, serveSite } from '../helpers/browser.ts';

// An organization's own playbook, as `npx @charter-playbook/charter init` makes it: Charter comes from the
// packed tarball (no registry needed for it), Astro and Starlight from the npm registry, once for both tests.
let folder: string;
let playbook: string;
let tarball: string;
let packedFiles: string[];
let install: ReturnType<typeof run>;

/** Runs a command with the environment of a fresh terminal: no npm or Vitest variables of this run. */
function run(command: string, args: readonly string[], cwd: string) {
	const env = Object.fromEntries(Object.entries(getChildEnv()).filter(([key]) => !/^npm_/i.test(key)));
	const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
	folder = createTempDir('starter');
	// lib/ is built by the test project's global setup; packing without scripts does not build it a second time.
	const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], REPO_ROOT);
	expect(pack.status, pack.output).toBe(0);
	const [packed] = JSON.parse(pack.output.slice(pack.output.indexOf('['))) as {
		filename: string;
		files: { path: string }[];
	}[];
	tarball = join(folder, packed!.filename);
	packedFiles = packed!.files.map((file) => file.path);

	const init = run(
		process.execPath,
		[
			join(REPO_ROOT, 'lib/cli/charter.js'),
			'init',
			'acme-playbook',
			'--name',
			'Acme',
			'--pillars',
			'Discovery, Delivery',
		],
		folder,
	);
	expect(init.status, init.output).toBe(0);
	playbook = join(folder, 'acme-playbook');
	install = run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], playbook);
}, 900_000);

afterAll(() => removeDir(folder));

describe('a playbook started with charter init from the packed package', () => {
	it('packs only the built package and the starter, without sources or tests', () => {
		expect(packedFiles).toEqual(
			expect.arrayContaining([
				'lib/cli/charter.js',
				'lib/index.js',
				'lib/index.d.ts',
				'lib/routes/practice.astro',
				'lib/styles/charter.css',
				'templates/starter/gitignore',
				'package.json',
			]),
		);
		expect(packedFiles.filter((file) => !/^(lib|templates)\//.test(file)).sort()).toEqual([
			'README.md',
			'package.json',
		]);
	});

	it('writes only what an organization owns', () => {
		const files = readdirSync(playbook, { recursive: true, encoding: 'utf8' })
			.map((file) => file.split('\\').join('/'))
			.filter((file) => !/^(node_modules|package-lock\.json)/.test(file) && !file.endsWith('/'))
			.filter(
				(file) =>
					!['.github', '.github/workflows', '.vscode', 'content', 'content/practices', 'schemas', 'src'].includes(file),
			)
			.sort();
		expect(files).toEqual([
			'.github/CODEOWNERS',
			'.github/PULL_REQUEST_TEMPLATE.md',
			'.github/workflows/ci.yml',
			'.gitignore',
			'.vscode/extensions.json',
			'.vscode/settings.json',
			'README.md',
			'astro.config.mjs',
			'content/about.md',
			'content/practices/write-decisions-as-records.mdx',
			'package.json',
			'schemas/record.schema.json',
			'src/content.config.ts',
		]);
		expect(readFileSync(join(playbook, 'astro.config.mjs'), 'utf8')).toContain(
			"{ id: 'delivery', label: 'Delivery', description: 'The practices of Delivery.', order: 2 },",
		);
	});

	it('installs, checks, builds, and finds the example record with search in Chromium', async () => {
		expect(install.status, install.output).toBe(0);
		const check = run('npm', ['run', '--silent', 'check'], playbook);
		expect(check.output.trim()).toBe('Checked 1 record: no problems found.');
		expect(check.status).toBe(0);
		for (const generated of ['schema', 'codeowners']) {
			const upToDate = run('npm', ['run', '--silent', generated, '--', '--check'], playbook);
			expect(upToDate.status, upToDate.output).toBe(0);
		}
		const build = run('npm', ['run', '--silent', 'build'], playbook);
		expect(build.status, build.output).toBe(0);

		const site = await serveSite(join(playbook, 'dist'));
		let browser: Browser | undefined;
		try {
			browser = await launchBrowser();
			const page = await openPage(browser);
			await page.goto(site.url);
			expect(await page.title()).toContain('Acme Playbook');
			await page.getByRole('button', { name: 'Search', exact: true }).click();
			const dialog = page.getByRole('dialog', { name: 'Search' });
			await dialog.getByRole('textbox').fill('wiki');
			await dialog.getByText(/^1 result for wiki$/).waitFor();
			const result = dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title').getByRole('link');
			expect(await result.innerText()).toBe('Write decisions down as records');
			await result.click();
			await page.waitForURL(`${site.url}practices/write-decisions-as-records/`);
			await closePage(page);
		} finally {
			await browser?.close();
			await site.close();
		}
	});

	it('keeps building after its content changes, and reports a broken record with file and line', () => {
		expect(install.status, install.output).toBe(0);
		const example = join(playbook, 'content/practices/write-decisions-as-records.mdx');
		writeFileSync(
			join(playbook, 'content/practices/ship-in-small-batches.mdx'),
			readFileSync(example, 'utf8')
				.replace('title: Write decisions down as records', 'title: Ship in small batches')
				.replace('pillar: discovery', 'pillar: delivery'),
		);
		writeFileSync(
			join(playbook, 'content/about.md'),
			`${readFileSync(join(playbook, 'content/about.md'), 'utf8')}\nAcme ships in small batches.\n`,
		);
		const build = run('npm', ['run', '--silent', 'build'], playbook);
		expect(build.status, build.output).toBe(0);
		expect(readdirSync(join(playbook, 'dist/practices'))).toContain('ship-in-small-batches');

		writeFileSync(
			join(playbook, 'content/practices/broken.md'),
			readFileSync(example, 'utf8')
				.replace('title: Write decisions down as records', 'title: A broken record')
				.replace('pillar: discovery', 'pillar: discover'),
		);
		const check = run('npm', ['run', '--silent', 'check'], playbook);
		expect(check.status).toBe(1);
		expect(check.output.trim()).toMatchInlineSnapshot(`
			"content/practices/broken.md
			  content/practices/broken.md:4:9  pillar is "discover", which is not a configured pillar (did you mean "discovery"?)
			    → use one of discovery, delivery, or add the pillar to astro.config.mjs

			1 error in 1 file."
		`);
	});
});
