import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { CharterOptions } from '../schemas/config.ts';
import { sortPillars } from './playbook.ts';
import { getPillarUrl, getRecordUrl, ROUTES } from '../shared/routes.ts';
import { translateEnglish, type CharterKey, type TranslationValues } from '../shared/translate.ts';

/** A Starlight sidebar entry, in the shape of Starlight's `sidebar` option. */
export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** The pages for browsing the whole playbook, as paths under the base, in the order the sidebar lists them. */
export const BROWSE_PAGES = [
	{ key: 'charter.nav.catalog', path: ROUTES.catalog.getUrl('/') },
	{ key: 'charter.nav.map', path: ROUTES.map.getUrl('/') },
	{ key: 'charter.nav.log', path: ROUTES.log.getUrl('/') },
	{ key: 'charter.nav.changes', path: ROUTES.changes.getUrl('/') },
	{ key: 'charter.nav.review', path: ROUTES.review.getUrl('/') },
	{ key: 'charter.nav.tags', path: ROUTES.tags.getUrl('/') },
	{ key: 'charter.nav.sources', path: ROUTES.sources.getUrl('/') },
] as const satisfies readonly { key: CharterKey; path: string }[];

/**
 * A sidebar label: its text in the site's default language and, for a site in several languages,
 * `translations` by language tag (Starlight's sidebar option).
 */
export type SidebarLabel = (
	key: CharterKey,
	values?: TranslationValues,
) => {
	label: string;
	translations?: Record<string, string>;
};

const englishLabel: SidebarLabel = (key, values) => ({ label: translateEnglish(key, values) });

/**
 * Builds the sidebar: a "Browse" group of the playbook-wide views, then one group per pillar. A
 * pillar lists its records while the whole playbook has at most `sidebarRecordLimit` of them;
 * beyond that it links to the pillar's page only, so the HTML of every page stays the same size
 * however many records there are.
 */
export function getSidebar(
	options: Pick<CharterOptions, 'pillars' | 'sidebarRecordLimit'>,
	records: readonly { id: string; title: string; pillar: string }[],
	extraGroups: readonly SidebarItem[] = [],
	label: SidebarLabel = englishLabel,
): SidebarItem[] {
	const listRecords = records.length <= options.sidebarRecordLimit;
	const pillarItems: SidebarItem[] = sortPillars(options.pillars).map((pillar) => {
		const overview = {
			...label('charter.nav.pillarOverview', { pillar: pillar.label }),
			link: getPillarUrl('/', pillar.id),
		};
		if (!listRecords) return { label: pillar.label, link: getPillarUrl('/', pillar.id) };
		const items = records
			.filter((record) => record.pillar === pillar.id)
			.sort((a, b) => a.title.localeCompare(b.title))
			.map((record) => ({ label: record.title, link: getRecordUrl('/', record.id) }));
		return { label: pillar.label, collapsed: false, items: [overview, ...items] };
	});
	return [
		{ ...label('charter.nav.browse'), items: BROWSE_PAGES.map(({ key, path }) => ({ ...label(key), link: path })) },
		{ ...label('charter.nav.pillars'), items: pillarItems },
		...extraGroups,
	];
}
