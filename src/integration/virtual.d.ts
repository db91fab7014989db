declare module 'virtual:charter/config' {
	import type { CharterOptions } from '../schemas/config.ts';

	const options: CharterOptions;
	export default options;
}

declare module 'virtual:charter/last-updated' {
	/** The date (ISO 8601) of the last commit that changed each record file, keyed by its path from the site's root. */
	const dates: Record<string, string>;
	export default dates;
}
