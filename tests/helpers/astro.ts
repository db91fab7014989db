import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment for a child process such as `astro`: the test run's own, without the variables
 * Vitest sets for its workers (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`, `NODE_ENV`, `VITEST*`).
 * Vite in the child would take them over: a `BASE_URL` of `/` drops the site's base path.
 */
export function getChildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) env[key] = value;
	}
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs the Astro CLI on the Node that runs the tests (Node 22), returning its exit code and output. */
export function runAstro(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
	const result = spawnSync(process.execPath, [ASTRO_BIN, ...args], {
		cwd: options.cwd ?? REPO_ROOT,
		env: getChildEnv(options.env),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Builds the site at `root` into a new temporary folder and returns that folder; throws with Astro's output when the build fails. */
export function buildSite(root: string): string {
	const outDir = createTempDir('build');
	const { status, output } = runAstro(['build', '--root', root, '--outDir', outDir]);
	if (status !== 0) throw new Error(`astro build of ${root} failed:\n${output}`);
	return outDir;
}

/** A fresh folder under the system's temporary folder; remove it with {@link removeDir}. */
export function createTempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `charter-${prefix}-`));
}

/**
 * Copies a fixture site into a fresh folder inside the repository (`.tmp/`, ignored by git), so
 * that `charter`, `astro` and Starlight resolve from its node_modules, for tests that change its files.
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
