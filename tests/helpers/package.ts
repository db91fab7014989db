import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './astro.ts';

const BUILT_ENTRY = join(REPO_ROOT, 'lib/index.js');
const INPUTS = ['src', 'scripts/build-package.ts', 'tsconfig.build.json', 'tsconfig.json'];

/** The newest modification time among the files the package is built from. */
function getNewestInputTime(): number {
	let newest = 0;
	for (const input of INPUTS) {
		const path = join(REPO_ROOT, input);
		const files = statSync(path).isDirectory()
			? readdirSync(path, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile())
					.map((entry) => join(entry.parentPath, entry.name))
			: [path];
		for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
	}
	return newest;
}

/**
 * Builds the package into lib/ (`npm run build:package`) unless it is newer than every source file.
 * The fixture sites import Charter by its package name, as installed sites do, and so run the built package.
 */
export function buildPackageIfStale(): void {
	if (existsSync(BUILT_ENTRY) && statSync(BUILT_ENTRY).mtimeMs >= getNewestInputTime()) return;
	const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build-package.ts')], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`npm run build:package failed:\n${result.stdout}${result.stderr}`);
}
