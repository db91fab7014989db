import { describe, expect, it } from 'vitest';
import { getFeedItems } from '../../../src/views/feeds.ts';
import { getCatalog } from '../../../src/views/catalog.ts';
import { getAliasRedirects, getCurrentRecords } from '../../../src/views/succession.ts';
import { getRecordView } from '../../../src/views/record-view.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const chain = makePlaybook([
	makeRecord('a', { title: 'First', status: 'superseded' }),
	makeRecord('b', { title: 'Second', status: 'superseded', supersedes: ['a'] }),
	makeRecord('c', { title: 'Third', supersedes: ['b'], aliases: ['third-old', 'third-older'] }),
	makeRecord('amended', {
		title: 'Amended',
		decided: '2025-01-15',
		amendments: [
			{ date: '2025-03-01', summary: 'Narrowed the scope.' },
			{ date: '2025-06-01', summary: 'Added a claim.' },
		],
	}),
]);

describe('supersede chains', () => {
	it('names the record in force at the end of the chain on each superseded record', () => {
		expect(getCurrentRecords(chain, 'a', '/handbook/')).toEqual([
			{ id: 'c', title: 'Third', url: '/handbook/practices/c/' },
		]);
		expect(getRecordView(chain, 'a', {}, '/', 'a.md').current.map((record) => record.id)).toEqual(['c']);
		// B's direct successor is already C: the banner does not name it twice.
		expect(getRecordView(chain, 'b', {}, '/', 'b.md').current).toEqual([]);
		expect(getRecordView(chain, 'a', {}, '/', 'a.md').searchTitle).toBe('First (superseded by Third)');
	});

	it('names every record in force when a record superseded by several was superseded in part', () => {
		const branches = makePlaybook([
			makeRecord('a', { title: 'First', status: 'superseded' }),
			makeRecord('b', { title: 'Second', status: 'superseded', supersedes: ['a'] }),
			makeRecord('c', { title: 'Third', supersedes: ['b'] }),
			makeRecord('d', { title: 'Fourth', supersedes: ['a'] }),
		]);
		const view = getRecordView(branches, 'a', {}, '/', 'a.md');
		expect(view.supersededBy.map((record) => record.id).sort()).toEqual(['b', 'd']);
		expect(view.current.map((record) => record.id).sort()).toEqual(['c', 'd']);
	});

	it('shows the successor next to a superseded record in the catalog', () => {
		const rows = getCatalog(chain, '/').flatMap((group) => group.rows);
		expect(rows.find((row) => row.id === 'a')?.successors).toEqual([{ title: 'Third', url: '/practices/c/' }]);
		expect(rows.find((row) => row.id === 'c')?.successors).toBeUndefined();
	});
});

describe('renamed records', () => {
	it('links a related or superseded record named by its old id to the renamed record', () => {
		const playbook = makePlaybook([
			makeRecord('renamed', { title: 'Renamed', status: 'superseded', aliases: ['old-name'] }),
			makeRecord('newer', { title: 'Newer', supersedes: ['old-name'], related: ['old-name'] }),
		]);
		expect(playbook.byId.get('renamed')?.supersededBy).toEqual(['newer']);
		expect(playbook.byId.get('renamed')?.referencedBy).toEqual(['newer']);
		expect(getRecordView(playbook, 'newer', {}, '/', 'newer.md').related.map((link) => link.url)).toEqual([
			'/practices/renamed/',
		]);
	});
});

describe('amendments', () => {
	it('marks an amended record in the catalog and dates its feed item by the latest amendment', () => {
		const rows = getCatalog(chain, '/').flatMap((group) => group.rows);
		expect(rows.find((row) => row.id === 'amended')?.amended).toBe('2025-06-01');
		const item = getFeedItems(chain, '/').find((feedItem) => feedItem.title === 'Amended');
		expect(item).toMatchObject({
			description: 'Amended on June 1, 2025: Added a claim. Summary of amended.',
			pubDate: new Date('2025-06-01T00:00:00Z'),
		});
		expect(item?.categories).toContain('Amended');
	});

	it('lists the amendments on the record page, oldest first', () => {
		expect(getRecordView(chain, 'amended', {}, '/', 'amended.md').amendments.map((entry) => entry.date)).toEqual([
			'2025-03-01',
			'2025-06-01',
		]);
	});
});

describe('getAliasRedirects', () => {
	it('gives each old id a page under the base path that leads to the record', () => {
		expect(getAliasRedirects(chain, '/handbook/')).toEqual([
			{
				alias: 'third-old',
				url: '/handbook/practices/third-old/',
				id: 'c',
				title: 'Third',
				target: '/handbook/practices/c/',
			},
			{
				alias: 'third-older',
				url: '/handbook/practices/third-older/',
				id: 'c',
				title: 'Third',
				target: '/handbook/practices/c/',
			},
		]);
	});
});
