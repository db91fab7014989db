import { PRACTICES_DIR } from '../shared/paths.ts';
import { readGitHistory } from '../shared/git.ts';
import type { GitHistory } from '../shared/git-history.ts';
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
 * the changelog and `records.json`. With `readAhead`, git starts reading at once, in parallel with
 * the rest of the build, instead of when a page first needs the history.
 */
export function createHistoryModule(
	root: string,
	{ readAhead = false, translationDirs = [] }: { readAhead?: boolean; translationDirs?: readonly string[] } = {},
) {
	// Starlight reads git dates only under src/content/docs; records live in content/.
	// One `git log` for all records (and one per locale folder of translations), read once per build.
	let history: Promise<GitHistory | undefined> | undefined;
	const read = () => (history ??= readHistories(root, translationDirs));
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

/** The records' history, with the translations' in locale folders, to tell when one falls behind its record. */
async function readHistories(root: string, translationDirs: readonly string[]): Promise<GitHistory | undefined> {
	const [history, ...translations] = await Promise.all(
		[PRACTICES_DIR, ...translationDirs].map((dir) => readGitHistory(root, dir)),
	);
	for (const translation of history ? translations : []) Object.assign(history!.files, translation?.files);
	return history;
}
