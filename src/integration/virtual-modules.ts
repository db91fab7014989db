import { PRACTICES_DIR } from '../shared/paths.ts';
import { readGitHistory } from '../shared/git.ts';
import type { GitHistory } from '../shared/git-history.ts';
import type { CharterOptions } from '../schemas/config.ts';

const VIRTUAL_CONFIG = 'virtual:charter/config';
const VIRTUAL_HISTORY = 'virtual:charter/history';

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
 * the changelog and `records.json`. With `readAhead`, git starts reading at once, in parallel with
 * the rest of the build, instead of when a page first needs the history.
 */
export function createHistoryModule(root: string, { readAhead = false } = {}) {
	// Starlight reads git dates only under src/content/docs; records live in content/.
	// One `git log` for all records, read once per build.
	let history: Promise<GitHistory | undefined> | undefined;
	const read = () => (history ??= readGitHistory(root, PRACTICES_DIR));
	if (readAhead) void read();
	return {
		name: 'charter:history',
		resolveId: (id: string) => (id === VIRTUAL_HISTORY ? `\0${VIRTUAL_HISTORY}` : undefined),
		load: async (id: string) => {
			if (id !== `\0${VIRTUAL_HISTORY}`) return undefined;
			return `export default ${JSON.stringify((await read()) ?? null)};`;
		},
	};
}
