import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, getChildEnv, REPO_ROOT, removeDir } from '../helpers/astro.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/lib/chromium.ts';

const site = join(REPO_ROOT, 'tests/fixtures/check-valid');
const astro = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
const port = 4431;
let outDir: string;
let preview: ChildProcess;
let browser: Browser;

beforeAll(async () => {
	outDir = buildSite(site);
	preview = spawn(
		process.execPath,
		[astro, 'preview', '--root', site, '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)],
		{ cwd: REPO_ROOT, env: getChildEnv() },
	);
	await new Promise<void>((resolve, reject) => {
		preview.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(`127.0.0.1:${port}`) && resolve());
		preview.on('exit', (code) => reject(new Error(`astro preview exited with ${code}`)));
	});
	browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
});
afterAll(async () => {
	await browser?.close();
	preview?.kill();
	if (outDir) removeDir(outDir);
});

describe('a record page', () => {
	it('links "Edit page" to the record in the configured repository, branch and folder', async () => {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}/practices/ship-small-batches/`);
		await expect(page.getByRole('link', { name: 'Edit page' }).getAttribute('href')).resolves.toBe(
			'https://github.com/fixture/playbook/edit/trunk/handbook/content/practices/ship-small-batches.md',
		);
		await page.close();
	});

	it('shows when the record last changed, from git', async () => {
		const file = 'content/practices/output-vs-outcome.mdx';
		// The main line's commit: a change merged from a branch counts from its merge.
		const committed = execFileSync(
			'git',
			['log', '-1', '--first-parent', '--diff-merges=first-parent', '--format=%cI', '--', file],
			{
				cwd: site,
				encoding: 'utf8',
			},
		).trim();
		expect(committed, 'the fixture must be committed for git to date it').not.toBe('');
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}/practices/output-vs-outcome/`);
		const time = page.getByText('Last updated:').locator('time');
		await expect(time.getAttribute('datetime')).resolves.toBe(new Date(committed).toISOString());
		await expect(time.textContent()).resolves.toBe(
			new Date(committed).toLocaleDateString('en', { dateStyle: 'medium', timeZone: 'UTC' }),
		);
		await page.close();
	});
});
