import { PRACTICES_DIR } from '../shared/paths.ts';
import { getLastCommitDates } from '../shared/git.ts';
import type { CharterOptions } from '../schemas/config.ts';

const VIRTUAL_CONFIG = 'virtual:charter/config';
const VIRTUAL_LAST_UPDATED = 'virtual:charter/last-updated';

/** The Vite plugin behind `virtual:charter/config`: the parsed Charter options, for the pages. */
export function createConfigModule(options: CharterOptions) {
	return {
		name: 'charter:config',
		resolveId: (id: string) => (id === VIRTUAL_CONFIG ? `\0${VIRTUAL_CONFIG}` : undefined),
		load: (id: string) => (id === `\0${VIRTUAL_CONFIG}` ? `export default ${JSON.stringify(options)};` : undefined),
	};
}

/**
 * The Vite plugin behind `virtual:charter/last-updated`: the date of the last commit of each record
 * file, keyed by its path from `root`.
 */
export function createLastUpdatedModule(root: string) {
	return {
		// Starlight reads git dates only under src/content/docs; records live in content/.
		// Loaded once per build, when a record page first needs it: one `git log` for all records.
		name: 'charter:last-updated',
		resolveId: (id: string) => (id === VIRTUAL_LAST_UPDATED ? `\0${VIRTUAL_LAST_UPDATED}` : undefined),
		load: (id: string) => {
			if (id !== `\0${VIRTUAL_LAST_UPDATED}`) return undefined;
			const dates = getLastCommitDates(root, PRACTICES_DIR);
			return `export default ${JSON.stringify(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()])))};`;
		},
	};
}
