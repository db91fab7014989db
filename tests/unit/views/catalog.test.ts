import { describe, expect, it } from 'vitest';
import { getCatalog, getRecordsByStatus, getStatusMatrix } from '../../../src/views/catalog.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const playbook = makePlaybook([
	makeRecord('weekly-interviews', { title: 'Weekly interviews', pillar: 'discovery' }),
	makeRecord('annual-research', { title: 'Annual research', pillar: 'discovery', status: 'superseded' }),
	makeRecord('story-maps', { title: 'Story maps', pillar: 'discovery', status: 'proposed', decided: undefined }),
	makeRecord('platform-team', { title: 'Platform team', pillar: 'platform' }),
	makeRecord('ticket-queue', { title: 'Ticket queue', pillar: 'platform', status: 'rejected' }),
	makeRecord('weekly-interviews-v2', {
		title: 'Discovery cadence',
		pillar: 'discovery',
		supersedes: ['annual-research'],
	}),
]);

describe('getStatusMatrix', () => {
	const matrix = getStatusMatrix(playbook, '/handbook/');

	it('counts records per pillar and status, pillars in configured order', () => {
		expect(matrix.rows.map((row) => [row.pillar.id, row.cells.map((cell) => cell.count), row.total])).toEqual([
			['platform', [0, 1, 0, 0, 1], 2],
			['discovery', [1, 2, 0, 1, 0], 4],
		]);
		expect(matrix.columns.map((column) => [column.label, column.total])).toEqual([
			['Proposed', 1],
			['Accepted', 3],
			['Deprecated', 0],
			['Superseded', 1],
			['Rejected', 1],
		]);
		expect(matrix.total).toBe(6);
	});

	it("links each non-zero count to that status's section of the pillar page, under the base path", () => {
		const discovery = matrix.rows[1]!;
		expect(discovery.url).toBe('/handbook/pillars/discovery/');
		expect(discovery.cells.find((cell) => cell.status === 'accepted')?.url).toBe(
			'/handbook/pillars/discovery/#status-accepted',
		);
		expect(discovery.cells.find((cell) => cell.status === 'deprecated')?.url).toBeUndefined();
	});
});

describe('getRecordsByStatus', () => {
	it('groups a pillar by status in lifecycle order and leaves out empty statuses', () => {
		const groups = getRecordsByStatus(playbook, 'discovery', '/');
		expect(groups.map((group) => [group.anchor, group.rows.map((row) => row.id)])).toEqual([
			['status-proposed', ['story-maps']],
			['status-accepted', ['weekly-interviews-v2', 'weekly-interviews']],
			['status-superseded', ['annual-research']],
		]);
	});

	it('gives an empty pillar no groups', () => {
		expect(getRecordsByStatus(makePlaybook([]), 'platform', '/')).toEqual([]);
	});
});

describe('getCatalog', () => {
	it('lists every record once, by pillar in configured order, each pillar by title', () => {
		const catalog = getCatalog(playbook, '/');
		expect(catalog.map((group) => [group.pillar.id, group.url, group.rows.map((row) => row.title)])).toEqual([
			['platform', '/pillars/platform/', ['Platform team', 'Ticket queue']],
			['discovery', '/pillars/discovery/', ['Annual research', 'Discovery cadence', 'Story maps', 'Weekly interviews']],
		]);
	});
});
