import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { charterDevCheck } from './dev-check.ts';
import { createQuietError, parseOptionsQuietly, reportPlaybookProblems } from './errors.ts';
import { checkLogoFiles, copyFavicon, getDefaultFavicon, getStarlightLogo, serveFavicon } from './favicon.ts';
import type { DefaultFavicon } from './favicon.ts';
import { registerCharterOptions } from './options.ts';
import { getIntegrationFile, getRouteFile, injectCharterRoutes } from './routes.ts';
import { createSidebarLabel, getLocaleFolders, getSiteLanguages } from './languages.ts';
import { createStarlightPageSchemaPlugin } from './starlight-page-schema.ts';
import { createSitemapFilter } from './sitemap.ts';
import { createConfigModule, createHistoryModule, createLocalesModule } from './virtual-modules.ts';
import { registerLightAnchorIcons } from '../markdown/anchor-icons.ts';
import { registerRecordLinks } from '../markdown/record-links.ts';
import { getCheckOptions } from '../check/check-playbook.ts';
import { createIncrementalCheck } from '../check/incremental.ts';
import { isShallowRepository } from '../shared/git.ts';
import { applyGapsFile } from '../check/gaps.ts';
import { PRACTICES_DIR } from '../shared/paths.ts';
import { ROUTES } from '../shared/routes.ts';
import { CHARTER_TRANSLATIONS, createTranslate } from '../shared/translate.ts';
import { getSidebar } from '../views/sidebar.ts';
import { withSearchRanking } from '../views/search-ranking.ts';
import { getTranslationDirs } from '../views/translations.ts';
import type { CharterUserOptions, CharterOptions } from '../schemas/config.ts';

/** Said once per build from a shallow clone, whose history lacks the older commits. */
export const SHALLOW_CLONE_WARNING =
	'The history of records is incomplete: this is a shallow clone of the repository, so record pages show only recent changes, without the date each record was added. Fetch the whole history: in GitHub Actions, give actions/checkout `fetch-depth: 0`; elsewhere run `git fetch --unshallow`.';

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
			// Charter's strings join Starlight's own, so a site's `src/content/i18n/<lang>.json` can override them.
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(CHARTER_TRANSLATIONS);
			},
			'config:setup'({
				astroConfig,
				command,
				config,
				logger,
				updateConfig,
				addIntegration,
				addRouteMiddleware,
				useTranslations,
			}) {
				const root = fileURLToPath(astroConfig.root);
				checkLogoFiles(options, root);
				// `astro dev` keeps this check, to check again only the files that change.
				const playbookCheck = createIncrementalCheck(root, getCheckOptions(options, { base: astroConfig.base }));
				const checked = playbookCheck.check();
				// The build accepts the known gaps of charter-gaps.json, as `npm run check` does.
				const result = applyGapsFile(root, checked);
				if ('error' in result) throw createQuietError(result.error, 'The file lists the known gaps of the playbook.');
				reportPlaybookProblems(result.problems, command, logger, result.gaps);
				if (isShallowRepository(root)) logger.warn(SHALLOW_CLONE_WARNING);
				const hasFeed = astroConfig.site !== undefined;
				if (!hasFeed)
					logger.warn(
						'No RSS feed: set `site` in astro.config.mjs to the address the playbook is published at to get one.',
					);
				const languages = getSiteLanguages(config);
				const t = createTranslate(languages.defaultLang, useTranslations(languages.defaultLang));
				updateConfig({
					sidebar:
						config.sidebar ??
						getSidebar(
							options,
							result.records.map(({ id, data }) => ({ id, title: data.title, pillar: data.pillar })),
							[],
							createSidebarLabel(languages, useTranslations),
						),
					customCss: [...(config.customCss ?? []), fileURLToPath(new URL('../styles/charter.css', import.meta.url))],
					markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), './content'] },
					...(options.logo && !config.logo ? { logo: getStarlightLogo(options) } : {}),
					// Charter's own 404 page searches for the words of the missing address.
					disable404Route: true,
					// Records in force rank above the records they replace (see src/views/search-ranking.ts).
					...(config.pagefind === false ? {} : { pagefind: withSearchRanking(config.pagefind) }),
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
											title: t('charter.feed.title', { organization: options.organization }),
											href: ROUTES.feed.getUrl(astroConfig.base),
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
				const aliasUrls = result.records.flatMap((record) =>
					record.data.aliases.map((alias) => ROUTES.alias.getUrl(astroConfig.base, { alias })),
				);
				const locales = getLocaleFolders(config);
				addIntegration(charterIntegration(options, favicon, { feed: hasFeed, aliasUrls, locales }));
				// A translation of a record (content/<locale>/practices/<id>.md) links its record, and says when it fell behind.
				if (Object.keys(locales).length > 0)
					addRouteMiddleware({ entrypoint: getRouteFile('translation-middleware.ts') });
				if (command === 'dev') addIntegration(charterDevCheck(root, playbookCheck));
			},
		},
	};
}

/** The Astro integration the plugin adds: Charter's pages, Markdown plugins, virtual modules and favicon. */
function charterIntegration(
	options: CharterOptions,
	favicon: DefaultFavicon | undefined,
	{
		feed,
		aliasUrls,
		locales,
	}: { feed: boolean; aliasUrls: readonly string[]; locales: Record<string, { label: string; lang: string }> },
): AstroIntegration {
	let base = '/';
	return {
		name: 'charter:routes',
		hooks: {
			'astro:config:done'({ config }) {
				base = config.base;
			},
			'astro:server:setup'({ server }) {
				if (favicon) serveFavicon(server, favicon, base);
			},
			'astro:build:done'({ dir }) {
				if (favicon) copyFavicon(favicon, dir);
			},
			'astro:config:setup'({ addMiddleware, command, config, injectRoute, updateConfig }) {
				// Only built pages get a policy: the dev server injects inline styles and scripts of its own.
				if (command === 'build')
					addMiddleware({ entrypoint: getIntegrationFile('security-middleware.ts'), order: 'pre' });
				// This integration runs after Starlight's, which has added its heading links by now.
				registerLightAnchorIcons(config.markdown.processor);
				registerRecordLinks(config.markdown.processor, {
					practicesDir: join(fileURLToPath(config.root), PRACTICES_DIR),
					base: config.base,
				});
				injectCharterRoutes(injectRoute, { feed });
				updateConfig({
					integrations: [createSitemapFilter(aliasUrls)],
					// Astro then writes JSON Schemas of the collections to .astro/collections/, which the Astro
					// editor extension uses for completion and checks in the frontmatter of records.
					experimental: { contentIntellisense: true },
					vite: {
						plugins: [
							createConfigModule(options),
							createStarlightPageSchemaPlugin(),
							createHistoryModule(fileURLToPath(config.root), {
								readAhead: command === 'build',
								translationDirs: getTranslationDirs(Object.keys(locales)),
							}),
							createLocalesModule(locales),
						],
					},
				});
			},
		},
	};
}
