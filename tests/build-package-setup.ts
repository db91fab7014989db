import { buildPackageIfStale } from './helpers/package.ts';

/** Builds lib/ when src/ has changed since, for the tests that load a fixture site's astro.config.mjs. */
export default function setup() {
	buildPackageIfStale();
}
