import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { ROUTES } from '../shared/routes.ts';

/** The path of a file under `src/routes/` (its JavaScript beside this file's own, in the built package). */
export function getRouteFile(file: string): string {
	return getSourceFile(`../routes/${file}`);
}

/** The path of a file under `src/integration/`, such as a middleware entrypoint. */
export function getIntegrationFile(file: string): string {
	return getSourceFile(`./${file}`);
}

function getSourceFile(path: string): string {
	const built = import.meta.url.endsWith('.js');
	return fileURLToPath(new URL(built ? path.replace(/\.ts$/, '.js') : path, import.meta.url));
}

/** Injects every page of {@link ROUTES}; the RSS feed only when the site has a `site` address. */
export function injectCharterRoutes(
	injectRoute: HookParameters<'astro:config:setup'>['injectRoute'],
	{ feed }: { feed: boolean },
): void {
	// Built into the package, the endpoints written in TypeScript are JavaScript beside this file's own.
	const built = import.meta.url.endsWith('.js');
	for (const route of Object.values(ROUTES)) {
		if ('needsSite' in route && route.needsSite && !feed) continue;
		const entrypoint = built ? route.entrypoint.replace(/\.ts$/, '.js') : route.entrypoint;
		injectRoute({
			pattern: route.pattern,
			entrypoint: fileURLToPath(new URL(`../routes/${entrypoint}`, import.meta.url)),
			prerender: true,
		});
	}
}
