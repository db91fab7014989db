import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs the Astro CLI on the Node that runs the tests (Node 22), returning its exit code and output. */
export function runAstro(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
	const result = spawnSync(process.execPath, [ASTRO_BIN, ...args], {
		cwd: options.cwd ?? REPO_ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Builds the site at `root` into a new temporary folder and returns that folder; throws with Astro's output when the build fails. */
export function buildSite(root: string): string {
	const outDir = mkdtempSync(join(tmpdir(), 'charter-build-'));
	const { status, output } = runAstro(['build', '--root', root, '--outDir', outDir]);
	if (status !== 0) throw new Error(`astro build of ${root} failed:\n${output}`);
	return outDir;
}
