import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { charterDevCheck } from './dev-check.ts';
import { registerLightAnchorIcons } from '../markdown/anchor-icons.ts';
import { registerRecordLinks } from '../markdown/record-links.ts';
import { checkPlaybook, getCheckOptions } from '../check/check-playbook.ts';
import { PRACTICES_DIR } from '../shared/paths.ts';
import { getLastCommitDates } from '../shared/git.ts';
import { formatProblems } from '../check/reporters/terminal.ts';
import { joinBase } from '../views/playbook.ts';
import { getSidebar } from '../views/sidebar.ts';
import { memoizeStarlightPageSchema, STARLIGHT_PAGE_MODULE } from './starlight-page-schema.ts';
import { CharterConfigError, parseCharterOptions, registerCharterOptions } from './options.ts';
import type { CharterOptions, CharterUserOptions } from '../schemas/config.ts';
import { formatCount } from '../shared/text.ts';

const VIRTUAL_CONFIG = 'virtual:charter/config';
const VIRTUAL_LAST_UPDATED = 'virtual:charter/last-updated';
const FAVICON_TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.gif': 'image/gif',
	'.jpg': 'image/jpeg',
};

/**
 * The Charter Starlight plugin: validates the playbook in `content/practices/`, adds the record
 * pages and browse views, and sets up the sidebar.
 *
 * @example
 * starlight({ title: 'Acme playbook', plugins: [charter({ organization: 'Acme', pillars: [...] })] })
 */
export default function charter(userOptions: CharterUserOptions): StarlightPlugin {
	const options = parseOptionsQuietly(userOptions);
	registerCharterOptions(options);
	return {
		name: 'charter',
		hooks: {
			'config:setup'({ astroConfig, command, config, logger, updateConfig, addIntegration }) {
				const root = fileURLToPath(astroConfig.root);
				checkLogoFiles(options, root);
				const result = checkPlaybook(root, getCheckOptions(options, { base: astroConfig.base }));
				const errors = result.problems.filter((problem) => problem.severity === 'error');
				const warnings = result.problems.filter((problem) => problem.severity === 'warning');
				if (errors.length > 0) {
					const report = formatProblems(errors);
					if (command === 'build') {
						// The report goes through the logger, not the error: Astro replaces an error's hint with
						// advice about browser APIs whenever its message contains "document" or "window".
						logger.error(`The playbook has problems.\n\n${report}`);
						throw createQuietError(
							`The playbook has ${formatCount(errors.length, 'problem')} (listed above); the build stopped before rendering any page.`,
							'Fix them and build again; `npm run check` lists them without building.',
						);
					}
					logger.error(`The playbook has problems; pages may fail to render until they are fixed.\n\n${report}`);
				}
				if (warnings.length > 0)
					logger.warn(`The playbook has warnings; they do not stop the build.\n\n${formatProblems(warnings)}`);
				const hasFeed = astroConfig.site !== undefined;
				if (!hasFeed)
					logger.warn(
						'No RSS feed: set `site` in astro.config.mjs to the address the playbook is published at to get one.',
					);
				updateConfig({
					sidebar:
						config.sidebar ??
						getSidebar(
							options,
							result.records.map(({ id, data }) => ({ id, title: data.title, pillar: data.pillar })),
						),
					customCss: [...(config.customCss ?? []), fileURLToPath(new URL('../styles/charter.css', import.meta.url))],
					markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), './content'] },
					...(options.logo && !config.logo ? { logo: getStarlightLogo(options) } : {}),
					// Charter's own 404 page searches for the words of the missing address.
					disable404Route: true,
					...(config.pagefind !== false && !config.components?.Search
						? {
								components: {
									...config.components,
									Search: fileURLToPath(new URL('../components/Search.astro', import.meta.url)),
								},
							}
						: {}),
					head: [
						...(config.head ?? []),
						...(hasFeed
							? [
									{
										tag: 'link' as const,
										attrs: {
											rel: 'alternate',
											type: 'application/rss+xml',
											title: `${options.organization} playbook`,
											href: joinBase(astroConfig.base, 'rss.xml'),
										},
									},
								]
							: []),
					],
				});
				const favicon =
					config.favicon === undefined
						? getDefaultFavicon(options, root, fileURLToPath(astroConfig.publicDir))
						: undefined;
				if (favicon && favicon.name !== 'favicon.svg') updateConfig({ favicon: `/${favicon.name}` });
				addIntegration(charterIntegration(options, favicon, { feed: hasFeed }));
				if (command === 'dev') addIntegration(charterDevCheck(root, options, astroConfig.base));
			},
		},
	};
}

/** Starlight's `logo` option from Charter's: the alternative text defaults to the organization's name. */
function getStarlightLogo(options: CharterOptions) {
	const { logo, organization } = options;
	if (!logo) return undefined;
	const common = { alt: logo.alt ?? organization, replacesTitle: logo.replacesTitle };
	return logo.src !== undefined ? { src: logo.src, ...common } : { light: logo.light!, dark: logo.dark!, ...common };
}

