import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	discardStagedOutput,
	getStagedOutput,
	prepareStagedOutput,
	publishStagedOutput,
	type StagedOutput,
} from './staged-output.ts';
import type { CommandResult } from './command-line.ts';

/** What to build. */
export interface BuildCommandOptions {
	/** The site's folder. */
	root: string;
	/** Where to publish the site; defaults to the `outDir` of `astro.config.*`, or `dist`. */
	outDir?: string | undefined;
	/** More arguments for `astro build`, passed as they are. */
	astroArgs?: readonly string[];
}

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * Builds the site with `astro build` into a staging folder next to the output folder and, only when
 * the build succeeds, moves it into place with renames. A failed or interrupted build leaves the
 * previously published site as it was. Resolves to the exit code of `astro build` and a line saying
 * where the site was published (on stdout) or that the output folder was left as it was (on stderr);
 * `astro build` itself writes straight to the terminal.
 */
export async function runBuildCommand(options: BuildCommandOptions): Promise<CommandResult> {
	const root = resolve(options.root);
	const staged = getStagedOutput(resolve(root, options.outDir ?? (await readConfiguredOutDir(root)) ?? 'dist'));
	prepareStagedOutput(staged);
	const exitCode = await runAstroBuild(root, staged, options.astroArgs ?? []);
	if (exitCode !== 0) discardStagedOutput(staged);
	else publishStagedOutput(staged);
	const outDir = relative(process.cwd(), staged.outDir) || '.';
	return exitCode === 0
		? { exitCode, stdout: `Published the site to ${outDir}/`, stderr: '' }
		: { exitCode, stdout: '', stderr: `The build failed, so ${outDir}/ was left as it was.` };
}

function runAstroBuild(root: string, staged: StagedOutput, astroArgs: readonly string[]): Promise<number> {
	const astroBin = join(dirname(resolveFrom(root, 'astro/package.json')), 'bin/astro.mjs');
	const child = spawn(
		process.execPath,
		[astroBin, 'build', '--root', root, '--outDir', staged.stagingDir, ...astroArgs],
		{
			stdio: 'inherit',
		},
	);
	// Stopping this command stops the build too, rather than leaving it writing in the background.
	const forward = (signal: NodeJS.Signals) => child.kill(signal);
	process.on('SIGINT', forward).on('SIGTERM', forward);
	return new Promise((done) => {
		child.on('exit', (code, signal) => {
			process.off('SIGINT', forward).off('SIGTERM', forward);
			done(code ?? 128 + (signal ? constants.signals[signal] : 0));
		});
	});
}

function resolveFrom(root: string, specifier: string): string {
	try {
		return createRequire(join(root, 'package.json')).resolve(specifier);
	} catch {
		return createRequire(import.meta.url).resolve(specifier);
	}
}

/** The `outDir` set in the site's `astro.config.*`, if any, as a path. */
async function readConfiguredOutDir(root: string): Promise<string | undefined> {
	const name = CONFIG_FILES.find((candidate) => existsSync(join(root, candidate)));
	// Loading the configuration costs a moment; most sites never set outDir.
	if (!name || !/\boutDir\b/.test(readFileSync(join(root, name), 'utf8'))) return undefined;
	try {
		const config = ((await import(pathToFileURL(join(root, name)).href)) as { default?: { outDir?: string | URL } })
			.default;
		const outDir = config?.outDir;
		return outDir instanceof URL ? fileURLToPath(outDir) : outDir;
	} catch {
		// `astro build` loads the configuration again and reports what is wrong with it.
		return undefined;
	}
}
