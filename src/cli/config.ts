import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CharterConfigError, clearRegisteredCharterOptions, getRegisteredCharterOptions } from '../lib/options.ts';
import type { CharterOptions } from '../schemas/config.ts';

/** The configuration of a site could not be read; the message says why and what to do. Commands exit with 2. */
export class SiteConfigError extends Error {
	override name = 'SiteConfigError';
}

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * Loads the site's `astro.config.*` from `root` and returns the options of its `charter()` call, as
 * the build sees them. Throws {@link SiteConfigError} when there is no configuration, it fails to
 * load, or it does not use Charter.
 */
export async function loadCharterOptions(root: string): Promise<CharterOptions> {
	const dir = resolve(root);
	const name = CONFIG_FILES.find((candidate) => existsSync(join(dir, candidate)));
	if (!name) {
		throw new SiteConfigError(
			`No astro.config.mjs in ${dir}.\nRun the command in the playbook's folder, or give the folder with --root <folder>.`,
		);
	}
	clearRegisteredCharterOptions();
	try {
		// The query makes a second load in the same process run the configuration again.
		await import(`${pathToFileURL(join(dir, name)).href}?load=${Date.now()}`);
	} catch (error) {
		if (error instanceof CharterConfigError) throw new SiteConfigError(error.message);
		const message = error instanceof Error ? error.message : String(error);
		throw new SiteConfigError(`${name} in ${dir} could not be loaded: ${message}\nFix the file so that \`npm run build\` can load it too.`);
	}
	const options = getRegisteredCharterOptions();
	if (!options) {
		throw new SiteConfigError(
			`${name} in ${dir} does not use Charter.\nAdd charter({ … }) to the plugins of starlight({ … }) in ${name}.`,
		);
	}
	return options;
}
