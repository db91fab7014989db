import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { CharterOptions } from '../schemas/config.ts';
import { sortPillars } from './playbook.ts';
import { getPillarUrl, getRecordUrl, ROUTES } from '../shared/routes.ts';

/** A Starlight sidebar entry, in the shape of Starlight's `sidebar` option. */
export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** The pages for browsing the whole playbook, as paths under the base, in the order the sidebar lists them. */
export const BROWSE_PAGES = [
	{ label: 'Catalog', path: ROUTES.catalog.getUrl('/') },
	{ label: 'Map', path: ROUTES.map.getUrl('/') },
	{ label: 'Decision log', path: ROUTES.log.getUrl('/') },
	{ label: 'Changes', path: ROUTES.changes.getUrl('/') },
	{ label: 'Due for review', path: ROUTES.review.getUrl('/') },
	{ label: 'Tags', path: ROUTES.tags.getUrl('/') },
	{ label: 'Sources', path: ROUTES.sources.getUrl('/') },
] as const;

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
): SidebarItem[] {
	const listRecords = records.length <= options.sidebarRecordLimit;
	const pillarItems: SidebarItem[] = sortPillars(options.pillars).map((pillar) => {
		const overview = { label: `${pillar.label} overview`, link: getPillarUrl('/', pillar.id) };
		if (!listRecords) return { label: pillar.label, link: getPillarUrl('/', pillar.id) };
		const items = records
			.filter((record) => record.pillar === pillar.id)
			.sort((a, b) => a.title.localeCompare(b.title))
			.map((record) => ({ label: record.title, link: getRecordUrl('/', record.id) }));
		return { label: pillar.label, collapsed: false, items: [overview, ...items] };
	});
	return [
		{ label: 'Browse', items: BROWSE_PAGES.map(({ label, path }) => ({ label, link: path })) },
		{ label: 'Pillars', items: pillarItems },
		...extraGroups,
	];
}
