import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCharterSite } from '../../scripts/lib/bench-sites.ts';
import { generatePlaybook } from '../../scripts/lib/synthetic-playbook.ts';
import { getStagedOutput } from '../../src/cli/staged-output.ts';
import { REPO_ROOT } from '../helpers/astro.ts';

const BUILD_BIN = join(REPO_ROOT, 'src/cli/build-bin.ts');
// Review dates count from the build day; a fixed SOURCE_DATE_EPOCH (2025-06-01) makes the builds
// identical whatever day, or side of midnight, they run on.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1748736000' };

let workDir: string;
let site: string;
let staged: ReturnType<typeof getStagedOutput>;
let firstBuild: Map<string, string>;

/** Builds with `npm run build`'s command and returns its exit code and output. */
function build() {
	const result = spawnSync(process.execPath, [BUILD_BIN, '--root', site], {
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A hash of every file of a folder, by path. */
function hashFiles(dir: string): Map<string, string> {
	const hashes = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
	}
	return new Map([...hashes].sort(([a], [b]) => a.localeCompare(b)));
}

beforeAll(() => {
	// Inside the repository (in the git-ignored .bench/), so that the site finds its packages.
	mkdirSync(join(REPO_ROOT, '.bench'), { recursive: true });
	workDir = mkdtempSync(join(REPO_ROOT, '.bench/test-reliable-'));
	// Enough records to fold the sidebar into pillar links and to form supersede chains.
	site = join(workDir, 'site');
	writeCharterSite(site, generatePlaybook({ count: 80, seed: 3, pillarCount: 3 }));
	staged = getStagedOutput(join(site, 'dist'));
	const { status, output } = build();
	if (status !== 0) throw new Error(`The first build failed:\n${output}`);
	firstBuild = hashFiles(staged.outDir);
});

afterAll(() => {
	rmSync(workDir, { recursive: true, force: true });
});

describe('npm run build', () => {
	test('publishes the site to dist/ and leaves no staging folder behind', () => {
		expect(firstBuild.has('index.html')).toBe(true);
		expect(firstBuild.has('pagefind/pagefind.js')).toBe(true);
		expect([...firstBuild.keys()].filter((path) => /^practices\/[^/]+\/index\.html$/.test(path))).toHaveLength(80);
		expect(existsSync(staged.stagingDir)).toBe(false);
		expect(existsSync(staged.previousDir)).toBe(false);
	});

	test('takes "today" for review dates from SOURCE_DATE_EPOCH', () => {
		const review = readFileSync(join(staged.outDir, 'review/index.html'), 'utf8');
		expect(review).toContain('<time datetime="2025-06-01">June 1, 2025</time>');
	});

	test('builds byte-identical files from the same input, with and without a cold cache', () => {
		const warm = build();
		expect(warm.status).toBe(0);
		expect(hashFiles(staged.outDir)).toEqual(firstBuild);

		rmSync(join(site, '.astro'), { recursive: true, force: true });
		const cold = build();
		expect(cold.status).toBe(0);
		expect(hashFiles(staged.outDir)).toEqual(firstBuild);
	});

	test('keeps the previous site intact when a build is killed halfway', async () => {
		const child = spawn(process.execPath, [BUILD_BIN, '--root', site], { env, detached: true, stdio: 'ignore' });
		// Wait until pages are being written into the staging folder, then kill the whole build.
		const deadline = Date.now() + 120_000;
		while (!existsSync(join(staged.stagingDir, 'practices')) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(existsSync(join(staged.stagingDir, 'practices'))).toBe(true);
		process.kill(-child.pid!, 'SIGKILL');
		await new Promise((resolve) => child.on('exit', resolve));

		expect(hashFiles(staged.outDir)).toEqual(firstBuild);
		expect(existsSync(staged.stagingDir)).toBe(true);

		// The next build clears what the killed one left and publishes a complete site.
		expect(build().status).toBe(0);
		expect(existsSync(staged.stagingDir)).toBe(false);
		expect(hashFiles(staged.outDir)).toEqual(firstBuild);
	});

	test('keeps the previous site intact when a build fails', () => {
		const broken = join(site, 'content/practices/broken-record.md');
		writeFileSync(broken, '---\ntitle: Broken\n---\n\nNo summary, pillar or status.\n');
		try {
			const { status, output } = build();
			expect(status).not.toBe(0);
			expect(output).toContain('dist/ was left as it was');
			expect(hashFiles(staged.outDir)).toEqual(firstBuild);
			expect(existsSync(staged.stagingDir)).toBe(false);
		} finally {
			rmSync(broken);
		}
	});
});
