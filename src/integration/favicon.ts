import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { createQuietError } from './errors.ts';
import type { CharterOptions } from '../schemas/config.ts';

const FAVICON_TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.gif': 'image/gif',
	'.jpg': 'image/jpeg',
};

/** Starlight's `logo` option from Charter's: the alternative text defaults to the organization's name. */
export function getStarlightLogo(options: CharterOptions) {
	const { logo, organization } = options;
	if (!logo) return undefined;
	const common = { alt: logo.alt ?? organization, replacesTitle: logo.replacesTitle };
	return logo.src !== undefined ? { src: logo.src, ...common } : { light: logo.light!, dark: logo.dark!, ...common };
}

/** Stops with a clear message when a configured logo file does not exist. */
export function checkLogoFiles(options: CharterOptions, root: string): void {
	const logo = options.logo;
	if (!logo) return;
	const missing = (['src', 'light', 'dark'] as const)
		.filter((key) => logo[key] !== undefined && !existsSync(resolve(root, logo[key]!)))
		.map((key) => `  charter.logo.${key}  "${logo[key]}" does not exist (paths are relative to ${root})`);
	if (missing.length > 0) {
		throw createQuietError(
			`The Charter options in astro.config.mjs name a logo file that does not exist:\n${missing.join('\n')}`,
			'Put the image there, or correct the path in the charter({ … }) call in astro.config.mjs.',
		);
	}
}

/** A favicon Charter provides when the site has none: the site's logo, or Charter's own icon. */
export interface DefaultFavicon {
	/** File name under the site's base path, like `favicon.svg`. */
	name: string;
	/** The file to serve and copy. */
	file: string;
}

/** The favicon Charter provides, or `undefined` when the site's `public/` folder has its own. */
export function getDefaultFavicon(
	options: CharterOptions,
	root: string,
	publicDir: string,
): DefaultFavicon | undefined {
	// Starlight links /favicon.svg by default; without that file every page has a broken icon link.
	if (existsSync(resolve(publicDir, 'favicon.svg'))) return undefined;
	const logo = options.logo?.src ?? options.logo?.light;
	if (logo && /\.(svg|png|gif|jpe?g)$/i.test(logo)) {
		const extension = extname(logo).toLowerCase().replace('jpeg', 'jpg');
		return { name: `favicon${extension}`, file: resolve(root, logo) };
	}
	return { name: 'favicon.svg', file: fileURLToPath(new URL('../assets/favicon.svg', import.meta.url)) };
}

/** Serves the favicon from the dev server, under the base path and at the root. */
export function serveFavicon(
	server: HookParameters<'astro:server:setup'>['server'],
	favicon: DefaultFavicon,
	base: string,
): void {
	// Astro's dev server may strip the base path before later middleware sees the request.
	const paths = new Set([`${base.replace(/\/$/, '')}/${favicon.name}`, `/${favicon.name}`]);
	server.middlewares.use((request, response, next) => {
		if (!paths.has(request.url?.split('?')[0] ?? '')) return next();
		response.setHeader('Content-Type', FAVICON_TYPES[extname(favicon.name)] ?? 'application/octet-stream');
		response.end(readFileSync(favicon.file));
	});
}

/** Copies the favicon into the built site. */
export function copyFavicon(favicon: DefaultFavicon, dir: URL): void {
	copyFileSync(favicon.file, new URL(favicon.name, dir));
}
