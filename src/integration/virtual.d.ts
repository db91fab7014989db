// Starlight's globals: `locals.t`, which the feeds read, is typed there.
/// <reference types="@astrojs/starlight" />

declare module 'virtual:charter/config' {
	import type { CharterOptions } from '../schemas/config.ts';

	const options: CharterOptions;
	export default options;
}

declare module 'virtual:charter/locales' {
	/** The site's locales other than the root one, by folder name (`de`), with their label and language tag. */
	const locales: Record<string, { label: string; lang: string }>;
	export default locales;
}

declare module 'virtual:charter/history' {
	import type { GitHistory } from '../shared/git-history.ts';

	/** The git history of each record file, keyed by its path from the site's root; `null` outside a git repository. */
	const history: GitHistory | null;
	export default history;
}
