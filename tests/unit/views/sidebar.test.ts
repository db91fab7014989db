import { describe, expect, it } from 'vitest';
import { BROWSE_PAGES, getSidebar, type SidebarItem } from '../../../src/views/sidebar.ts';
import { TEST_PILLARS } from '../../helpers/playbook.ts';

/** How many links a sidebar holds, nested groups included (a bare string entry is one link). */
function countLinks(items: readonly SidebarItem[]): number {
	return items.reduce<number>((sum, item) => {
		if (typeof item === 'string' || 'link' in item || 'slug' in item) return sum + 1;
		return 'items' in item ? sum + countLinks(item.items) : sum;
	}, 0);
}

const records = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `record-${index}`,
		title: `Record ${index}`,
		pillar: index % 2 ? 'discovery' : 'platform',
	}));

describe('getSidebar', () => {
	it('starts with the browse views', () => {
		const [browse] = getSidebar({ pillars: TEST_PILLARS, sidebarRecordLimit: 60 }, records(3));
		expect(browse).toEqual({
			label: 'Browse',
			items: [
				{ label: 'Catalog', link: '/practices/' },
				{ label: 'Map', link: '/map/' },
				{ label: 'Decision log', link: '/log/' },
				{ label: 'Changes', link: '/changes/' },
				{ label: 'Due for review', link: '/review/' },
				{ label: 'Tags', link: '/tags/' },
				{ label: 'Sources', link: '/sources/' },
			],
		});
	});

	it('keeps the same number of links for 100 and 5,000 records above the limit', () => {
		const options = { pillars: TEST_PILLARS, sidebarRecordLimit: 60 };
		const small = countLinks(getSidebar(options, records(100)));
		expect(small).toBe(BROWSE_PAGES.length + TEST_PILLARS.length);
		expect(countLinks(getSidebar(options, records(5_000)))).toBe(small);
	});

	it('lists every record while the playbook is within the limit', () => {
		expect(countLinks(getSidebar({ pillars: TEST_PILLARS, sidebarRecordLimit: 60 }, records(10)))).toBe(
			BROWSE_PAGES.length + TEST_PILLARS.length + 10,
		);
	});
});
