import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The folders a staged build uses next to its output folder. */
export interface StagedOutput {
	/** Where the finished site is published, like `<root>/dist`. */
	outDir: string;
	/** Where the build writes, next to `outDir` so that publishing it is a rename. */
	stagingDir: string;
	/** Where the previously published site waits while the new one takes its place. */
	previousDir: string;
}

/** The staging and previous folders for an output folder: hidden siblings, like `.dist.building`. */
export function getStagedOutput(outDir: string): StagedOutput {
	const parent = dirname(outDir);
	const name = basename(outDir);
	return { outDir, stagingDir: join(parent, `.${name}.building`), previousDir: join(parent, `.${name}.previous`) };
}

/**
 * Prepares a staged build: restores the published site if an earlier run was stopped between its
 * two renames, and removes what an interrupted build left in the staging folder.
 */
export function prepareStagedOutput({ outDir, stagingDir, previousDir }: StagedOutput): void {
	if (!existsSync(outDir) && existsSync(previousDir)) renameSync(previousDir, outDir);
	rmSync(previousDir, { recursive: true, force: true });
	rmSync(stagingDir, { recursive: true, force: true });
}

/**
 * Publishes a finished build: moves the staging folder into place with renames, so `outDir` always
 * holds either the previous complete site or the new complete site, never a partly written one.
 */
export function publishStagedOutput({ outDir, stagingDir, previousDir }: StagedOutput): void {
	const hadPrevious = existsSync(outDir);
	if (hadPrevious) renameSync(outDir, previousDir);
	renameSync(stagingDir, outDir);
	if (hadPrevious) rmSync(previousDir, { recursive: true, force: true });
}

/** Throws away the output of a failed build, leaving the published site as it was. */
export function discardStagedOutput({ stagingDir }: StagedOutput): void {
	rmSync(stagingDir, { recursive: true, force: true });
}
