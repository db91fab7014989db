import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The repository's root folder. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** What `astro build` printed and how it ended. */
export interface BuildResult {
	exitCode: number;
	output: string;
}

/** Runs `astro build` for the site at `root` into `outDir`, on the Node that runs the tests. */
export async function buildSite(root: string, outDir: string): Promise<BuildResult> {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			[join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir],
			{ cwd: REPO_ROOT, env: getChildEnv(), maxBuffer: 20 * 1024 * 1024 },
		);
		return { exitCode: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { exitCode: typeof failed.code === 'number' ? failed.code : 1, output: (failed.stdout ?? '') + (failed.stderr ?? '') };
	}
}

/**
 * The environment for a child `astro` process: Vitest sets `BASE_URL`, `MODE`, `NODE_ENV` and the
 * like in its own, and Vite in the child would take them over (a `BASE_URL` of `/` drops the site's base).
 */
export function getChildEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { NO_COLOR: '1', FORCE_COLOR: '0' };
	const inherited = /^(PATH|HOME|USER|LANG|LC_\w+|TMPDIR|TEMP|TMP|SHELL|TERM)$/;
	for (const [key, value] of Object.entries(process.env)) if (inherited.test(key)) env[key] = value;
	return env;
}

/** A fresh folder under the OS temp folder; remove it with `rmSync(path, { recursive: true })`. */
export function createTempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `charter-${prefix}-`));
}

/**
 * Copies a fixture site into a fresh folder inside the repository (so that `charter`, `astro` and
 * Starlight resolve from its node_modules), for tests that change its files.
 */
export function copyFixtureSite(fixture: string, prefix: string): string {
	mkdirSync(join(REPO_ROOT, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(REPO_ROOT, '.tmp', `${prefix}-`));
	cpSync(join(REPO_ROOT, 'tests/fixtures', fixture), root, {
		recursive: true,
		filter: (source) => !/[\\/](dist|\.astro|node_modules)$/.test(source),
	});
	return root;
}

/** Removes a folder made by {@link createTempDir} or {@link copyFixtureSite}. */
export function removeDir(path: string): void {
	rmSync(path, { recursive: true, force: true });
}
