import { PRACTICES_DIR } from '../shared/paths.ts';
import { readGitHistory } from '../shared/git.ts';
import type { CharterOptions } from '../schemas/config.ts';

const VIRTUAL_CONFIG = 'virtual:charter/config';
const VIRTUAL_HISTORY = 'virtual:charter/history';
const VIRTUAL_LOCALES = 'virtual:charter/locales';

/** The Vite plugin behind `virtual:charter/locales`: the site's locales other than the root one, by folder. */
export function createLocalesModule(locales: Record<string, { label: string; lang: string }>) {
	return {
		name: 'charter:locales',
		resolveId: (id: string) => (id === VIRTUAL_LOCALES ? `\0${VIRTUAL_LOCALES}` : undefined),
		load: (id: string) => (id === `\0${VIRTUAL_LOCALES}` ? `export default ${JSON.stringify(locales)};` : undefined),
	};
}

/** The Vite plugin behind `virtual:charter/config`: the parsed Charter options, for the pages. */
export function createConfigModule(options: CharterOptions) {
	return {
		name: 'charter:config',
		resolveId: (id: string) => (id === VIRTUAL_CONFIG ? `\0${VIRTUAL_CONFIG}` : undefined),
		load: (id: string) => (id === `\0${VIRTUAL_CONFIG}` ? `export default ${JSON.stringify(options)};` : undefined),
	};
}

/**
 * The Vite plugin behind `virtual:charter/history`: the git history of every record file, keyed by its
 * path from `root` (`null` outside a git repository). It feeds the History sections, "Last updated",
 * the changelog and `records.json`.
 */
export function createHistoryModule(root: string, translationDirs: readonly string[] = []) {
	return {
		// Starlight reads git dates only under src/content/docs; records live in content/.
		// Loaded once per build, when a page first needs it: one `git log` for all records.
		name: 'charter:history',
		resolveId: (id: string) => (id === VIRTUAL_HISTORY ? `\0${VIRTUAL_HISTORY}` : undefined),
		load: (id: string) => {
			if (id !== `\0${VIRTUAL_HISTORY}`) return undefined;
			const history = readGitHistory(root, PRACTICES_DIR);
			// The translations of records, in locale folders, for telling when one falls behind its record.
			for (const dir of history ? translationDirs : []) Object.assign(history!.files, readGitHistory(root, dir)?.files);
			return `export default ${JSON.stringify(history ?? null)};`;
		},
	};
}
