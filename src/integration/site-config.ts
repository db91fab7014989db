import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CharterOptions } from '../schemas/config.ts';
import { clearRegisteredCharterOptions, getRegisteredCharterOptions } from './options.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * Loads the Charter options of the site at `root` by importing its Astro config, which calls
 * `charter({ … })`, and the site's base path and address (`site`). Fails with a message that says what to do, never with a stack trace.
 */
export async function loadCharterOptions(
	root: string,
): Promise<{ options: CharterOptions; base: string; site?: string | undefined } | { error: string }> {
	const file = CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
	if (!file)
		return {
			error: `${root} has no astro.config.mjs.\nRun the command in the playbook's folder, or point at it with --root <folder>.`,
		};
	clearRegisteredCharterOptions();
	let config: { default?: { base?: unknown; site?: unknown } };
	try {
		// The query makes a second load in the same process run the configuration again, so that it
		// cannot return the options of a site loaded before.
		config = await import(`${pathToFileURL(file).href}?load=${Date.now()}`);
	} catch (error) {
		const message =
			error instanceof Error
				? [error.message, (error as { hint?: string }).hint].filter(Boolean).join('\n')
				: String(error);
		return { error: `Could not load ${file}:\n${message}` };
	}
	const options = getRegisteredCharterOptions();
	if (!options)
		return { error: `${file} does not call charter({ … }).\nAdd Charter to Starlight's plugins there first.` };
	const { base, site } = config.default ?? {};
	return { options, base: typeof base === 'string' ? base : '/', site: typeof site === 'string' ? site : undefined };
}