/** Stops with a clear message when a configured logo file does not exist. */
function checkLogoFiles(options: CharterOptions, root: string): void {
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
interface DefaultFavicon {
	/** File name under the site's base path, like `favicon.svg`. */
	name: string;
	/** The file to serve and copy. */
	file: string;
}

function getDefaultFavicon(options: CharterOptions, root: string, publicDir: string): DefaultFavicon | undefined {
	// Starlight links /favicon.svg by default; without that file every page has a broken icon link.
	if (existsSync(resolve(publicDir, 'favicon.svg'))) return undefined;
	const logo = options.logo?.src ?? options.logo?.light;
	if (logo && /\.(svg|png|gif|jpe?g)$/i.test(logo)) {
		const extension = extname(logo).toLowerCase().replace('jpeg', 'jpg');
		return { name: `favicon${extension}`, file: resolve(root, logo) };
	}
	return { name: 'favicon.svg', file: fileURLToPath(new URL('../assets/favicon.svg', import.meta.url)) };
}

/** Validates the options; invalid ones stop Astro with the list of problems and no stack trace. */
function parseOptionsQuietly(userOptions: CharterUserOptions): CharterOptions {
	try {
		return parseCharterOptions(userOptions);
	} catch (error) {
		if (error instanceof CharterConfigError) throw createQuietError(error.report, error.hint);
		throw error;
	}
}

/** An error Astro prints as its message and hint only: the report already says where each problem is. */
function createQuietError(message: string, hint: string): AstroError {
	const error = new AstroError(message, hint);
	error.name = 'Charter';
	error.stack = '';
	return error;
}

function charterIntegration(
	options: CharterOptions,
	favicon: DefaultFavicon | undefined,
	{ feed }: { feed: boolean },
): AstroIntegration {
	let base = '/';
	return {
		name: 'charter:routes',
		hooks: {
			'astro:config:done'({ config }) {
				base = config.base;
			},
			'astro:server:setup'({ server }) {
				if (!favicon) return;
				// Astro's dev server may strip the base path before later middleware sees the request.
				const paths = new Set([`${base.replace(/\/$/, '')}/${favicon.name}`, `/${favicon.name}`]);
				server.middlewares.use((request, response, next) => {
					if (!paths.has(request.url?.split('?')[0] ?? '')) return next();
					response.setHeader('Content-Type', FAVICON_TYPES[extname(favicon.name)] ?? 'application/octet-stream');
					response.end(readFileSync(favicon.file));
				});
			},
			'astro:build:done'({ dir }) {
				if (favicon) copyFileSync(favicon.file, new URL(favicon.name, dir));
			},
			'astro:config:setup'({ config, injectRoute, updateConfig }) {
				// This integration runs after Starlight's, which has added its heading links by now.
				registerLightAnchorIcons(config.markdown.processor);
				registerRecordLinks(config.markdown.processor, {
					practicesDir: join(fileURLToPath(config.root), PRACTICES_DIR),
					base: config.base,
				});
				const route = (pattern: string, file: string) =>
					injectRoute({
						pattern,
						entrypoint: fileURLToPath(new URL(`../routes/${file}`, import.meta.url)),
						prerender: true,
					});
				route('/', 'index.astro');
				route('/practices/[id]', 'practice.astro');
				route('/practices/[id]/referenced-by', 'referenced-by.astro');
				route('/pillars/[pillar]', 'pillar.astro');
				route('/practices', 'catalog.astro');
				route('/log', 'log.astro');
				route('/review', 'review.astro');
				route('/tags', 'tags.astro');
				route('/tags/[tag]', 'tag.astro');
				route('/sources', 'sources.astro');
				route('/print', 'print.astro');
				route('/print/[pillar]', 'print-pillar.astro');
				route('/404', '404.astro');
				route('/records.json', 'records.json.ts');
				if (feed) route('/rss.xml', 'rss.xml.ts');
				updateConfig({
					// Astro then writes JSON Schemas of the collections to .astro/collections/, which the Astro
					// editor extension uses for completion and checks in the frontmatter of records.
					experimental: { contentIntellisense: true },
					vite: {
						plugins: [
							{
								name: 'charter:config',
								resolveId: (id: string) => (id === VIRTUAL_CONFIG ? `\0${VIRTUAL_CONFIG}` : undefined),
								load: (id: string) =>
									id === `\0${VIRTUAL_CONFIG}` ? `export default ${JSON.stringify(options)};` : undefined,
							},
							{
								// Every Charter page renders through <StarlightPage>; see memoizeStarlightPageSchema.
								name: 'charter:starlight-page-schema',
								apply: 'build',
								transform: (code: string, id: string) =>
									STARLIGHT_PAGE_MODULE.test(id) ? memoizeStarlightPageSchema(code) : undefined,
							},
							{
								// Starlight reads git dates only under src/content/docs; records live in content/.
								// Loaded once per build, when a record page first needs it: one `git log` for all records.
								name: 'charter:last-updated',
								resolveId: (id: string) => (id === VIRTUAL_LAST_UPDATED ? `\0${VIRTUAL_LAST_UPDATED}` : undefined),
								load: (id: string) => {
									if (id !== `\0${VIRTUAL_LAST_UPDATED}`) return undefined;
									const dates = getLastCommitDates(fileURLToPath(config.root), PRACTICES_DIR);
									return `export default ${JSON.stringify(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()])))};`;
								},
							},
						],
					},
				});
			},
		},
	};
}
