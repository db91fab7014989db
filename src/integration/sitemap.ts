import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * An integration that removes pages from the sitemap Starlight writes (with `@astrojs/sitemap`, which
 * has no per-page opt-out): the redirect pages at renamed records' old addresses. Astro runs
 * `astro:build:done` hooks in order, and an integration added from `astro:config:setup` comes last,
 * after the sitemap's.
 */
export function createSitemapFilter(paths: readonly string[]): AstroIntegration {
	return {
		name: 'charter:sitemap-filter',
		hooks: {
			'astro:build:done'({ dir }) {
				if (paths.length > 0) removeFromSitemaps(fileURLToPath(dir), paths);
			},
		},
	};
}

/** Removes each `<url>` whose address has one of `paths` (like `/practices/old-id/`) from the sitemaps in `dir`. */
export function removeFromSitemaps(dir: string, paths: readonly string[]): void {
	const unwanted = new Set(paths);
	for (const name of readdirSync(dir).filter((file) => /^sitemap-\d+\.xml$/.test(file))) {
		const file = `${dir}/${name}`;
		const xml = readFileSync(file, 'utf8');
		const kept = xml.replace(/<url>\s*<loc>([^<]*)<\/loc>[\s\S]*?<\/url>/g, (entry, loc: string) =>
			unwanted.has(new URL(loc).pathname) ? '' : entry,
		);
		if (kept !== xml) writeFileSync(file, kept);
	}
}
