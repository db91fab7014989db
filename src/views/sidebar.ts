import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { CharterOptions } from '../schemas/config.ts';
import { sortPillars } from './playbook.ts';

/** A Starlight sidebar entry, in the shape of Starlight's `sidebar` option. */
export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** The pages for browsing the whole playbook, as paths under the base, in the order the sidebar lists them. */
export const BROWSE_PAGES = [
	{ label: 'Catalog', path: '/practices/' },
	{ label: 'Decision log', path: '/log/' },
	{ label: 'Due for review', path: '/review/' },
	{ label: 'Tags', path: '/tags/' },
	{ label: 'Sources', path: '/sources/' },
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
		const overview = { label: `${pillar.label} overview`, link: `/pillars/${pillar.id}/` };
		if (!listRecords) return { label: pillar.label, link: `/pillars/${pillar.id}/` };
		const items = records
			.filter((record) => record.pillar === pillar.id)
			.sort((a, b) => a.title.localeCompare(b.title))
			.map((record) => ({ label: record.title, link: `/practices/${record.id}/` }));
		return { label: pillar.label, collapsed: false, items: [overview, ...items] };
	});
	return [
		{ label: 'Browse', items: BROWSE_PAGES.map(({ label, path }) => ({ label, link: path })) },
		{ label: 'Pillars', items: pillarItems },
		...extraGroups,
	];
}
