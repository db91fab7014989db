import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a starter needs from Charter's own package.json. */
export interface CharterPackageInfo {
	name: string;
	version: string;
	/** The ranges of `astro` and `@astrojs/starlight` Charter is tested with. */
	peerDependencies: Record<string, string>;
	/** The pinned Node of the repository, reused by starters. */
	devDependencies?: Record<string, string>;
}

/** The folder holding Charter's package.json: the repository from `src/cli`, the package from `lib/cli`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Charter's package.json. */
export function readPackageInfo(): CharterPackageInfo {
	return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as CharterPackageInfo;
}

/** Charter's version, for `charter --version`. */
export function readPackageVersion(): string {
	return readPackageInfo().version;
}
