import { describe, expect, it } from 'vitest';
import { getFeedItems, getRecordsExport } from '../../../src/views/feeds.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const playbook = makePlaybook([
	makeRecord('annual-research', { title: 'Annual research', status: 'superseded', decided: '2019-03-01' }),
	makeRecord('weekly-interviews', {
		title: 'Weekly interviews',
		decided: '2025-01-15',
		tags: ['research'],
		supersedes: ['annual-research'],
		related: ['platform-team'],
	}),
	makeRecord('platform-team', { title: 'Platform team', pillar: 'platform', decided: '2025-06-01' }),
	makeRecord('story-maps', { title: 'Story maps', status: 'proposed', decided: undefined }),
]);

describe('getFeedItems', () => {
	it('lists decided records newest decision first, linking under the base path', () => {
		const items = getFeedItems(playbook, '/handbook/');
		expect(items.map((item) => [item.title, item.link, item.pubDate.toISOString().slice(0, 10)])).toEqual([
			['Platform team', '/handbook/practices/platform-team/', '2025-06-01'],
			['Weekly interviews', '/handbook/practices/weekly-interviews/', '2025-01-15'],
			['Annual research', '/handbook/practices/annual-research/', '2019-03-01'],
		]);
	});

	it('describes each item by its summary and files it under its pillar, status and tags', () => {
		const item = getFeedItems(playbook, '/').find((candidate) => candidate.title === 'Weekly interviews');
		expect(item).toMatchObject({
			description: 'Summary of weekly-interviews.',
			categories: ['Discovery', 'Accepted', 'research'],
		});
	});
});

describe('getRecordsExport', () => {
	it('exports every record with its frontmatter and computed links', () => {
		const data = getRecordsExport(playbook, { organization: 'Contoso' }, '/handbook/', 'https://handbook.contoso.test');
		expect(data.organization).toBe('Contoso');
		expect(data.records.map((record) => record.id)).toEqual([
			'annual-research',
			'platform-team',
			'story-maps',
			'weekly-interviews',
		]);
		const annual = data.records[0]!;
		expect(annual).toMatchObject({
			url: 'https://handbook.contoso.test/handbook/practices/annual-research/',
			supersededBy: ['weekly-interviews'],
			referencedBy: ['weekly-interviews'],
		});
		expect(annual.frontmatter).toMatchObject({
			title: 'Annual research',
			status: 'superseded',
			decided: '2019-03-01',
			tags: [],
		});
		expect(data.records[1]).toMatchObject({
			id: 'platform-team',
			referencedBy: ['weekly-interviews'],
			supersededBy: [],
		});
	});

	it('gives paths under the base when the site has no address', () => {
		const data = getRecordsExport(playbook, { organization: 'Contoso' }, '/handbook/');
		expect(data.records[0]?.url).toBe('/handbook/practices/annual-research/');
	});

	it('survives a round trip through JSON unchanged', () => {
		const data = getRecordsExport(playbook, { organization: 'Contoso' }, '/');
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
